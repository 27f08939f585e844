//! Message helpers: expressions printed as gc prints them (types2's short form, with
//! composite literal and function bodies elided as `{…}`), and operand descriptions
//! like `x (variable of type int)` or `"five" (untyped string constant)`.

use super::check::{Checker, Operand};
use super::info::Mode;
use super::typ::Type;
use crate::syntax::ast::{self, ExprKind};

/// `Operand::nth` of the boolean of a comma-ok expression.
pub const COMMA_OK_VALUE: usize = usize::MAX;

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
        ExprKind::Bad => s.push_str("_"),
    }
}

impl<'f> Checker<'_, '_, 'f> {
    /// The type named in representability errors: the basic type underlying a defined
    /// type (`truncated to int64` for a `time.Duration`), as go/types does.
    pub fn basic_ts(&self, t: super::typ::TypeId) -> String {
        match self.tt().get(t) {
            Type::Named(_) => match self.tt().under(t) {
                Type::Basic(k) => k.name().to_string(),
                _ => self.ts(t),
            },
            _ => self.ts(t),
        }
    }

    /// go/types' `operandString`: `x (variable of type int)`.
    pub fn describe(&self, x: &Operand<'f>) -> String {
        let expr = match x.nth {
            Some(COMMA_OK_VALUE) => "ok value of (comma, ok) expression".to_string(),
            Some(i) => format!("{} function result", ordinal(i + 1)),
            None => x.expr.map(expr_string).unwrap_or_default(),
        };
        let tt = self.tt();
        if x.mode == Mode::Value && tt.basic_kind(x.ty) == Some(super::typ::BasicKind::UntypedNil) {
            return "nil".to_string();
        }
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if tt.is_untyped(x.ty) {
                    buf.push_str(tt.basic_kind(x.ty).map(|k| k.name()).unwrap_or(""));
                    buf.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Constant {
            if let Some(v) = &x.val {
                let vs = v.to_string();
                if vs != expr {
                    buf.push(' ');
                    buf.push_str(&vs);
                }
            }
        }
        if has_type {
            if !tt.is_invalid(x.ty) {
                let desc = match tt.get(x.ty) {
                    Type::Named(_) | Type::Alias { .. }
                        if tt.get(x.ty)
                            != &Type::Alias {
                                name: "byte",
                                actual: super::typ::BasicKind::Uint8.id(),
                            }
                            && tt.get(x.ty)
                                != &Type::Alias {
                                    name: "rune",
                                    actual: super::typ::BasicKind::Int32.id(),
                                } =>
                    {
                        match tt.under(x.ty) {
                            Type::Basic(k) => format!("{} ", k.name()),
                            Type::Array { .. } => "array ".into(),
                            Type::Slice(_) => "slice ".into(),
                            Type::Struct { .. } => "struct ".into(),
                            Type::Pointer(_) => "pointer ".into(),
                            Type::Func(_) => "func ".into(),
                            Type::Interface { .. } => "interface ".into(),
                            Type::Map { .. } => "map ".into(),
                            Type::Chan { .. } => "chan ".into(),
                            Type::Tuple(_) => "tuple ".into(),
                            _ => String::new(),
                        }
                    }
                    _ => String::new(),
                };
                buf.push_str(" of ");
                buf.push_str(&desc);
                buf.push_str("type ");
                buf.push_str(&self.ts(x.ty));
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, …
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
