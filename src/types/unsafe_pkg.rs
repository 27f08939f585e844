//! Package `unsafe`'s functions (go/types' `builtins.go`, cases `_Sizeof`, `_Alignof`,
//! `_Offsetof`, `_Add`, `_Slice`, `_SliceData`, `_String`, `_StringData`).
//!
//! `Sizeof`, `Alignof` and `Offsetof` are compile-time constants of type `uintptr` with
//! gc's amd64 values (`sizes.rs`); the compiler never sees a call of them. The others
//! compute pointers the VM cannot represent soundly (arithmetic on addresses, views of a
//! string's or slice's bytes as another type), so they are reported as unsupported at
//! the call (ARCHITECTURE.md, "What `unsafe` allows").

use super::check::{Checker, Operand};
use super::cv::Value;
use super::info::Mode;
use super::lookup::Lookup;
use super::object::Builtin;
use super::sizes;
use super::typ::{BasicKind, Type, TypeId};
use crate::syntax::ast::{self, ExprKind};
use num_bigint::BigInt;

impl<'f> Checker<'_, '_, 'f> {
    /// A call of one of `unsafe`'s functions, its argument count already checked.
    pub(super) fn unsafe_builtin(
        &mut self,
        call: &'f ast::Expr,
        b: Builtin,
        args: &'f [ast::Expr],
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(call));
        let uintptr = BasicKind::Uintptr.id();
        let constant = |v: u64| Operand {
            mode: Mode::Constant,
            ty: uintptr,
            val: Some(Value::Int(BigInt::from(v))),
            expr: Some(call),
            nth: None,
        };
        let variable_size = Operand {
            mode: Mode::Value,
            ty: uintptr,
            val: None,
            expr: Some(call),
            nth: None,
        };
        match b {
            Builtin::Sizeof | Builtin::Alignof => {
                let Some(t) = self.unsafe_operand_type(&args[0], b) else {
                    return invalid;
                };
                if self.has_var_size(t, 0) {
                    return variable_size;
                }
                let tt = self.tt();
                constant(if b == Builtin::Sizeof {
                    sizes::sizeof(tt, t)
                } else {
                    sizes::alignof(tt, t)
                })
            }
            Builtin::Offsetof => self.offsetof(call, &args[0]).unwrap_or(invalid),
            _ => {
                for a in args {
                    self.raw_expr(a, None);
                }
                self.unsupported(call.span, &format!("unsafe.{}", b.name()));
                invalid
            }
        }
    }

    /// The type of `Sizeof`'s or `Alignof`'s argument: an expression, untyped constants
    /// taking their default type (go/types: `assignment(x, nil, "argument to ...")`).
    fn unsafe_operand_type(&mut self, a: &'f ast::Expr, b: Builtin) -> Option<TypeId> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.tt().is_untyped(x.ty) {
            if x.ty == BasicKind::UntypedNil.id() {
                self.error(
                    a.span,
                    format!("use of untyped nil in argument to unsafe.{}", b.name()),
                );
                return None;
            }
            let d = self.default_type(x.ty);
            self.assignment(&mut x, d, &format!("argument to unsafe.{}", b.name()));
            if x.is_invalid() {
                return None;
            }
        }
        Some(x.ty)
    }

    /// `unsafe.Offsetof(x.f)`: the offset of field `f` in the struct `x` denotes, through
    /// embedded fields but never through an embedded pointer.
    fn offsetof(&mut self, call: &'f ast::Expr, arg0: &'f ast::Expr) -> Option<Operand<'f>> {
        let mut inner = arg0;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        let ExprKind::Selector { x: xe, sel } = &inner.kind else {
            let s = super::errors::expr_string(arg0);
            self.error(
                arg0.span,
                format!("invalid argument: {s} is not a selector expression"),
            );
            self.raw_expr(arg0, None);
            return None;
        };
        let x = self.expr(xe);
        if x.is_invalid() {
            return None;
        }
        // go/types' `derefStructPtr`.
        let base = match self.tt().under(x.ty) {
            Type::Pointer(e) if matches!(self.tt().under(*e), Type::Struct { .. }) => *e,
            _ => x.ty,
        };
        let pkg = self.pkg;
        let found = self.lookup_field_or_method(base, &sel.name, pkg);
        let (obj, index, indirect) = match found {
            Lookup::Found {
                is_method: true, ..
            } => {
                let s = super::errors::expr_string(arg0);
                self.error(
                    arg0.span,
                    format!("invalid argument: {s} is a method value"),
                );
                return None;
            }
            Lookup::Found {
                obj,
                index,
                indirect,
                ..
            } => (obj, index, indirect),
            _ => {
                let bs = self.ts(base);
                self.error(
                    xe.span,
                    format!("invalid argument: {bs} has no single field {}", sel.name),
                );
                return None;
            }
        };
        if indirect {
            let bs = self.ts(base);
            self.error(
                xe.span,
                format!(
                    "invalid argument: field {} is embedded via a pointer in {bs}",
                    sel.name
                ),
            );
            return None;
        }
        self.record_use(sel, obj);
        let fty = self.obj_type(obj);
        let mode = if x.mode == Mode::Variable {
            Mode::Variable
        } else {
            Mode::Value
        };
        self.record(inner, mode, fty, None);
        if self.has_var_size(base, 0) {
            return Some(Operand {
                mode: Mode::Value,
                ty: BasicKind::Uintptr.id(),
                val: None,
                expr: Some(call),
                nth: None,
            });
        }
        // Walk the index path, adding each field's offset in its struct.
        let tt = self.tt();
        let mut t = base;
        let mut offs = 0u64;
        for &i in &index {
            let Type::Struct { fields } = tt.under(t) else {
                return None;
            };
            let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
            let o = sizes::offsetsof(tt, &tys);
            offs = offs.saturating_add(o.get(i).copied()?);
            t = *tys.get(i)?;
        }
        Some(Operand {
            mode: Mode::Constant,
            ty: BasicKind::Uintptr.id(),
            val: Some(Value::Int(BigInt::from(offs))),
            expr: Some(call),
            nth: None,
        })
    }

    /// Whether the size of `t` depends on a type parameter (go/types' `hasVarSize`): only
    /// in a generic body checked with placeholder types; instances are constant.
    fn has_var_size(&self, t: TypeId, d: u32) -> bool {
        if d > 100 {
            return false;
        }
        if self.g.placeholders.contains(&t) {
            return true;
        }
        match self.tt().under(t) {
            Type::Array { elem, .. } => self.has_var_size(*elem, d + 1),
            Type::Struct { fields } => fields.iter().any(|f| self.has_var_size(f.ty, d + 1)),
            _ => false,
        }
    }
}
