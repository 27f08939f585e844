//! The builtin functions (go/types' `builtins.go`): `len cap make new append copy
//! delete panic recover print println close min max clear complex real imag`.

use super::check::{Checker, Operand};
use super::cv::{self as constant, Value};
use super::info::Mode;
use super::object::Builtin;
use super::typ::{BasicKind, Type, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind};
use num_bigint::BigInt;

impl<'f> Checker<'_, '_, 'f> {
    pub fn builtin(
        &mut self,
        call: &'f ast::Expr,
        b: Builtin,
        args: &'f [ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(call));
        let (min, variadic) = b.arity();
        let n = args.len();
        let cs = super::errors::expr_string(call);
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(
                call.span,
                format!(
                    "invalid operation: invalid use of ... with built-in {}",
                    b.name()
                ),
            );
            for a in args {
                self.raw_expr(a, None);
            }
            return invalid;
        }
        let msg = if n < min {
            Some("not enough")
        } else if !variadic && n > min {
            Some("too many")
        } else {
            None
        };
        if let Some(m) = msg {
            for a in args
                .iter()
                .skip(if matches!(b, Builtin::Make | Builtin::New) {
                    1
                } else {
                    0
                })
            {
                self.raw_expr(a, None);
            }
            let at = call.span;
            self.error(
                at,
                format!("invalid operation: {m} arguments for {cs} (expected {min}, found {n})"),
            );
            return invalid;
        }
        let value = |ty: TypeId| Operand {
            mode: Mode::Value,
            ty,
            val: None,
            expr: Some(call),
            nth: None,
        };
        let novalue = Operand {
            mode: Mode::NoValue,
            ty: self.tt().empty_tuple,
            val: None,
            expr: Some(call),
            nth: None,
        };
        let int = BasicKind::Int.id();
        if b.is_unsafe() {
            return self.unsafe_builtin(call, b, args);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return invalid;
                }
                let tt = self.tt();
                let mut constant_len: Option<u64> = None;
                let ok = match tt.under(x.ty).clone() {
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        if let (Mode::Constant, Some(Value::String(s))) = (x.mode, &x.val) {
                            constant_len = Some(s.len() as u64);
                        }
                        true
                    }
                    Type::Array { len, .. } => {
                        if !has_call_or_recv(&self.g.info, &args[0]) {
                            constant_len = Some(len);
                        }
                        true
                    }
                    Type::Pointer(p) => match tt.under(p) {
                        Type::Array { len, .. } => {
                            if !has_call_or_recv(&self.g.info, &args[0]) {
                                constant_len = Some(*len);
                            }
                            true
                        }
                        _ => false,
                    },
                    Type::Slice(_) | Type::Chan { .. } => true,
                    Type::Map { .. } => b == Builtin::Len,
                    // A type parameter: every type of its type set (never constant).
                    Type::Interface {
                        terms: Some(ts), ..
                    } if self.g.placeholders.contains(&x.ty) => {
                        !ts.is_empty() && ts.iter().all(|t| len_ok(tt, t.ty, b == Builtin::Len))
                    }
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} for built-in {}", b.name()),
                    );
                    return invalid;
                }
                if let Some(l) = constant_len {
                    return Operand {
                        mode: Mode::Constant,
                        ty: int,
                        val: Some(Value::Int(BigInt::from(l))),
                        expr: Some(call),
                        nth: None,
                    };
                }
                value(int)
            }
            Builtin::New => {
                // Go 1.26: `new(T)` or `new(expr)` (a pointer to a copy of its value).
                let mut x = self.expr_or_type(&args[0]);
                if x.is_invalid() {
                    return invalid;
                }
                let t = if x.mode == Mode::TypeExpr {
                    x.ty
                } else {
                    if x.ty == BasicKind::UntypedNil.id() {
                        self.error(args[0].span, "use of untyped nil in argument to new");
                        return invalid;
                    }
                    if self.tt().is_untyped(x.ty) {
                        let d = self.default_type(x.ty);
                        self.assignment(&mut x, d, "argument to new");
                    }
                    x.ty
                };
                let p = self.types().pointer(t);
                value(p)
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if self.tt().is_invalid(t) {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return invalid;
                }
                let min = match self.tt().under(t) {
                    Type::Slice(_) => 2,
                    Type::Map { .. } | Type::Chan { .. } => 1,
                    _ => {
                        let s = super::errors::expr_string(&args[0]);
                        self.error(
                            args[0].span,
                            format!("invalid argument: cannot make {s}: type must be slice, map, or channel"),
                        );
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return invalid;
                    }
                };
                if n < min || n > min + 1 {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    let exp = if min == 2 { "2 or 3" } else { "1 or 2" };
                    self.error(
                        call.span,
                        format!("invalid operation: {cs} expects {exp} arguments; found {n}"),
                    );
                    return invalid;
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1)) {
                    if l > c {
                        self.error(
                            args[1].span,
                            "invalid argument: length and capacity swapped",
                        );
                    }
                }
                value(t)
            }
            Builtin::Append => {
                let mut s = self.expr(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return invalid;
                }
                if s.ty == BasicKind::UntypedNil.id() {
                    self.error(
                        args[0].span,
                        "first argument to append must be a typed slice; found untyped nil",
                    );
                    return invalid;
                }
                let Type::Slice(elem) = self.tt().under(s.ty).clone() else {
                    let d = self.describe(&s);
                    self.error(
                        args[0].span,
                        format!("invalid append: argument must be a slice; have {d}"),
                    );
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return invalid;
                };
                let st = s.ty;
                if ellipsis.is_some() {
                    if n != 2 {
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        self.error(
                            call.span,
                            format!(
                                "invalid operation: can only use ... with final argument in list"
                            ),
                        );
                        return invalid;
                    }
                    let mut y = self.expr(&args[1]);
                    if y.is_invalid() {
                        return invalid;
                    }
                    // append([]byte, string...)
                    if self.tt().basic_kind(elem) == Some(BasicKind::Uint8)
                        && self.tt().is_string(y.ty)
                    {
                        if self.tt().is_untyped(y.ty) {
                            self.convert_untyped(&mut y, BasicKind::String.id());
                        }
                        return value(st);
                    }
                    let context = "argument to append".to_string();
                    let slice_t = self.types().slice(elem);
                    self.assignment(&mut y, slice_t, &context);
                    return value(st);
                }
                for a in &args[1..] {
                    let mut y = self.expr(a);
                    self.assignment(&mut y, elem, "argument to append");
                }
                s.mode = Mode::Value;
                value(st)
            }
            Builtin::Copy => {
                let x = self.expr(&args[0]);
                let y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return invalid;
                }
                let de = match self.tt().under(x.ty) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
                let se = match self.tt().under(y.ty) {
                    Type::Slice(e) => Some(*e),
                    Type::Basic(k) if k.is_string() => Some(BasicKind::Uint8.id()),
                    _ => None,
                };
                match (de, se) {
                    (Some(d), Some(s)) if self.tt().identical(d, s) => {}
                    (None, _) | (_, None) => {
                        let bad = if de.is_none() { &x } else { &y };
                        let d = self.describe(bad);
                        self.error(
                            bad.span(),
                            format!("invalid copy: argument must be a slice; have {d}"),
                        );
                        return invalid;
                    }
                    _ => {
                        let dx = self.describe(&x);
                        let dy = self.describe(&y);
                        self.error(call.span, format!("invalid copy: arguments {dx} and {dy} have different element types {} and {}", self.ts(de.unwrap_or(int)), self.ts(se.unwrap_or(int))));
                        return invalid;
                    }
                }
                if self.tt().is_untyped(y.ty) {
                    let mut y = y;
                    self.convert_untyped(&mut y, BasicKind::String.id());
                }
                value(int)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return invalid;
                }
                let Type::Map { key, .. } = self.tt().under(m.ty).clone() else {
                    let d = self.describe(&m);
                    self.error(args[0].span, format!("invalid argument: {d} is not a map"));
                    return invalid;
                };
                self.assignment(&mut k, key, "argument to delete");
                novalue
            }
            Builtin::Close => {
                let c = self.expr(&args[0]);
                if c.is_invalid() {
                    return invalid;
                }
                match self.tt().under(c.ty) {
                    Type::Chan { dir, .. } => {
                        if *dir == ast::ChanDir::Recv {
                            let d = self.describe(&c);
                            self.error(
                                args[0].span,
                                format!("invalid operation: cannot close receive-only channel {d}"),
                            );
                            return invalid;
                        }
                    }
                    _ => {
                        let d = self.describe(&c);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                        return invalid;
                    }
                }
                novalue
            }
            Builtin::Clear => {
                let c = self.expr(&args[0]);
                if c.is_invalid() {
                    return invalid;
                }
                if !matches!(self.tt().under(c.ty), Type::Map { .. } | Type::Slice(_)) {
                    let d = self.describe(&c);
                    self.error(
                        args[0].span,
                        format!("invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"),
                    );
                    return invalid;
                }
                novalue
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.tt().empty_interface;
                self.assignment(&mut x, any, "argument to panic");
                novalue
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.is_invalid() {
                        continue;
                    }
                    if self.tt().is_untyped(x.ty) {
                        if x.ty == BasicKind::UntypedNil.id() {
                            self.error(
                                a.span,
                                format!("use of untyped nil in argument to built-in {}", b.name()),
                            );
                            continue;
                        }
                        let d = self.default_type(x.ty);
                        self.assignment(&mut x, d, &format!("argument to built-in {}", b.name()));
                    }
                }
                novalue
            }
            Builtin::Recover => value(self.tt().empty_interface),
            Builtin::Complex => {
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return invalid;
                }
                // Untyped operands convert to each other's type, or to float64.
                let (xu, yu) = (self.tt().is_untyped(x.ty), self.tt().is_untyped(y.ty));
                if xu && !yu {
                    self.convert_untyped(&mut x, y.ty);
                } else if yu && !xu {
                    self.convert_untyped(&mut y, x.ty);
                }
                if x.is_invalid() || y.is_invalid() {
                    return invalid;
                }
                if x.mode == Mode::Constant && y.mode == Mode::Constant && xu && yu {
                    let (re, im) = (
                        x.val.as_ref().and_then(constant::to_float),
                        y.val.as_ref().and_then(constant::to_float),
                    );
                    if let (Some(Value::Float(r)), Some(Value::Float(i))) = (re, im) {
                        return Operand {
                            mode: Mode::Constant,
                            ty: BasicKind::UntypedComplex.id(),
                            val: Some(Value::Complex(r, i)),
                            expr: Some(call),
                            nth: None,
                        };
                    }
                }
                if xu {
                    self.convert_untyped(&mut x, BasicKind::Float64.id());
                    self.convert_untyped(&mut y, BasicKind::Float64.id());
                }
                if !self.tt().identical(x.ty, y.ty) {
                    let (xs, ys) = (self.ts(x.ty), self.ts(y.ty));
                    self.error(
                        call.span,
                        format!("invalid operation: {cs} (mismatched types {xs} and {ys})"),
                    );
                    return invalid;
                }
                let rt = match self.tt().basic_kind(x.ty) {
                    Some(BasicKind::Float32) => BasicKind::Complex64.id(),
                    Some(BasicKind::Float64) => BasicKind::Complex128.id(),
                    _ => {
                        let d = self.describe(&x);
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.ts(x.ty)
                            ),
                        );
                        let _ = d;
                        return invalid;
                    }
                };
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    if let (Some(Value::Float(r)), Some(Value::Float(i))) = (
                        x.val.as_ref().and_then(constant::to_float),
                        y.val.as_ref().and_then(constant::to_float),
                    ) {
                        return Operand {
                            mode: Mode::Constant,
                            ty: rt,
                            val: Some(Value::Complex(r, i)),
                            expr: Some(call),
                            nth: None,
                        };
                    }
                }
                value(rt)
            }
            Builtin::Real | Builtin::Imag => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return invalid;
                }
                if x.mode == Mode::Constant && self.tt().is_untyped(x.ty) {
                    if let Some(Value::Complex(r, i)) =
                        x.val.as_ref().and_then(constant::to_complex)
                    {
                        let v = if b == Builtin::Real { r } else { i };
                        return Operand {
                            mode: Mode::Constant,
                            ty: BasicKind::UntypedFloat.id(),
                            val: Some(Value::Float(v)),
                            expr: Some(call),
                            nth: None,
                        };
                    }
                }
                if self.tt().is_untyped(x.ty) {
                    self.convert_untyped(&mut x, BasicKind::Complex128.id());
                }
                let rt = match self.tt().basic_kind(x.ty) {
                    Some(BasicKind::Complex64) => BasicKind::Float32.id(),
                    Some(BasicKind::Complex128) => BasicKind::Float64.id(),
                    _ => {
                        let d = self.describe(&x);
                        self.error(
                            args[0].span,
                            format!("invalid argument: {d} must be of complex type"),
                        );
                        return invalid;
                    }
                };
                if x.mode == Mode::Constant {
                    if let Some(Value::Complex(r, i)) = &x.val {
                        let v = if b == Builtin::Real {
                            r.clone()
                        } else {
                            i.clone()
                        };
                        return Operand {
                            mode: Mode::Constant,
                            ty: rt,
                            val: Some(Value::Float(v)),
                            expr: Some(call),
                            nth: None,
                        };
                    }
                }
                value(rt)
            }
            Builtin::Min | Builtin::Max => {
                let mut ops: Vec<Operand<'f>> = args.iter().map(|a| self.expr(a)).collect();
                let op = if b == Builtin::Min {
                    ast::BinOp::Lss
                } else {
                    ast::BinOp::Gtr
                };
                let mut x = ops[0].clone();
                for i in 0..ops.len() {
                    let mut a = ops[i].clone();
                    if a.is_invalid() {
                        return invalid;
                    }
                    if !self.tt().is_ordered(a.ty) {
                        let d = self.describe(&a);
                        self.error(a.span(), format!("invalid argument: {d} cannot be ordered"));
                        return invalid;
                    }
                    if i == 0 {
                        x = a;
                        continue;
                    }
                    if self.may_convert_pub(&x, &a) {
                        let at = a.ty;
                        self.convert_untyped(&mut x, at);
                        if x.is_invalid() {
                            return invalid;
                        }
                        let xt = x.ty;
                        self.convert_untyped(&mut a, xt);
                        if a.is_invalid() {
                            return invalid;
                        }
                    }
                    if !self.tt().identical(x.ty, a.ty) {
                        let (xt, at) = (self.ts(x.ty), self.ts(a.ty));
                        let s = a.expr.map(super::errors::expr_string).unwrap_or_default();
                        self.error(
                            a.span(),
                            format!("invalid argument: mismatched types {xt} (previous argument) and {at} (type of {s})"),
                        );
                        return invalid;
                    }
                    if x.mode == Mode::Constant && a.mode == Mode::Constant {
                        if let (Some(av), Some(xv)) = (&a.val, &x.val) {
                            if constant::compare(av, op, xv) {
                                x = a.clone();
                            }
                        }
                    } else {
                        x.mode = Mode::Value;
                        x.val = None;
                    }
                    ops[i] = a;
                }
                if x.mode != Mode::Constant {
                    x.mode = Mode::Value;
                    x.val = None;
                }
                let final_t = x.ty;
                for o in &ops {
                    if o.mode == Mode::Constant
                        && self.tt().is_untyped(o.ty)
                        && !self.tt().is_untyped(final_t)
                    {
                        let mut oc = o.clone();
                        self.convert_untyped(&mut oc, final_t);
                        if oc.is_invalid() {
                            return invalid;
                        }
                    } else if let Some(e) = o.expr {
                        self.update_expr_type(e, final_t, None);
                    }
                }
                x.expr = Some(call);
                x
            }
            // Handled above.
            Builtin::Add
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::Sizeof
            | Builtin::Slice
            | Builtin::SliceData
            | Builtin::String
            | Builtin::StringData => invalid,
        }
    }

    /// A `make` size argument: a non-negative integer; its constant value.
    fn size_arg(&mut self, a: &'f ast::Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.tt().is_untyped(x.ty) {
            self.convert_untyped(&mut x, BasicKind::Int.id());
            if x.is_invalid() {
                return None;
            }
        }
        if !self.tt().is_integer(x.ty) && !(x.mode == Mode::Constant && self.tt().is_untyped(x.ty))
        {
            let d = self.describe(&x);
            self.error(a.span, format!("cannot convert {d} to type int"));
            return None;
        }
        if x.mode == Mode::Constant {
            if let Some(Value::Int(i)) = &x.val {
                use num_traits::{Signed, ToPrimitive};
                if i.is_negative() {
                    let s = super::errors::expr_string(a);
                    self.error(a.span, format!("invalid argument: index {s} (constant of type int) must not be negative"));
                    return None;
                }
                return i.to_i64();
            }
        }
        None
    }
}

