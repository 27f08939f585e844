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
                let Some(x) = self.unsafe_operand(&args[0], b) else {
                    return invalid;
                };
                let t = x.ty;
                if self.has_var_size(t, 0) {
                    return variable_size;
                }
                let tt = self.tt();
                if b == Builtin::Alignof {
                    return constant(sizes::alignof(tt, t));
                }
                let size = sizes::sizeof(tt, t);
                // go/types: a size past MaxInt64 is -1, "too large".
                if size > i64::MAX as u64 {
                    let d = self.describe(&x);
                    self.error(args[0].span, format!("{d} is too large"));
                    return invalid;
                }
                constant(size)
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
    fn unsafe_operand(&mut self, a: &'f ast::Expr, b: Builtin) -> Option<Operand<'f>> {
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
        Some(x)
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
        if offs > i64::MAX as u64 {
            let d = self.describe(&x);
            self.error(xe.span, format!("{d} is too large"));
            return None;
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

/// What one piece of a value is, for deciding whether memory written as one type may be
/// read as another (`slot_layout`). Go sees bytes; the VM sees words, one per scalar, so
/// two types may share storage only if both agree piece by piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece {
    /// A 64-bit word holding Go's 8 bytes exactly: int, int64, uint, uint64, uintptr,
    /// float64 (and each half of a complex128).
    Raw64,
    /// A narrower scalar (or bool, or float32, kept as a rounded float64): the word is
    /// not Go's bytes, so it matches only the same kind.
    Narrow(BasicKind),
    /// A string, slice, interface, pointer, map, channel or function value: it matches
    /// only a value of the identical type (canonical id), so no pointer word is ever
    /// read as another type's pointer or as a scalar.
    Same(TypeId),
}

/// At most this many pieces are compared (a large array reinterpreted is refused).
const MAX_PIECES: usize = 4096;

impl<'f> Checker<'_, '_, 'f> {
    /// Reports the conversions involving `unsafe.Pointer` that the VM cannot do soundly
    /// (ARCHITECTURE.md, "What `unsafe` allows"). `arg` is the converted expression,
    /// `from` its type before the conversion to `to`.
    pub(super) fn check_unsafe_conversion(
        &mut self,
        call: &'f ast::Expr,
        arg: &'f ast::Expr,
        from: TypeId,
        to: TypeId,
    ) {
        let tt = self.tt();
        let is_uptr = |t: TypeId| matches!(tt.under(t), Type::Basic(BasicKind::UnsafePointer));
        if is_uptr(to) && matches!(tt.under(from), Type::Basic(BasicKind::Uintptr)) {
            self.unsupported(
                call.span,
                "conversion of uintptr to unsafe.Pointer (pointer arithmetic)",
            );
            return;
        }
        if !is_uptr(from) {
            return;
        }
        let Type::Pointer(u) = tt.under(to).clone() else {
            return;
        };
        match self.unsafe_origin(arg, 0) {
            // nil: a nil *U.
            Some(None) => {}
            Some(Some(t)) => {
                if !self.same_storage(t, u) {
                    let (ts, us) = (self.ts(t), self.ts(u));
                    self.unsupported(
                        call.span,
                        &format!(
                            "conversion of unsafe.Pointer(*{ts}) to *{us} (minigo stores {ts} and {us} differently)"
                        ),
                    );
                }
            }
            None if self.is_uintptr_conversion(arg) => {} // reported there
            None => {
                let ts = self.ts(to);
                self.unsupported(
                    call.span,
                    &format!(
                        "conversion of unsafe.Pointer to {ts} (only unsafe.Pointer(p) of a pointer p converts to another pointer type, in one expression)"
                    ),
                );
            }
        }
    }

    /// Where an unsafe.Pointer expression comes from: `Some(Some(T))` for
    /// `unsafe.Pointer(p)` with `p` a `*T`, `Some(None)` for nil, `None` when not
    /// known here (a variable, a call, arithmetic).
    fn unsafe_origin(&self, e: &ast::Expr, d: u32) -> Option<Option<TypeId>> {
        if d > 32 {
            return None;
        }
        let info = &self.g.info;
        if info
            .expr(e.id)
            .is_some_and(|tv| tv.ty == BasicKind::UntypedNil.id())
        {
            return Some(None);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.unsafe_origin(x, d + 1),
            ExprKind::Ident(id) if id.name == "nil" => {
                let nil = info.uses.get(&id.id).copied();
                matches!(
                    nil.map(|o| &info.obj(o).kind),
                    Some(super::object::ObjKind::Nil)
                )
                .then_some(None)
            }
            ExprKind::Call { func, args, .. } if args.len() == 1 => {
                let conv = info
                    .expr(func.id)
                    .is_some_and(|tv| tv.mode == Mode::TypeExpr);
                let tt = self.tt();
                if !conv
                    || !matches!(
                        tt.under(info.type_of(func.id)),
                        Type::Basic(BasicKind::UnsafePointer)
                    )
                {
                    return None;
                }
                let a = &args[0];
                let at = info.type_of(a.id);
                match tt.under(at) {
                    Type::Pointer(t) => Some(Some(*t)),
                    Type::Basic(BasicKind::UnsafePointer) => self.unsafe_origin(a, d + 1),
                    Type::Basic(BasicKind::UntypedNil) => Some(None),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether `e` is `unsafe.Pointer(n)` with `n` an integer (reported already).
    fn is_uintptr_conversion(&self, e: &ast::Expr) -> bool {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let ExprKind::Call { func, args, .. } = &e.kind else {
            return false;
        };
        let info = &self.g.info;
        let tt = self.tt();
        // A conversion (not a call of a function taking an integer) to unsafe.Pointer.
        info.expr(func.id)
            .is_some_and(|tv| tv.mode == Mode::TypeExpr)
            && matches!(
                tt.under(info.type_of(func.id)),
                Type::Basic(BasicKind::UnsafePointer)
            )
            && args.len() == 1
            && tt.is_integer(info.type_of(args[0].id))
    }

    /// Whether a `*t` may be read and written as a `*u`: `u`'s pieces are a prefix of
    /// `t`'s, at the same Go byte offsets (so Go's reinterpretation reads the same
    /// bytes) and the same VM words (so the VM reads the same words).
    fn same_storage(&self, t: TypeId, u: TypeId) -> bool {
        let tt = self.tt();
        if tt.identical(t, u) {
            return true;
        }
        let (mut pt, mut pu) = (Vec::new(), Vec::new());
        if !self.pieces(t, 0, &mut pt, 0) || !self.pieces(u, 0, &mut pu, 0) {
            return false;
        }
        pu.len() <= pt.len() && pt[..pu.len()] == pu[..]
    }

    /// Appends `t`'s pieces at Go byte offset `base`; false past `MAX_PIECES`.
    fn pieces(&self, t: TypeId, base: u64, out: &mut Vec<(u64, Piece)>, d: u32) -> bool {
        // A type parameter's layout is unknown until instantiation (and instances'
        // errors on a generic body's lines are dropped): only identical types pass.
        if out.len() > MAX_PIECES || d > 64 || self.g.placeholders.contains(&t) {
            return false;
        }
        let tt = self.tt();
        match tt.under(t) {
            Type::Basic(k) => {
                use BasicKind::*;
                match k {
                    Int | Int64 | Uint | Uint64 | Uintptr | Float64 => {
                        out.push((base, Piece::Raw64))
                    }
                    Complex128 => {
                        out.push((base, Piece::Raw64));
                        out.push((base + 8, Piece::Raw64));
                    }
                    Complex64 => {
                        out.push((base, Piece::Narrow(Float32)));
                        out.push((base + 4, Piece::Narrow(Float32)));
                    }
                    String | UnsafePointer => out.push((base, Piece::Same(tt.canonical(t)))),
                    Bool | Int8 | Int16 | Int32 | Uint8 | Uint16 | Uint32 | Float32 => {
                        out.push((base, Piece::Narrow(*k)))
                    }
                    _ => return false,
                }
                true
            }
            Type::Array { len, elem } => {
                let es = sizes::sizeof(tt, *elem);
                if es == 0 {
                    // No bytes, no VM words.
                    return true;
                }
                if *len > MAX_PIECES as u64 {
                    return false;
                }
                let mut off = base;
                for _ in 0..*len {
                    if !self.pieces(*elem, off, out, d + 1) {
                        return false;
                    }
                    off = off.saturating_add(es);
                }
                true
            }
            Type::Struct { fields } => {
                let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                let offs = sizes::offsetsof(tt, &tys);
                tys.iter()
                    .zip(offs)
                    .all(|(&f, o)| self.pieces(f, base.saturating_add(o), out, d + 1))
            }
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map { .. }
            | Type::Chan { .. }
            | Type::Func(_)
            | Type::Interface { .. } => {
                out.push((base, Piece::Same(tt.canonical(t))));
                true
            }
            _ => false,
        }
    }
}
