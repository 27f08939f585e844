//! Binary operators (go/types' `binary`, `matchTypes`, `comparison`, `shift`), with
//! exact constant folding.

use super::check::{Checker, Operand};
use super::cv::{self as constant, Value};
use super::info::Mode;
use super::typ::{BasicKind, Type, TypeId};
use crate::syntax::ast::{self, BinOp};

impl<'f> Checker<'_, '_, 'f> {
    pub fn binary(
        &mut self,
        e: &'f ast::Expr,
        op: BinOp,
        xe: &'f ast::Expr,
        ye: &'f ast::Expr,
    ) -> Operand<'f> {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        self.binary_operands(e, op, &mut x, &mut y, false)
    }

    /// The binary operation on already checked operands; `e` is the whole expression
    /// (for `x op= y`, the assignment's lhs).
    pub fn binary_operands(
        &mut self,
        e: &'f ast::Expr,
        op: BinOp,
        x: &mut Operand<'f>,
        y: &mut Operand<'f>,
        _assign_op: bool,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        if x.is_invalid() || y.is_invalid() {
            return invalid;
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, x, y);
        }
        self.match_types(e, op, x, y);
        if x.is_invalid() || y.is_invalid() {
            return invalid;
        }
        if op.is_comparison() {
            return self.comparison(e, op, x, y, None);
        }
        if !self.tt().identical(x.ty, y.ty) {
            let (xt, yt) = (self.ts(x.ty), self.ts(y.ty));
            let s = if _assign_op {
                format!(
                    "{} {}= {}",
                    x.expr.map(super::errors::expr_string).unwrap_or_default(),
                    op.as_str(),
                    y.expr.map(super::errors::expr_string).unwrap_or_default()
                )
            } else {
                self.op_string(e, x, op, y)
            };
            self.error(
                x.span(),
                format!("invalid operation: {s} (mismatched types {xt} and {yt})"),
            );
            return invalid;
        }
        let tt = self.tt();
        let ok = match op {
            BinOp::Add => tt.is_numeric_or_string(x.ty),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => tt.is_numeric(x.ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => tt.is_integer(x.ty),
            BinOp::LAnd | BinOp::LOr => tt.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(x);
            self.error(
                x.span(),
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return invalid;
        }
        if matches!(op, BinOp::Quo | BinOp::Rem)
            && (x.mode == Mode::Constant || self.tt().is_integer(x.ty))
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(is_zero)
        {
            self.error(y.span(), "invalid operation: division by zero");
            return invalid;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let int_div = self.tt().is_integer(x.ty);
            let v = match (&x.val, &y.val) {
                (Some(a), Some(b)) => constant::binary_op(a, op, b, int_div),
                _ => None,
            };
            let Some(v) = v else {
                return invalid;
            };
            let mut r = Operand {
                mode: Mode::Constant,
                ty: x.ty,
                val: Some(v),
                expr: Some(e),
                nth: None,
            };
            self.overflow(&mut r, e);
            return r;
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            val: None,
            expr: Some(e),
            nth: None,
        }
    }

    /// `x op y` as gc prints it (the operands' expressions).
    fn op_string(&self, e: &ast::Expr, x: &Operand<'f>, op: BinOp, y: &Operand<'f>) -> String {
        match &e.kind {
            ast::ExprKind::Binary { .. } => super::errors::expr_string(e),
            _ => format!(
                "{} {} {}",
                x.expr.map(super::errors::expr_string).unwrap_or_default(),
                op.as_str(),
                y.expr.map(super::errors::expr_string).unwrap_or_default()
            ),
        }
    }

    /// Converts untyped operands towards each other (go/types' `matchTypes`).
    fn match_types(
        &mut self,
        e: &'f ast::Expr,
        op: BinOp,
        x: &mut Operand<'f>,
        y: &mut Operand<'f>,
    ) {
        if !self.may_convert(x, y) {
            return;
        }
        let (xt0, yt0) = (x.ty, y.ty);
        // `nil` stays untyped nil for the comparison (go/types' nilvalue mode); its
        // recorded type becomes the other operand's.
        let nil = BasicKind::UntypedNil.id();
        if x.ty == nil || y.ty == nil {
            let (n, other) = if x.ty == nil {
                (&*x, y.ty)
            } else {
                (&*y, x.ty)
            };
            if other != nil {
                if let Some(e) = n.expr {
                    self.update_expr_type(e, other, None);
                }
            }
            return;
        }
        let rx = self.implicit_type(x, y.ty);
        let ry = self.implicit_type(y, x.ty);
        match (rx, ry) {
            (Ok((xt, xv)), Ok((yt, yv))) => {
                self.apply_implicit(x, xt, xv);
                self.apply_implicit(y, yt, yv);
            }
            (rx, ry) => {
                // A constant that does not fit the other operand's type is reported as
                // such; other failures as mismatched types.
                let failing = if rx.is_err() { (&*x, rx) } else { (&*y, ry) };
                let (op_x, res) = failing;
                let target = if std::ptr::eq(op_x, &*x) { yt0 } else { xt0 };
                let to_tparam = self.g.placeholders.contains(&target);
                if let (Err(Some(code)), false) = (&res, to_tparam) {
                    let code = *code;
                    let d = self.describe(op_x);
                    let ts = self.ts(target);
                    let target_of_repr = target;
                    let msg = match code {
                        constant::ReprError::Truncated => {
                            format!("{d} truncated to {}", self.basic_ts(target_of_repr))
                        }
                        constant::ReprError::Overflows => {
                            format!("{d} overflows {}", self.basic_ts(target_of_repr))
                        }
                        _ => format!("cannot convert {d} to type {ts}"),
                    };
                    self.error(op_x.span(), msg);
                } else {
                    let (xt, yt) = (self.ts(xt0), self.ts(yt0));
                    let s = self.op_string(e, x, op, y);
                    self.error(
                        x.span(),
                        format!("invalid operation: {s} (mismatched types {xt} and {yt})"),
                    );
                }
                x.mode = Mode::Invalid;
            }
        }
    }

    fn apply_implicit(&mut self, x: &mut Operand<'f>, t: TypeId, v: Option<Value>) {
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

    pub fn may_convert_pub(&self, x: &Operand<'f>, y: &Operand<'f>) -> bool {
        self.may_convert(x, y)
    }

    fn may_convert(&self, x: &Operand<'f>, y: &Operand<'f>) -> bool {
        let tt = self.tt();
        if !tt.is_untyped(x.ty) && !tt.is_untyped(y.ty) {
            return false;
        }
        if tt.is_numeric(x.ty) != tt.is_numeric(y.ty) {
            return false;
        }
        if tt.is_boolean(x.ty) != tt.is_boolean(y.ty) {
            return false;
        }
        if tt.is_string(x.ty) != tt.is_string(y.ty) {
            return false;
        }
        let nil = BasicKind::UntypedNil.id();
        if x.ty == nil {
            return tt.has_nil(y.ty);
        }
        if y.ty == nil {
            return tt.has_nil(x.ty);
        }
        if matches!(tt.under(x.ty), Type::Pointer(_)) || matches!(tt.under(y.ty), Type::Pointer(_))
        {
            return false;
        }
        true
    }

    /// go/types' `comparison`; `switch_case` gives the `invalid case` form.
    pub fn comparison(
        &mut self,
        e: &'f ast::Expr,
        op: BinOp,
        x: &mut Operand<'f>,
        y: &mut Operand<'f>,
        switch_case: Option<()>,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let nil = BasicKind::UntypedNil.id();
        let mut err_y = false;
        let mut cause = String::new();
        let ok = self.assignable_to(x, y.ty).is_ok() || self.assignable_to(y, x.ty).is_ok();
        let mut failed = false;
        if !ok {
            err_y = true;
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            failed = true;
        } else {
            match op {
                BinOp::Eql | BinOp::Neq => {
                    if x.ty == nil || y.ty == nil {
                        let t = if x.ty == nil { y.ty } else { x.ty };
                        if !self.tt().has_nil(t) || t == nil {
                            err_y = true;
                            failed = true;
                        }
                    } else if self.placeholder_incomparable(x.ty)
                        || self.placeholder_incomparable(y.ty)
                    {
                        cause = "incomparable types in type set".to_string();
                        failed = true;
                    } else if !self.tt().comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !self.tt().comparable(y.ty) {
                        err_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    let tp = [x.ty, y.ty]
                        .into_iter()
                        .find(|t| self.g.placeholders.contains(t) && !self.tt().is_ordered(*t));
                    if let Some(t) = tp {
                        let n = self.ts(t);
                        cause = format!("type parameter {n} cannot use operator {}", op.as_str());
                        failed = true;
                    } else if !self.tt().is_ordered(x.ty) {
                        failed = true;
                    } else if !self.tt().is_ordered(y.ty) {
                        err_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let err_op = if err_y { &*y } else { &*x };
            if cause.is_empty() {
                let k = self.kind_string(err_op.ty);
                cause = format!("operator {} not defined on {k}", op.as_str());
            }
            let xs = x.expr.map(super::errors::expr_string).unwrap_or_default();
            let ys = y.expr.map(super::errors::expr_string).unwrap_or_default();
            if switch_case.is_some() {
                self.error(
                    x.span(),
                    format!("invalid case {xs} in switch on {ys} ({cause})"),
                );
            } else {
                let span = err_op.span();
                self.error(
                    span,
                    format!("invalid operation: {xs} {} {ys} ({cause})", op.as_str()),
                );
            }
            return invalid;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let v = match (&x.val, &y.val) {
                (Some(a), Some(b)) => constant::compare(a, op, b),
                _ => false,
            };
            return Operand {
                mode: Mode::Constant,
                ty: BasicKind::UntypedBool.id(),
                val: Some(Value::Bool(v)),
                expr: Some(e),
                nth: None,
            };
        }
        // The operands get their final (default) types; an operand compared with an
        // interface is converted to it.
        let (xd, yd) = (self.default_type(x.ty), self.default_type(y.ty));
        if let Some(xe) = x.expr {
            self.update_expr_type(xe, xd, None);
        }
        if let Some(ye) = y.expr {
            self.update_expr_type(ye, yd, None);
        }
        let (xi, yi) = (self.tt().is_interface(xd), self.tt().is_interface(yd));
        if xi && !yi && yd != nil {
            if let Some(ye) = y.expr {
                self.g.info.implicit_iface.insert(ye.id, xd);
            }
        } else if yi && !xi && xd != nil {
            if let Some(xe) = x.expr {
                self.g.info.implicit_iface.insert(xe.id, yd);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: BasicKind::UntypedBool.id(),
            val: None,
            expr: Some(e),
            nth: None,
        }
    }

    pub fn kind_string(&self, t: TypeId) -> String {
        match self.tt().under(t) {
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct { .. } => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface { .. } => "interface".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            _ => self.ts(t),
        }
    }

    pub fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt().under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map { .. } => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            Type::Struct { fields } => {
                for f in fields {
                    if !self.tt().comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.ts(f.ty));
                    }
                }
                format!("operator == not defined on {}", self.kind_string(t))
            }
            Type::Array { .. } => format!("{} cannot be compared", self.ts(t)),
            _ => format!("operator == not defined on {}", self.kind_string(t)),
        }
    }

    fn shift(
        &mut self,
        e: &'f ast::Expr,
        op: BinOp,
        x: &mut Operand<'f>,
        y: &mut Operand<'f>,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let mut yval = None;
        if y.mode == Mode::Constant {
            yval = y.val.as_ref().and_then(constant::to_int);
            if let Some(Value::Int(i)) = &yval {
                if i.sign() == num_bigint::Sign::Minus {
                    let d = self.describe(y);
                    self.error(
                        y.span(),
                        format!("invalid operation: negative shift count {d}"),
                    );
                    return invalid;
                }
            }
            if self.tt().is_untyped(y.ty) {
                self.convert_untyped_keep(y, BasicKind::Uint.id());
                if y.is_invalid() {
                    return invalid;
                }
            }
        } else if self.tt().is_integer(y.ty) {
        } else if self.tt().is_untyped(y.ty) {
            self.convert_untyped(y, BasicKind::Uint.id());
            if y.is_invalid() {
                return invalid;
            }
        } else {
            let d = self.describe(y);
            self.error(
                y.span(),
                format!("invalid operation: shift count {d} must be integer"),
            );
            return invalid;
        }
        let xval = if x.mode == Mode::Constant {
            x.val.as_ref().and_then(constant::to_int)
        } else {
            None
        };
        let lhs_ok = self.tt().is_integer(x.ty)
            || (self.tt().is_untyped(x.ty) && matches!(xval, Some(Value::Int(_))));
        if !lhs_ok {
            let d = self.describe(x);
            self.error(
                x.span(),
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return invalid;
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                use num_traits::ToPrimitive;
                let s = match &yval {
                    Some(Value::Int(i)) => i.to_u64(),
                    _ => None,
                };
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    let d = self.describe(y);
                    self.error(
                        y.span(),
                        format!("invalid operation: invalid shift count {d}"),
                    );
                    return invalid;
                };
                let ty = if self.tt().is_integer(x.ty) {
                    x.ty
                } else {
                    BasicKind::UntypedInt.id()
                };
                let v = xval.as_ref().and_then(|v| constant::shift(v, op, s as u32));
                let Some(v) = v else { return invalid };
                let mut r = Operand {
                    mode: Mode::Constant,
                    ty,
                    val: Some(v),
                    expr: Some(e),
                    nth: None,
                };
                self.overflow(&mut r, e);
                return r;
            }
            if self.tt().is_untyped(x.ty) {
                // The type is what the lhs alone would get from the context
                // (`update_expr_type` checks it then).
                return Operand {
                    mode: Mode::Value,
                    ty: x.ty,
                    val: None,
                    expr: Some(e),
                    nth: None,
                };
            }
        }
        if !self.tt().is_integer(x.ty) {
            let d = self.describe(x);
            self.error(
                x.span(),
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return invalid;
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            val: None,
            expr: Some(e),
            nth: None,
        }
    }

    /// Checks representability of an untyped constant in `t` without changing it.
    fn convert_untyped_keep(&mut self, y: &mut Operand<'f>, t: TypeId) {
        let mut tmp = y.clone();
        tmp.expr = y.expr;
        match self.implicit_type(&tmp, t) {
            Ok(_) => {}
            Err(code) => {
                let d = self.describe(y);
                let ts = self.ts(t);
                let target_of_repr = t;
                let msg = match code {
                    Some(constant::ReprError::Truncated) => {
                        format!("{d} truncated to {}", self.basic_ts(target_of_repr))
                    }
                    Some(constant::ReprError::Overflows) => {
                        format!("{d} overflows {}", self.basic_ts(target_of_repr))
                    }
                    _ => format!("cannot convert {d} to type {ts}"),
                };
                self.error(y.span(), msg);
                y.mode = Mode::Invalid;
            }
        }
    }
}

fn is_zero(v: &Value) -> bool {
    use num_traits::Zero;
    match v {
        Value::Int(i) => i.is_zero(),
        Value::Float(f) => f.is_zero(),
        Value::Complex(r, i) => r.is_zero() && i.is_zero(),
        _ => false,
    }
}
