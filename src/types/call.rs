//! Calls (go/types' `call.go`): function and method calls with argument passing
//! (variadic, `f(g())` spreading, `xs...`), and conversions `T(x)`
//! (go/types' `conversions.go`).

use super::check::{Checker, Operand};
use super::cv as constant;
use super::info::Mode;
use super::typ::{BasicKind, Signature, Type, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind};

impl<'f> Checker<'_, '_, 'f> {
    /// For a call of a generic function (`F(x)`, `pkg.F(x)`, `F[int](x)` with type
    /// arguments missing): evaluates the arguments (left in `pending_args`), infers the
    /// type arguments and returns the instance as the callee. `None` if `func` is not
    /// generic or fully instantiated; `Some(Err)` after an error.
    fn generic_callee(
        &mut self,
        func: &'f ast::Expr,
        args: &'f [ast::Expr],
        ellipsis: Option<Span>,
    ) -> Option<Result<Operand<'f>, ()>> {
        let (base, indices): (&'f ast::Expr, &'f [ast::Expr]) = match &func.kind {
            ExprKind::Index { x, index } => (x, std::slice::from_ref(&**index)),
            ExprKind::IndexList { x, indices } => (x, indices),
            _ => (func, &[]),
        };
        let gobj = self.generic_obj(base)?;
        if self.is_generic_type(gobj) || indices.len() >= self.generic_arity(gobj) {
            return None;
        }
        let explicit: Vec<TypeId> = indices.iter().map(|i| self.var_type(i)).collect();
        let (mut argv, deferred) = self.call_args_deferring(args);
        let fname = super::errors::expr_string(base);
        let at = Span::new(func.span.hi, func.span.hi + 1);
        let Some(targs) = self.infer(gobj, &fname, &explicit, &argv, ellipsis.is_some(), at) else {
            return Some(Err(()));
        };
        let spans = vec![at; targs.len()];
        let Some(super::instantiate::Inst::Func(inst)) = self.instantiate(gobj, &targs, &spans)
        else {
            return Some(Err(()));
        };
        self.record_func_inst(func, inst);
        let sig = self.obj(inst).ty;
        if let Some(s) = self.tt().signature(sig).cloned() {
            self.resolve_generic_args(&s, &mut argv, &deferred, ellipsis.is_some());
        }
        self.pending_args = Some(argv);
        Some(Ok(Operand {
            mode: Mode::Value,
            ty: sig,
            val: None,
            expr: Some(func),
            nth: None,
        }))
    }

    pub fn call(&mut self, e: &'f ast::Expr) -> Operand<'f> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            rparen,
        } = &e.kind
        else {
            return Operand::invalid(Some(e));
        };
        let invalid = Operand::invalid(Some(e));
        let x = match self.generic_callee(func, args, *ellipsis) {
            Some(Ok(x)) => x,
            // An error was reported.
            Some(Err(())) => return invalid,
            None => self.expr_or_type(func),
        };
        if let (Some(sig), Some(argv)) = (
            self.tt().signature(x.ty).cloned(),
            self.pending_args.take().filter(|_| x.mode == Mode::Value),
        ) {
            let fname = super::errors::expr_string(func);
            self.arguments(e, &fname, &sig, argv, args, *ellipsis, *rparen);
            return self.call_result(e, &sig);
        }
        match x.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                return invalid;
            }
            Mode::TypeExpr => return self.conversion_call(e, x.ty, args, *ellipsis),
            Mode::Builtin(b) => return self.builtin(e, b, args, *ellipsis),
            _ => {}
        }
        let Some(sig) = self.tt().signature(x.ty).cloned() else {
            let d = self.describe(&x);
            let ts = self.ts(x.ty);
            let ts = if self.tt().is_untyped(x.ty) {
                self.tt()
                    .basic_kind(x.ty)
                    .map(|k| k.name().to_string())
                    .unwrap_or_default()
            } else {
                ts
            };
            self.error(
                e.span,
                format!("invalid operation: cannot call {d}: {ts} is not a function"),
            );
            let _ = ts;
            for a in args {
                self.raw_expr(a, None);
            }
            return invalid;
        };
        let (mut argv, deferred) = self.call_args_deferring(args);
        self.resolve_generic_args(&sig, &mut argv, &deferred, ellipsis.is_some());
        let fname = super::errors::expr_string(func);
        self.arguments(e, &fname, &sig, argv, args, *ellipsis, *rparen);
        self.call_result(e, &sig)
    }

    /// The operand of a call of a function with signature `sig`.
    fn call_result(&mut self, e: &'f ast::Expr, sig: &Signature) -> Operand<'f> {
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: self.tt().empty_tuple,
                val: None,
                expr: Some(e),
                nth: None,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: sig.results[0],
                val: None,
                expr: Some(e),
                nth: None,
            },
            _ => {
                let t = self.types().tuple(sig.results.clone());
                Operand {
                    mode: Mode::Value,
                    ty: t,
                    val: None,
                    expr: Some(e),
                    nth: None,
                }
            }
        }
    }

    /// Evaluates call arguments; a single multi-value call is spread.
    pub fn call_args(&mut self, args: &'f [ast::Expr]) -> Vec<Operand<'f>> {
        if args.len() == 1 {
            // Spread results are described by the call itself here (gc).
            let mut xs = self.multi_expr(&args[0]);
            for x in &mut xs {
                x.nth = None;
            }
            return xs;
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// go/types' `typesSummary`.
    pub fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let n = list.len();
        let parts: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let mut s = if self.tt().is_invalid(t) {
                    "unknown type".to_string()
                } else if self.tt().is_untyped(t) {
                    if self.tt().is_numeric(t) {
                        "number".to_string()
                    } else {
                        self.ts(t).replace("untyped ", "")
                    }
                } else {
                    self.ts(t)
                };
                if variadic && i + 1 == n {
                    s = format!("...{}", s.strip_prefix("[]").unwrap_or(&s));
                }
                if has_dots && i + 1 == n {
                    s.push_str("...");
                }
                s
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    #[allow(clippy::too_many_arguments)]
    fn arguments(
        &mut self,
        call: &'f ast::Expr,
        fname: &str,
        sig: &Signature,
        mut argv: Vec<Operand<'f>>,
        args: &'f [ast::Expr],
        ellipsis: Option<Span>,
        _rparen: Span,
    ) {
        if argv.iter().any(|a| a.is_invalid()) {
            return;
        }
        let nargs = argv.len();
        let ddd = ellipsis.is_some();
        let mut params = sig.params.clone();
        if ddd {
            if !sig.variadic {
                if let Some(sp) = ellipsis {
                    self.error(
                        sp,
                        format!("cannot use ... in call to non-variadic {fname}"),
                    );
                    let _ = call;
                }
                return;
            }
            if args.len() == 1 && nargs > 1 {
                self.error(
                    args[0].span,
                    format!(
                        "cannot use ... with {nargs}-valued {}",
                        super::errors::expr_string(&args[0])
                    ),
                );
                return;
            }
        } else if sig.variadic && nargs + 1 >= params.len() {
            let last = params.pop().unwrap_or(BasicKind::Invalid.id());
            let elem = self.tt().elem(last).unwrap_or(BasicKind::Invalid.id());
            while params.len() < nargs {
                params.push(elem);
            }
        }
        let npars = params.len();
        if nargs != npars {
            let (qual, at) = if nargs > npars {
                ("too many", argv[npars].span())
            } else if nargs > 0 {
                ("not enough", argv[nargs - 1].span())
            } else {
                ("not enough", call.span)
            };
            let have: Vec<TypeId> = argv.iter().map(|a| a.ty).collect();
            let h = self.types_summary(&have, false, ddd);
            let w = self.types_summary(&sig.params, sig.variadic, false);
            self.error(
                at,
                format!("{qual} arguments in call to {fname}\n\thave {h}\n\twant {w}"),
            );
            return;
        }
        let context = format!("argument to {fname}");
        for (a, &p) in argv.iter_mut().zip(&params) {
            self.assignment(a, p, &context);
        }
    }

    // --- conversions ------------------------------------------------------------------

    fn conversion_call(
        &mut self,
        e: &'f ast::Expr,
        t: TypeId,
        args: &'f [ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let ts = self.ts(t);
        match args.len() {
            0 => {
                self.error(e.span, format!("missing argument in conversion to {ts}"));
                return invalid;
            }
            1 => {}
            _ => {
                for a in args {
                    self.expr(a);
                }
                self.error(
                    args[args.len() - 1].span,
                    format!("too many arguments in conversion to {ts}"),
                );
                return invalid;
            }
        }
        if let Some(sp) = ellipsis {
            self.expr(&args[0]);
            self.error(sp, format!("invalid use of ... in conversion to {ts}"));
            return invalid;
        }
        let mut x = self.expr(&args[0]);
        if x.is_invalid() {
            return invalid;
        }
        let from = x.ty;
        self.conversion(&mut x, t);
        if x.is_invalid() {
            return invalid;
        }
        // What the VM can do with unsafe.Pointer (`unsafe_pkg.rs`).
        self.check_unsafe_conversion(e, &args[0], from, t);
        x.expr = Some(e);
        x
    }

    /// go/types' `conversion`: `x` becomes a value (or constant) of type `t`.
    pub fn conversion(&mut self, x: &mut Operand<'f>, t: TypeId) {
        let const_arg = x.mode == Mode::Constant;
        let tt = self.tt();
        let t_const = tt.is_const_type(t);
        let mut ok;
        if const_arg && t_const {
            let tk = tt.basic_kind(t).unwrap_or(BasicKind::Invalid);
            let v = x.val.clone();
            ok = false;
            if let Some(v) = v {
                if tt.is_integer(x.ty) && tk.is_string() {
                    // string(rune constant)
                    x.val = Some(super::constant::string_from_rune(&v));
                    ok = true;
                } else if tt.is_numeric(x.ty) && tk.is_numeric()
                    || tt.is_string(x.ty) && tk.is_string()
                    || tt.is_boolean(x.ty) && tk.is_boolean()
                {
                    // Integer constants converting to integers can only overflow;
                    // floats to integers must be exact.
                    let conv = if tk.is_integer() {
                        if self.tt().is_integer(x.ty) || self.tt().is_untyped(x.ty) {
                            constant::representable(&v, tk)
                        } else {
                            // typed float constant → integer: truncation is an error.
                            constant::representable(&v, tk)
                        }
                    } else if tk.is_float() {
                        constant::representable(&v, tk)
                    } else {
                        constant::representable(&v, tk)
                    };
                    match conv {
                        Ok(nv) => {
                            x.val = Some(nv);
                            ok = true;
                        }
                        Err(err) => {
                            if self.tt().is_integer(x.ty) && tk.is_integer() {
                                let vs = v.to_string();
                                let ts = self.ts(t);
                                self.error(x.span(), format!("constant {vs} overflows {ts}"));
                                x.mode = Mode::Invalid;
                                return;
                            }
                            let d = self.describe(x);
                            let ts = self.ts(t);
                            let why = match err {
                                constant::ReprError::Truncated => " (truncated)",
                                _ => "",
                            };
                            self.error(x.span(), format!("cannot convert {d} to type {ts}{why}"));
                            x.mode = Mode::Invalid;
                            return;
                        }
                    }
                }
            }
            if !ok && !self.convertible_to(x, t) {
                ok = false;
            } else if !ok {
                ok = true;
                x.mode = Mode::Value;
                x.val = None;
            }
        } else {
            ok = self.convertible_to(x, t);
            if ok {
                x.mode = Mode::Value;
                x.val = None;
            }
        }
        if !ok {
            let cause = self.tparam_conversion_cause(x, t);
            if const_arg && self.g.placeholders.contains(&t) {
                // go/types describes the operand as a value once the target is a type
                // parameter.
                x.mode = Mode::Value;
            }
            let d = self.describe(x);
            let ts = self.ts(t);
            self.error(x.span(), format!("cannot convert {d} to type {ts}{cause}"));
            x.mode = Mode::Invalid;
            return;
        }
        if self.tt().is_untyped(x.ty) {
            let mut fin = t;
            if x.ty == BasicKind::UntypedNil.id() {
            } else if self.tt().is_interface(t) || (const_arg && !t_const) {
                fin = self.default_type(x.ty);
            } else if const_arg && self.tt().is_integer(x.ty) && self.tt().is_string(t) {
                fin = x.ty;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin, None);
            }
        }
        if self.tt().is_interface(t)
            && !self.tt().is_interface(x.ty)
            && x.ty != BasicKind::UntypedNil.id()
        {
            let mut y = x.clone();
            y.ty = self.default_type(x.ty);
            self.note_iface(&y, t);
        }
        x.ty = t;
    }

    /// Whether `x` converts to `t`, one type of a type parameter's type set: a
    /// numeric constant must be representable in it.
    fn convertible_term(&mut self, x: &Operand<'f>, t: TypeId) -> bool {
        if let (Mode::Constant, Some(v), Some(tk)) = (x.mode, &x.val, self.tt().basic_kind(t)) {
            if tk.is_numeric() && self.tt().is_numeric(x.ty) {
                return constant::representable(v, tk).is_ok();
            }
        }
        self.convertible_to(x, t)
    }

    /// Why a conversion from or to a type parameter fails: the first type of its type
    /// set that does not convert (go/types' `convertibleTo` cause), or "".
    fn tparam_conversion_cause(&mut self, x: &Operand<'f>, t: TypeId) -> String {
        if self.g.placeholders.contains(&x.ty) {
            if let Some(ts) = self.tt().tparam_terms(x.ty).map(|ts| ts.to_vec()) {
                for term in ts {
                    let mut y = x.clone();
                    y.ty = term.ty;
                    y.mode = Mode::Value;
                    if !self.convertible_to(&y, t) {
                        let (a, p, b) = (self.ts(term.ty), self.ts(x.ty), self.ts(t));
                        return format!(": cannot convert {a} (in {p}) to type {b}");
                    }
                }
            }
        }
        if self.g.placeholders.contains(&t) {
            if let Some(ts) = self.tt().tparam_terms(t).map(|ts| ts.to_vec()) {
                for term in ts {
                    if !self.convertible_term(x, term.ty) {
                        let a = if x.mode == Mode::Constant {
                            self.describe(x)
                        } else {
                            self.ts(x.ty)
                        };
                        let (p, b) = (self.ts(t), self.ts(term.ty));
                        return format!(": cannot convert {a} to type {b} (in {p})");
                    }
                }
            }
        }
        String::new()
    }

    /// Spec: "Conversions" (non-constant).
    pub fn convertible_to(&mut self, x: &Operand<'f>, t: TypeId) -> bool {
        if self.assignable_to(x, t).is_ok() {
            return true;
        }
        // Type parameters: every type of the type set(s) must convert (go/types'
        // `convertibleTo`).
        if let Some(ts) = self.tt().tparam_terms(x.ty).map(|ts| ts.to_vec()) {
            if !self.g.placeholders.contains(&x.ty) {
                return false;
            }
            return !ts.is_empty()
                && ts.iter().all(|term| {
                    let mut y = x.clone();
                    y.ty = term.ty;
                    y.mode = Mode::Value;
                    self.convertible_to(&y, t)
                });
        }
        if let Some(ts) = self.tt().tparam_terms(t).map(|ts| ts.to_vec()) {
            if !self.g.placeholders.contains(&t) {
                return false;
            }
            return !ts.is_empty() && ts.iter().all(|term| self.convertible_term(x, term.ty));
        }
        let v = x.ty;
        let tt = self.tt();
        let (vu, tu) = (tt.underlying(v), tt.underlying(t));
        if identical_ignore_tags(tt, vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (tt.get(v), tt.get(t)) {
            if identical_ignore_tags(tt, tt.underlying(*a), tt.underlying(*b)) {
                return true;
            }
        }
        // Spec: a pointer or uintptr converts to unsafe.Pointer, and back.
        let unsafe_ptr = |t: TypeId| matches!(tt.under(t), Type::Basic(BasicKind::UnsafePointer));
        let ptr_or_uintptr = |t: TypeId| {
            matches!(
                tt.under(t),
                Type::Pointer(_) | Type::Basic(BasicKind::Uintptr)
            )
        };
        if (ptr_or_uintptr(v) && unsafe_ptr(t)) || (unsafe_ptr(v) && ptr_or_uintptr(t)) {
            return true;
        }
        let vnum = tt.is_integer(v) || tt.is_float(v);
        let tnum = tt.is_integer(t) || tt.is_float(t);
        if vnum && tnum {
            return true;
        }
        if tt.is_complex(v) && tt.is_complex(t) {
            return true;
        }
        let is_bytes_or_runes = |tt: &super::typ::TypeTable, s: TypeId| match tt.under(s) {
            Type::Slice(e) => matches!(
                tt.basic_kind(*e),
                Some(BasicKind::Uint8) | Some(BasicKind::Int32)
            ),
            _ => false,
        };
        if tt.is_string(t) && (tt.is_integer(v) || is_bytes_or_runes(tt, v)) {
            return true;
        }
        if tt.is_string(v) && is_bytes_or_runes(tt, t) {
            return true;
        }
        // slice → array or pointer to array
        if let Type::Slice(se) = tt.get(vu) {
            match tt.get(tu) {
                Type::Array { elem, .. } if tt.identical(*se, *elem) => return true,
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = tt.under(*p) {
                        if tt.identical(*se, *elem) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }
}

fn identical_ignore_tags(tt: &super::typ::TypeTable, a: TypeId, b: TypeId) -> bool {
    if tt.identical(a, b) {
        return true;
    }
    match (tt.get(a), tt.get(b)) {
        (Type::Struct { fields: fa }, Type::Struct { fields: fb }) => {
            fa.len() == fb.len()
                && fa.iter().zip(fb).all(|(x, y)| {
                    x.name == y.name && x.embedded == y.embedded && tt.identical(x.ty, y.ty)
                })
        }
        _ => false,
    }
}