/// Whether `len(x)` of an array is not constant: x contains a function call or a
/// receive (go/types' `hasCallOrRecv`). Conversions (`[3]int(s)`) and builtin calls with
/// a constant result are not calls; their operands still count.
fn has_call_or_recv(info: &super::Info, e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { func, args, .. } => {
            let not_call = match info.expr(func.id).map(|tv| tv.mode) {
                Some(Mode::TypeExpr) => true,
                Some(Mode::Builtin(_)) => {
                    info.expr(e.id).is_some_and(|tv| tv.mode == Mode::Constant)
                }
                _ => false,
            };
            !not_call || args.iter().any(|x| has_call_or_recv(info, x))
        }
        ExprKind::Unary {
            op: ast::UnOp::Recv,
            ..
        } => true,
        ExprKind::Paren(x) | ExprKind::Star(x) => has_call_or_recv(info, x),
        ExprKind::Selector { x, .. } => has_call_or_recv(info, x),
        ExprKind::Index { x, index } => has_call_or_recv(info, x) || has_call_or_recv(info, index),
        ExprKind::Unary { x, .. } => has_call_or_recv(info, x),
        ExprKind::Binary { x, y, .. } => has_call_or_recv(info, x) || has_call_or_recv(info, y),
        ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| {
            el.key.iter().any(|k| has_call_or_recv(info, k)) || has_call_or_recv(info, &el.value)
        }),
        _ => false,
    }
}

/// Whether `len` (`is_len`) or `cap` applies to values of type `t`.
fn len_ok(tt: &super::typ::TypeTable, t: TypeId, is_len: bool) -> bool {
    match tt.under(t) {
        Type::Basic(k) => k.is_string() && is_len,
        Type::Array { .. } | Type::Slice(_) | Type::Chan { .. } => true,
        Type::Pointer(p) => matches!(tt.under(*p), Type::Array { .. }),
        Type::Map { .. } => is_len,
        _ => false,
    }
}
