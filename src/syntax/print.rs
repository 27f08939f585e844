//! Prints expressions and simple statements back as Go source, the way gc's messages
//! quote them (`cannot use x := 1 as value`, `f(x) (value of type int)`).
//!
//! Like go/types' `ExprString`: function literals print as `func(...) {…}` and composite
//! literals as `T{…}`, so messages stay one line.

use super::ast::*;
use std::fmt::Write as _;

/// An expression as Go source (shortened like gc's `ExprString`).
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

fn write_fields(s: &mut String, fields: &[Field], sep: &str) {
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
        write_expr(s, &f.ty);
    }
}

fn write_sig(s: &mut String, sig: &FuncType) {
    s.push('(');
    write_fields(s, &sig.params, ", ");
    s.push(')');
    match sig.results.as_slice() {
        [] => {}
        [f] if f.names.is_empty() => {
            s.push(' ');
            write_expr(s, &f.ty);
        }
        rs => {
            s.push_str(" (");
            write_fields(s, rs, ", ");
            s.push(')');
        }
    }
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(i) => s.push_str(&i.name),
        ExprKind::BasicLit(l) => s.push_str(&l.raw),
        ExprKind::CompositeLit { ty, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str("{…}");
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(s, sig);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, index);
            s.push(']');
        }
        ExprKind::IndexList { x, indices } => {
            write_expr(s, x);
            s.push('[');
            write_list(s, indices);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(s, lo);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(s, hi);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t),
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
            write_expr(s, func);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x);
            let _ = write!(s, " {} ", op.as_str());
            write_expr(s, y);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x);
            }
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(n) = len {
                write_expr(s, n);
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::StructType { fields } => {
            s.push_str("struct{");
            write_fields(s, fields, "; ");
            s.push('}');
        }
        ExprKind::FuncType(sig) => {
            s.push_str("func");
            write_sig(s, sig);
        }
        ExprKind::InterfaceType { elems } => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig);
                    }
                    InterfaceElem::Embedded(t) => write_expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem);
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

/// A simple statement as Go source (assignments, sends, inc/dec, expressions).
pub fn simple_stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    match &st.kind {
        StmtKind::Expr(e) => write_expr(&mut s, e),
        StmtKind::Send { chan, value } => {
            write_expr(&mut s, chan);
            s.push_str(" <- ");
            write_expr(&mut s, value);
        }
        StmtKind::IncDec { x, inc } => {
            write_expr(&mut s, x);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            write_list(&mut s, lhs);
            match op {
                AssignOp::Assign => s.push_str(" = "),
                AssignOp::Define => s.push_str(" := "),
                AssignOp::Op(b) => {
                    let _ = write!(s, " {}= ", b.as_str());
                }
            }
            write_list(&mut s, rhs);
        }
        _ => s.push_str("statement"),
    }
    s
}
