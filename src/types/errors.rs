//! Message helpers: expressions printed as gc prints them (types2's short form, with
//! composite literal and function bodies elided as `{…}`), and operand descriptions
//! like `x (variable of type int)` or `"five" (untyped string constant)`.

use super::check::{Checker, Operand};
use super::info::Mode;
use super::typ::Type;

/// `Operand::nth` of the boolean of a comma-ok expression.
pub const COMMA_OK_VALUE: usize = usize::MAX;

/// An expression as gc prints it in messages (one printer, shared with the parser).
pub use crate::syntax::print::expr_string;

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
                match self.g.placeholder_constraints.get(&x.ty) {
                    // go/types: `variable of type T constrained by any`.
                    Some(c) => {
                        buf.push_str("type ");
                        buf.push_str(&self.ts(x.ty));
                        buf.push_str(" constrained by ");
                        buf.push_str(c);
                    }
                    None => {
                        buf.push_str(&desc);
                        buf.push_str("type ");
                        buf.push_str(&self.ts(x.ty));
                    }
                }
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
