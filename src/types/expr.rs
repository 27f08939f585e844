//! Expressions (go/types' `expr.go`): identifiers, literals, unary expressions, index
//! and slice expressions, type assertions, and the recording of every expression's
//! type and value. Binary operators are in `binary.rs`, calls in `call.rs`, selectors
//! in `selector.rs`, composite and function literals in `literal.rs`.
//!
//! An untyped operand's type is recorded as untyped first and rewritten once its
//! context fixes it (`update_expr_type`, go/types' `updateExprType`).

use super::check::{Checker, Operand};
use super::cv::{self as constant, Value};
use super::info::Mode;
use super::object::ObjKind;
use super::typ::{BasicKind, Type, TypeId};
use crate::syntax::ast::{self, ExprKind, LitKind, UnOp};

impl<'f> Checker<'_, '_, 'f> {
    /// Checks `e` as a single value (go/types' `expr`).
    pub fn expr(&mut self, e: &'f ast::Expr) -> Operand<'f> {
        let mut x = self.raw_expr(e, None);
        self.single_value(&mut x);
        self.exclude_not_value(&mut x);
        x
    }

    /// Like `expr`, with a type hint for elided composite literal types.
    pub fn expr_with_hint(&mut self, e: &'f ast::Expr, hint: TypeId) -> Operand<'f> {
        let mut x = self.raw_expr(e, Some(hint));
        self.single_value(&mut x);
        self.exclude_not_value(&mut x);
        x
    }

    /// Checks `e`, which may also denote a type.
    pub fn expr_or_type(&mut self, e: &'f ast::Expr) -> Operand<'f> {
        let mut x = self.raw_expr(e, None);
        self.single_value(&mut x);
        if x.mode == Mode::NoValue {
            let d = self.describe(&x);
            self.error(e.span, format!("{d} used as value or type"));
            x.mode = Mode::Invalid;
        }
        x
    }

    /// Checks `e`, which may be a multi-valued call: returns one operand per value.
    pub fn multi_expr(&mut self, e: &'f ast::Expr) -> Vec<Operand<'f>> {
        let mut x = self.raw_expr(e, None);
        self.exclude_not_value(&mut x);
        if x.mode == Mode::Invalid {
            return vec![x];
        }
        if let Type::Tuple(elems) = self.tt().get(x.ty).clone() {
            return elems
                .iter()
                .enumerate()
                .map(|(i, &t)| Operand {
                    mode: Mode::Value,
                    ty: t,
                    val: None,
                    expr: Some(e),
                    nth: Some(i),
                })
                .collect();
        }
        vec![x]
    }

    fn single_value(&mut self, x: &mut Operand<'f>) {
        if x.mode == Mode::Value {
            if let Type::Tuple(elems) = self.tt().get(x.ty) {
                let n = elems.len();
                let s = x.expr.map(super::errors::expr_string).unwrap_or_default();
                self.error(
                    x.span(),
                    format!(
                        "multiple-value {s} (value of type {}) in single-value context",
                        self.ts(x.ty)
                    ),
                );
                let _ = n;
                x.mode = Mode::Invalid;
            }
        }
    }

    fn exclude_not_value(&mut self, x: &mut Operand<'f>) {
        let msg = match x.mode {
            Mode::NoValue => "used as value",
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => return,
        };
        let d = self.describe(x);
        self.error(x.span(), format!("{d} {msg}"));
        x.mode = Mode::Invalid;
    }

    /// Checks any expression and records it (go/types' `rawExpr`).
    pub fn raw_expr(&mut self, e: &'f ast::Expr, hint: Option<TypeId>) -> Operand<'f> {
        let mut x = self.expr_internal(e, hint);
        x.expr = Some(e);
        if x.is_invalid() {
            x.ty = BasicKind::Invalid.id();
            x.val = None;
        }
        self.record_operand(&x);
        x
    }

    fn operand(&self, mode: Mode, ty: TypeId, e: &'f ast::Expr) -> Operand<'f> {
        Operand {
            mode,
            ty,
            val: None,
            expr: Some(e),
            nth: None,
        }
    }

    fn expr_internal(&mut self, e: &'f ast::Expr, hint: Option<TypeId>) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        match &e.kind {
            ExprKind::Bad => invalid,
            ExprKind::Ident(id) => self.ident(e, id),
            ExprKind::BasicLit(l) => self.basic_lit(e, l),
            ExprKind::CompositeLit {
                ty, elts, rbrace, ..
            } => self.composite_lit(e, ty.as_deref(), elts, hint, *rbrace),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                o.expr = Some(e);
                o
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, index } => self.index_expr(e, x, index),
            ExprKind::IndexList { x, indices } => self.generic_index(e, x, indices),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref()),
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(x) => {
                let o = self.expr_or_type(x);
                match o.mode {
                    Mode::Invalid => invalid,
                    Mode::TypeExpr => {
                        let t = self.types().pointer(o.ty);
                        self.operand(Mode::TypeExpr, t, e)
                    }
                    _ => {
                        if self.tt().basic_kind(o.ty) == Some(BasicKind::UntypedNil) {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                            return invalid;
                        }
                        match self.tt().under(o.ty) {
                            Type::Pointer(elem) => {
                                let elem = *elem;
                                self.operand(Mode::Variable, elem, e)
                            }
                            _ => {
                                let d = self.describe(&o);
                                self.error(
                                    e.span,
                                    format!("invalid operation: cannot indirect {d}"),
                                );
                                invalid
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                invalid
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if self.tt().is_invalid(t) {
                    return invalid;
                }
                self.operand(Mode::TypeExpr, t, e)
            }
        }
    }

    fn ident(&mut self, e: &'f ast::Expr, id: &'f ast::Ident) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        if id.is_blank() {
            self.error(id.span, "cannot use _ as value or type");
            return invalid;
        }
        let Some((_, obj)) = self.g.info.scopes.lookup(self.scope, &id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return invalid;
        };
        self.record_use(id, obj);
        if let Some(msg) = self.generic_use_error(obj) {
            self.g.used.insert(obj);
            self.error(id.span, msg);
            return invalid;
        }
        let kind = self.obj(obj).kind.clone();
        match kind {
            ObjKind::PkgName(_) => {
                self.g.used.insert(obj);
                self.error(
                    id.span,
                    format!("use of package {} not in selector", id.name),
                );
                invalid
            }
            ObjKind::Const(_) => {
                let ty = self.obj_type(obj);
                self.use_obj(obj);
                if id.name == "iota" && self.obj(obj).pkg.is_none() {
                    let Some(v) = self.iota.clone() else {
                        self.error(id.span, "cannot use iota outside constant declaration");
                        return invalid;
                    };
                    return Operand {
                        mode: Mode::Constant,
                        ty,
                        val: Some(v),
                        expr: Some(e),
                        nth: None,
                    };
                }
                if self.tt().is_invalid(ty) {
                    return invalid;
                }
                let ObjKind::Const(val) = self.obj(obj).kind.clone() else {
                    return invalid;
                };
                let Some(val) = val else { return invalid };
                Operand {
                    mode: Mode::Constant,
                    ty,
                    val: Some(val),
                    expr: Some(e),
                    nth: None,
                }
            }
            ObjKind::TypeName => {
                let ty = self.obj_type(obj);
                if self.tt().is_invalid(ty) {
                    return invalid;
                }
                self.operand(Mode::TypeExpr, ty, e)
            }
            ObjKind::Var(_) => {
                let ty = self.obj_type(obj);
                self.use_obj(obj);
                if self.tt().is_invalid(ty) {
                    return invalid;
                }
                self.operand(Mode::Variable, ty, e)
            }
            ObjKind::Func { .. } => {
                let ty = self.obj_type(obj);
                self.use_obj(obj);
                if self.tt().is_invalid(ty) {
                    return invalid;
                }
                self.operand(Mode::Value, ty, e)
            }
            ObjKind::Builtin(b) => self.operand(Mode::Builtin(b), BasicKind::Invalid.id(), e),
            ObjKind::Nil => self.operand(Mode::Value, BasicKind::UntypedNil.id(), e),
            ObjKind::Label => invalid,
        }
    }

    fn basic_lit(&mut self, e: &'f ast::Expr, l: &ast::BasicLit) -> Operand<'f> {
        let kind = match l.kind {
            LitKind::Int => BasicKind::UntypedInt,
            LitKind::Float => BasicKind::UntypedFloat,
            LitKind::Imag => BasicKind::UntypedComplex,
            LitKind::Char => BasicKind::UntypedRune,
            LitKind::String => BasicKind::UntypedString,
        };
        let Some(val) = Value::from_literal(l.kind, &l.raw) else {
            // The lexer reported the malformed literal.
            return Operand::invalid(Some(e));
        };
        Operand {
            mode: Mode::Constant,
            ty: kind.id(),
            val: Some(val),
            expr: Some(e),
            nth: None,
        }
    }

    fn unary(&mut self, e: &'f ast::Expr, op: UnOp, xe: &'f ast::Expr) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        match op {
            UnOp::Addr => {
                // `&T{...}` is fine: composite literals are addressable here.
                let mut inner = xe;
                while let ExprKind::Paren(p) = &inner.kind {
                    inner = p;
                }
                let x = self.expr(xe);
                if x.is_invalid() {
                    return invalid;
                }
                if x.mode != Mode::Variable && !matches!(inner.kind, ExprKind::CompositeLit { .. })
                {
                    let d = self.describe(&x);
                    self.error(
                        xe.span,
                        format!("invalid operation: cannot take address of {d}"),
                    );
                    return invalid;
                }
                let t = self.types().pointer(x.ty);
                return self.operand(Mode::Value, t, e);
            }
            UnOp::Recv => {
                let x = self.expr(xe);
                if x.is_invalid() {
                    return invalid;
                }
                let Type::Chan { dir, elem } = self.tt().under(x.ty).clone() else {
                    let d = self.describe(&x);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: cannot receive from non-channel {} {d}",
                            self.ts(x.ty)
                        ),
                    );
                    return invalid;
                };
                if dir == ast::ChanDir::Send {
                    let d = self.describe(&x);
                    let ts = self.ts(x.ty);
                    self.error(
                        xe.span,
                        format!(
                            "invalid operation: cannot receive from send-only channel {ts} {d}"
                        ),
                    );
                    return invalid;
                }
                return self.operand(Mode::CommaOk, elem, e);
            }
            UnOp::Tilde => {
                self.unsupported(e.span, "generics");
                return invalid;
            }
            _ => {}
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return invalid;
        }
        let ok = match op {
            UnOp::Neg | UnOp::Pos => self.tt().is_numeric(x.ty),
            UnOp::Not => self.tt().is_boolean(x.ty),
            UnOp::Xor => self.tt().is_integer(x.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return invalid;
        }
        if x.mode == Mode::Constant {
            let prec = if self.tt().is_unsigned(x.ty) {
                self.tt()
                    .basic_kind(x.ty)
                    .map(|k| k.size() as u32 * 8)
                    .unwrap_or(0)
            } else {
                0
            };
            let v = x.val.as_ref().and_then(|v| constant::unary_op(op, v, prec));
            x.val = v;
            if x.val.is_none() {
                return invalid;
            }
            x.expr = Some(e);
            self.overflow(&mut x, e);
            return x;
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            val: None,
            expr: Some(e),
            nth: None,
        }
    }

    /// Typed constants must be representable in their type (go/types' `overflow`).
    pub fn overflow(&mut self, x: &mut Operand<'f>, e: &'f ast::Expr) {
        if x.mode != Mode::Constant || x.is_invalid() {
            return;
        }
        // Untyped integer values must not grow arbitrarily (gc: 512 bits).
        if self.tt().is_untyped(x.ty) && x.val.as_ref().is_some_and(|v| v.int_too_large()) {
            let (op, at) = match &e.kind {
                ExprKind::Binary { op, x: lhs, .. } => {
                    let name = match op {
                        ast::BinOp::Add => "addition ",
                        ast::BinOp::Sub => "subtraction ",
                        ast::BinOp::Xor => "bitwise XOR ",
                        ast::BinOp::Mul => "multiplication ",
                        ast::BinOp::Shl => "shift ",
                        _ => "",
                    };
                    // The operator follows its left operand and a blank (gofmt layout).
                    let lo = lhs.span.hi + 1;
                    (name, crate::source::Span::new(lo, lo + 1))
                }
                ExprKind::Unary { op: UnOp::Xor, .. } => ("bitwise complement ", e.span),
                _ => ("", e.span),
            };
            self.error(at, format!("constant {op}overflow"));
            x.mode = Mode::Invalid;
            return;
        }
        if !self.tt().is_untyped(x.ty) {
            if let Some(k) = self.tt().basic_kind(x.ty) {
                let v = x.val.clone();
                if let Some(v) = v {
                    match constant::representable(&v, k) {
                        Ok(v) => x.val = Some(v),
                        Err(err) => {
                            let d = self.describe(x);
                            let ts = self.ts(x.ty);
                            let target_of_repr = x.ty;
                            let msg = match err {
                                constant::ReprError::Truncated => {
                                    format!("{d} truncated to {}", self.basic_ts(target_of_repr))
                                }
                                constant::ReprError::Overflows => {
                                    format!("{d} overflows {}", self.basic_ts(target_of_repr))
                                }
                                _ => format!("cannot convert {d} to type {ts}"),
                            };
                            self.error(x.span(), msg);
                            x.mode = Mode::Invalid;
                        }
                    }
                }
            }
        }
    }

    // --- untyped conversion -----------------------------------------------------------

    /// The default type of an untyped type (go/types' `Default`).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.tt().get(t) {
            Type::Basic(k) => match k {
                BasicKind::UntypedBool => BasicKind::Bool.id(),
                BasicKind::UntypedInt => BasicKind::Int.id(),
                BasicKind::UntypedRune => self.tt().rune,
                BasicKind::UntypedFloat => BasicKind::Float64.id(),
                BasicKind::UntypedComplex => BasicKind::Complex128.id(),
                BasicKind::UntypedString => BasicKind::String.id(),
                _ => t,
            },
            _ => t,
        }
    }

    /// Converts an untyped operand to `target` for its context (go/types'
    /// `implicitTypeAndValue` + `convertUntyped`). Returns an error code on failure
    /// without reporting: `Err(Some(repr))` for a constant not representable.
    pub fn implicit_type(
        &mut self,
        x: &Operand<'f>,
        target: TypeId,
    ) -> Result<(TypeId, Option<Value>), Option<constant::ReprError>> {
        let tt = self.tt();
        if x.is_invalid() || !tt.is_untyped(x.ty) || tt.is_invalid(target) {
            return Ok((x.ty, x.val.clone()));
        }
        let xk = tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
        if tt.is_untyped(target) {
            let tk = tt.basic_kind(target).unwrap_or(BasicKind::Invalid);
            if xk.is_numeric() && tk.is_numeric() {
                // Both untyped numeric: the "larger" kind.
                let rank = |k: BasicKind| match k {
                    BasicKind::UntypedInt => 0,
                    BasicKind::UntypedRune => 1,
                    BasicKind::UntypedFloat => 2,
                    _ => 3,
                };
                let t = if rank(xk) >= rank(tk) { x.ty } else { target };
                return Ok((t, x.val.clone()));
            }
            if xk != tk {
                return Err(None);
            }
            return Ok((x.ty, x.val.clone()));
        }
        match tt.under(target).clone() {
            Type::Basic(tk) => {
                if xk == BasicKind::UntypedNil {
                    if tk == BasicKind::UnsafePointer {
                        return Ok((target, None));
                    }
                    return Err(None);
                }
                if x.mode == Mode::Constant {
                    if let Some(v) = &x.val {
                        return match constant::representable(v, tk) {
                            Ok(v) => Ok((target, Some(v))),
                            Err(constant::ReprError::Mismatch) => Err(None),
                            Err(e) => Err(Some(e)),
                        };
                    }
                }
                // Non-constant untyped values: bool from comparisons, numbers from
                // shifts.
                let ok = match xk {
                    BasicKind::UntypedBool => tk.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => tk.is_numeric(),
                    BasicKind::UntypedString => tk.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(None)
                }
            }
            Type::Interface { methods, terms, .. } => {
                if self.g.placeholders.contains(&target) {
                    // A type parameter without a core type takes an untyped value that
                    // every type of its type set takes (go/types'
                    // `implicitTypeAndValue`); the result is not constant.
                    let Some(terms) = terms.filter(|ts| !ts.is_empty()) else {
                        return Err(None);
                    };
                    for t in terms {
                        if let Err(e) = self.implicit_type(x, t.ty) {
                            return Err(e.filter(|_| false));
                        }
                    }
                    return Ok((target, None));
                }
                if xk == BasicKind::UntypedNil {
                    return Ok((target, None));
                }
                if !methods.is_empty() {
                    // Assignability reports the missing methods of the default type.
                    let d = self.default_type(x.ty);
                    return Ok((d, x.val.clone()));
                }
                let d = self.default_type(x.ty);
                Ok((d, x.val.clone()))
            }
            Type::Pointer(_)
            | Type::Func(_)
            | Type::Slice(_)
            | Type::Map { .. }
            | Type::Chan { .. } => {
                if xk == BasicKind::UntypedNil {
                    Ok((target, None))
                } else {
                    Err(None)
                }
            }
            _ => Err(None),
        }
    }

    /// Converts `x` in place to `target`; reports `cannot use ... as T value in context`
    /// style errors through `report`, or a generic conversion error.
    pub fn convert_untyped(&mut self, x: &mut Operand<'f>, target: TypeId) {
        match self.implicit_type(x, target) {
            Ok((t, v)) => {
                if t != x.ty {
                    x.ty = t;
                    if x.mode == Mode::Constant {
                        x.val = v;
                    }
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, t, x.val.clone());
                    }
                }
            }
            Err(code) => {
                let d = self.describe(x);
                let ts = self.ts(target);
                let target_of_repr = target;
                let msg = match code {
                    Some(constant::ReprError::Truncated) => {
                        format!("{d} truncated to {}", self.basic_ts(target_of_repr))
                    }
                    Some(constant::ReprError::Overflows) => {
                        format!("{d} overflows {}", self.basic_ts(target_of_repr))
                    }
                    _ => format!("cannot convert {d} to type {ts}"),
                };
                self.error(x.span(), msg);
                x.mode = Mode::Invalid;
            }
        }
    }

    /// Rewrites the recorded type of an untyped expression (and of its untyped
    /// operands) once its final type is known (go/types' `updateExprType`).
    pub fn update_expr_type(&mut self, e: &'f ast::Expr, t: TypeId, val: Option<Value>) {
        let Some(old) = self.g.info.expr(e.id).cloned() else {
            return;
        };
        if !self.tt().is_untyped(old.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, val.clone()),
            ExprKind::Unary { op, x } if old.value.is_none() && *op != UnOp::Recv => {
                self.update_expr_type(x, t, None)
            }
            ExprKind::Binary { op, x, y } if old.value.is_none() => {
                if op.is_comparison() {
                    // The operands' types are fixed already.
                } else if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                    self.update_expr_type(x, t, None);
                } else {
                    self.update_expr_type(x, t, None);
                    self.update_expr_type(y, t, None);
                }
            }
            _ => {}
        }
        // A non-constant shift whose lhs becomes a non-integer type is an error.
        if old.value.is_none() {
            if let ExprKind::Binary {
                op: ast::BinOp::Shl | ast::BinOp::Shr,
                x,
                ..
            } = &e.kind
            {
                if !self.tt().is_untyped(t) && !self.tt().is_integer(t) {
                    let xs = super::errors::expr_string(x);
                    let ts = self.ts(t);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: shifted operand {xs} (type {ts}) must be integer"
                        ),
                    );
                }
            }
        }
        let kind = self.g.info.types.basic_kind(t);
        if let Some(rec) = self.g.info.expr_mut(e.id) {
            rec.ty = t;
            if rec.value.is_some() {
                if let Some(v) = val {
                    rec.value = Some(v);
                } else if let Some(k) = kind {
                    if let Some(v) = rec
                        .value
                        .as_ref()
                        .and_then(|v| constant::representable(v, k).ok())
                    {
                        rec.value = Some(v);
                    }
                }
            }
        }
    }

    // --- index, slice, type assertion -------------------------------------------------

    fn index_expr(
        &mut self,
        e: &'f ast::Expr,
        xe: &'f ast::Expr,
        ie: &'f ast::Expr,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        if self.generic_obj(xe).is_some() {
            return self.generic_index(e, xe, std::slice::from_ref(ie));
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            self.expr(ie);
            return invalid;
        }
        if x.mode == Mode::TypeExpr {
            let s = self.ts(x.ty);
            self.error(xe.span, format!("{s} is not a generic type"));
            return invalid;
        }
        let mut length: Option<u64> = None;
        let (mode, elem) = match self.tt().under(x.ty).clone() {
            Type::Basic(k) if k.is_string() => {
                if let (Mode::Constant, Some(Value::String(s))) = (x.mode, &x.val) {
                    length = Some(s.len() as u64);
                }
                (Mode::Value, BasicKind::Uint8.id())
            }
            Type::Array { len, elem } => {
                length = Some(len);
                (
                    if x.mode == Mode::Variable {
                        Mode::Variable
                    } else {
                        Mode::Value
                    },
                    elem,
                )
            }
            Type::Pointer(p) => match self.tt().under(p).clone() {
                Type::Array { len, elem } => {
                    length = Some(len);
                    (Mode::Variable, elem)
                }
                _ => return self.cannot_index(e, &x, ie),
            },
            Type::Slice(elem) => (Mode::Variable, elem),
            Type::Interface {
                terms: Some(ts), ..
            } if self.g.placeholders.contains(&x.ty) => {
                // A type parameter: every type of its type set indexes to the same
                // element type (strings, arrays, pointers to arrays, slices).
                let tt = self.tt();
                let mut elems = Vec::new();
                let mut mode = Mode::Variable;
                for t in &ts {
                    let el = match tt.under(t.ty) {
                        Type::Basic(k) if k.is_string() => {
                            mode = Mode::Value;
                            Some(tt.byte)
                        }
                        Type::Array { elem, .. } => {
                            if x.mode != Mode::Variable {
                                mode = Mode::Value;
                            }
                            Some(*elem)
                        }
                        Type::Pointer(p) => match tt.under(*p) {
                            Type::Array { elem, .. } => Some(*elem),
                            _ => None,
                        },
                        Type::Slice(elem) => Some(*elem),
                        _ => None,
                    };
                    elems.push(el);
                }
                let first = elems.first().copied().flatten();
                match first {
                    Some(f) if elems.iter().all(|e| e.is_some_and(|e| tt.identical(e, f))) => {
                        self.index(ie, None);
                        return self.operand(mode, f, e);
                    }
                    _ => return self.cannot_index(e, &x, ie),
                }
            }
            Type::Map { key, value } => {
                let mut k = self.expr(ie);
                self.assignment(&mut k, key, "map index");
                let _ = k;
                return self.operand(Mode::MapIndex, value, e);
            }
            _ => return self.cannot_index(e, &x, ie),
        };
        // A byte of a string is `byte`.
        let elem = if elem == BasicKind::Uint8.id() && self.tt().is_string(x.ty) {
            self.tt().byte
        } else {
            elem
        };
        self.index(ie, length);
        let mut o = self.operand(mode, elem, e);
        if x.mode == Mode::Constant && self.tt().is_string(x.ty) {
            o.mode = Mode::Value;
        }
        o
    }

    fn cannot_index(
        &mut self,
        e: &'f ast::Expr,
        x: &Operand<'f>,
        ie: &'f ast::Expr,
    ) -> Operand<'f> {
        self.expr(ie);
        let d = self.describe(x);
        let at = crate::source::Span::new(x.span().hi, x.span().hi + 1);
        let _ = e;
        self.error(at, format!("cannot index {d}"));
        Operand::invalid(Some(e))
    }

    /// Checks an index value: an integer, non-negative, in range if constant.
    pub fn index(&mut self, ie: &'f ast::Expr, length: Option<u64>) -> Option<i64> {
        let mut x = self.expr(ie);
        if x.is_invalid() {
            return None;
        }
        self.convert_untyped(&mut x, BasicKind::Int.id());
        if x.is_invalid() {
            return None;
        }
        if !self.tt().is_integer(x.ty) {
            let d = self.describe(&x);
            self.error(
                ie.span,
                format!("invalid argument: index {d} must be integer"),
            );
            return None;
        }
        if x.mode == Mode::Constant {
            if let Some(Value::Int(i)) = &x.val {
                use num_traits::{Signed, ToPrimitive};
                if i.is_negative() {
                    let d = self.describe(&x);
                    self.error(
                        ie.span,
                        format!("invalid argument: index {d} must not be negative"),
                    );
                    return None;
                }
                if let Some(n) = length {
                    if i.to_u64().is_none_or(|v| v >= n) {
                        let s = super::errors::expr_string(ie);
                        self.error(
                            ie.span,
                            format!("invalid argument: index {s} out of bounds [0:{n}]"),
                        );
                        return None;
                    }
                }
                return i.to_i64();
            }
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &'f ast::Expr,
        xe: &'f ast::Expr,
        lo: Option<&'f ast::Expr>,
        hi: Option<&'f ast::Expr>,
        max: Option<&'f ast::Expr>,
        three: bool,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return invalid;
        }
        let mut length = None;
        let ty = match self.tt().under(x.ty).clone() {
            Type::Basic(k) if k.is_string() => {
                if three {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return invalid;
                }
                if let (Mode::Constant, Some(Value::String(s))) = (x.mode, &x.val) {
                    length = Some(s.len() as u64);
                }
                if self.tt().is_untyped(x.ty) {
                    BasicKind::String.id()
                } else {
                    x.ty
                }
            }
            Type::Array { len, elem } => {
                length = Some(len);
                if x.mode != Mode::Variable {
                    let d = self.describe(&x);
                    self.error(
                        e.span,
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                    return invalid;
                }
                self.types().slice(elem)
            }
            Type::Pointer(p) => match self.tt().under(p).clone() {
                Type::Array { len, elem } => {
                    length = Some(len);
                    self.types().slice(elem)
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(e.span, format!("cannot slice {d}"));
                    return invalid;
                }
            },
            Type::Slice(_) => x.ty,
            _ => {
                let d = self.describe(&x);
                self.error(e.span, format!("cannot slice {d}"));
                return invalid;
            }
        };
        let cap = length.map(|l| l + 1);
        let mut vals = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            vals.push((i, self.index(i, cap)));
        }
        // Constant indices must be non-decreasing.
        let mut prev: Option<i64> = None;
        for (ie, v) in vals {
            if let Some(v) = v {
                if let Some(p) = prev {
                    if v < p {
                        self.error(ie.span, format!("invalid slice indices: {v} < {p}"));
                    }
                }
                prev = Some(v);
            }
        }
        self.operand(Mode::Value, ty, e)
    }

    fn type_assert(
        &mut self,
        e: &'f ast::Expr,
        xe: &'f ast::Expr,
        te: Option<&'f ast::Expr>,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let x = self.expr(xe);
        let Some(te) = te else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return invalid;
        };
        if x.is_invalid() {
            self.type_expr(te);
            return invalid;
        }
        if !self.tt().is_interface(x.ty) {
            let d = self.describe(&x);
            self.error(
                xe.span,
                format!("invalid operation: {d} is not an interface"),
            );
            self.type_expr(te);
            return invalid;
        }
        let t = self.type_expr(te);
        if self.tt().is_invalid(t) {
            return invalid;
        }
        self.type_assertion_ok(e, &x, t);
        self.operand(Mode::CommaOk, t, e)
    }

    /// `x.(T)` with a non-interface `T` must implement `x`'s interface.
    pub fn type_assertion_ok(&mut self, e: &'f ast::Expr, x: &Operand<'f>, t: TypeId) {
        if self.tt().is_interface(t) {
            return;
        }
        if let Err(cause) = self.missing_method(t, x.ty, false) {
            let d = super::errors::expr_string(e);
            let ts = self.ts(t);
            let xs = self.ts(x.ty);
            let _ = d;
            self.error(
                e.span,
                format!(
                    "impossible type assertion: {}\n\t{ts} does not implement {xs} {cause}",
                    super::errors::expr_string(e)
                ),
            );
        }
    }

    /// `F[int]`, `List[int]`, `Pair[K, V]` in an expression: an explicit
    /// instantiation of a generic function or type.
    fn generic_index(
        &mut self,
        e: &'f ast::Expr,
        xe: &'f ast::Expr,
        indices: &'f [ast::Expr],
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let Some(gobj) = self.generic_obj(xe) else {
            let x = self.expr_or_type(xe);
            if !x.is_invalid() {
                let d = self.describe(&x);
                self.error(xe.span, format!("invalid operation: cannot index {d}"));
            }
            for i in indices {
                self.raw_expr(i, None);
            }
            return invalid;
        };
        match self.instantiate_expr(e, gobj, indices) {
            Some((super::instantiate::Inst::Type(t), _)) => self.operand(Mode::TypeExpr, t, e),
            Some((super::instantiate::Inst::Func(f), _)) => {
                self.record_func_inst(e, f);
                let sig = self.obj(f).ty;
                self.operand(Mode::Value, sig, e)
            }
            None => {
                if !self.is_generic_type(gobj) && indices.len() < self.generic_arity(gobj) {
                    let name = self.obj(gobj).name.clone();
                    self.error(
                        e.span,
                        format!("cannot use generic function {name} without instantiation"),
                    );
                }
                invalid
            }
        }
    }
}
