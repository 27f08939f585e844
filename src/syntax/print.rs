//! Prints expressions and simple statements back as Go source, the way gc's messages
//! quote them (`cannot use x := 1 as value`, `f(x) (value of type int)`).
//!
//! Like gc's short form (types2's `ExprString`): function literals and composite
//! literals print their bodies as `{…}` (or `{}` when empty), so messages stay one line;
//! nesting deeper than 64 prints `…`. The parser and the checker share this printer.

use super::ast::*;
use std::fmt::Write as _;

use super::ast;

/// An expression as gc prints it in messages.
pub fn expr_string(e: &ast::Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_list(s: &mut String, es: &[ast::Expr], depth: u32) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e, depth);
    }
}

fn write_fields(s: &mut String, fields: &[ast::Field], sep: &str, depth: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, &f.ty, depth);
    }
}

fn write_sig(s: &mut String, ft: &ast::FuncType, depth: u32) {
    s.push('(');
    write_fields(s, &ft.params, ", ", depth);
    s.push(')');
    match ft.results.as_slice() {
        [] => {}
        [r] if r.names.is_empty() => {
            s.push(' ');
            write_expr(s, &r.ty, depth);
        }
        rs => {
            s.push_str(" (");
            write_fields(s, rs, ", ", depth);
            s.push(')');
        }
    }
}

fn write_expr(s: &mut String, e: &ast::Expr, depth: u32) {
    if depth > 64 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::BasicLit(l) => s.push_str(&l.raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            if elts.is_empty() {
                s.push_str("{}");
            } else {
                s.push_str("{…}");
            }
        }
        ExprKind::FuncLit { sig, body } => {
            s.push_str("func");
            write_sig(s, sig, d);
            if body.stmts.is_empty() {
                s.push_str(" {}");
            } else {
                s.push_str(" {…}");
            }
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x, d);
            s.push('[');
            write_expr(s, index, d);
            s.push(']');
        }
        ExprKind::IndexList { x, indices } => {
            write_expr(s, x, d);
            s.push('[');
            write_list(s, indices, d);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(s, lo, d);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(s, hi, d);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m, d);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, d);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, func, d);
            s.push('(');
            write_list(s, args, d);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, d);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x, d);
            }
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, d);
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::StructType { fields } => {
            s.push_str("struct{");
            write_fields(s, fields, "; ", d);
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft, d);
        }
        ExprKind::InterfaceType { elems } => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    ast::InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig, d);
                    }
                    ast::InterfaceElem::Embedded(e) => write_expr(s, e, d),
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, d);
        }
        ExprKind::Bad => s.push('_'),
    }
}

/// A simple statement as Go source (assignments, sends, inc/dec, expressions).
pub fn simple_stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    match &st.kind {
        StmtKind::Expr(e) => write_expr(&mut s, e, 0),
        StmtKind::Send { chan, value } => {
            write_expr(&mut s, chan, 0);
            s.push_str(" <- ");
            write_expr(&mut s, value, 0);
        }
        StmtKind::IncDec { x, inc } => {
            write_expr(&mut s, x, 0);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            write_list(&mut s, lhs, 0);
            match op {
                AssignOp::Assign => s.push_str(" = "),
                AssignOp::Define => s.push_str(" := "),
                AssignOp::Op(b) => {
                    let _ = write!(s, " {}= ", b.as_str());
                }
            }
            write_list(&mut s, rhs, 0);
        }
        _ => s.push_str("statement"),
    }
    s
}
