//! Assignability and assignments (go/types' `assignments.go` and `operand.assignableTo`):
//! variable initialization, `=`, `:=`, `op=`, and the context strings of gc's
//! `cannot use x (...) as T value in <context>` messages.

use super::check::{Checker, Operand};
use super::info::Mode;
use super::object::{ObjId, ObjKind};
use super::typ::{BasicKind, Type, TypeId};
use crate::syntax::ast::{self, ExprKind};

impl<'f> Checker<'_, '_, 'f> {
    /// Whether `x` is assignable to `t` (spec: "Assignability"); the error is a cause
    /// to append after a colon (possibly empty).
    pub fn assignable_to(&mut self, x: &Operand<'f>, t: TypeId) -> Result<(), String> {
        let v = x.ty;
        let tt = self.tt();
        if tt.identical(v, t) || tt.is_invalid(v) || tt.is_invalid(t) {
            return Ok(());
        }
        // A type parameter without a core type (a placeholder standing for one, see
        // `instantiate.rs`) accepts only values of its own type.
        if self.g.placeholders.contains(&t) && tt.is_interface(t) {
            // ... and untyped values every type of its type set accepts.
            if tt.is_untyped(v) {
                if let Some(ts) = tt.tparam_terms(t).map(|ts| ts.to_vec()) {
                    if !ts.is_empty()
                        && ts.iter().all(|term| self.assignable_to(x, term.ty).is_ok())
                    {
                        return Ok(());
                    }
                }
            }
            return Err(String::new());
        }
        if tt.is_untyped(v) {
            if let Type::Basic(tk) = tt.under(t).clone() {
                if x.mode == Mode::Constant {
                    return match &x.val {
                        Some(val) => super::cv::representable(val, tk)
                            .map(|_| ())
                            .map_err(|_| String::new()),
                        None => Ok(()),
                    };
                }
                if tt.basic_kind(v) == Some(BasicKind::UntypedBool) {
                    return if tk.is_boolean() {
                        Ok(())
                    } else {
                        Err(String::new())
                    };
                }
            }
            return self
                .implicit_type(x, t)
                .map(|_| ())
                .map_err(|_| String::new());
        }
        let (vu, tu) = (tt.underlying(v), tt.underlying(t));
        if tt.identical(vu, tu) && (!tt.is_named(v) || !tt.is_named(t)) {
            return Ok(());
        }
        if tt.is_interface(t) {
            return self.implements(v, t);
        }
        if tt.is_interface(v) && !tt.is_interface(t) {
            // Could T implement V? Then a type assertion is needed.
            if self.missing_method(t, v, false).is_ok() {
                return Err("need type assertion".to_string());
            }
            return Err(String::new());
        }
        if let (
            Type::Chan {
                dir: ast::ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (tt.get(vu), tt.get(tu))
        {
            if tt.identical(*ve, *te) && (!tt.is_named(v) || !tt.is_named(t)) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// go/types' `assignment`: `x` is used as a value of type `t` in `context`.
    pub fn assignment(&mut self, x: &mut Operand<'f>, t: TypeId, context: &str) {
        match x.mode {
            Mode::Invalid => return,
            Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::CommaOk => {}
            _ => {
                let d = self.describe(x);
                let ts = self.ts(t);
                self.error(x.span(), format!("cannot assign {d} to {ts} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        let nil = BasicKind::UntypedNil.id();
        if self.tt().is_untyped(x.ty) {
            let mut target = t;
            if x.ty != nil && self.tt().is_interface(t) && !self.g.placeholders.contains(&t) {
                target = self.default_type(x.ty);
            }
            match self.implicit_type(x, target) {
                Ok((nt, v)) => {
                    if nt != x.ty {
                        x.ty = nt;
                        if x.mode == Mode::Constant {
                            x.val = v;
                        }
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, nt, x.val.clone());
                        }
                    }
                }
                Err(code) => {
                    let d = self.describe(x);
                    let ts = self.ts(target);
                    let mut msg = format!("cannot use {d} as {ts} value in {context}");
                    match code {
                        Some(super::cv::ReprError::Truncated) => msg.push_str(" (truncated)"),
                        Some(super::cv::ReprError::Overflows) => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(x.span(), msg);
                    x.mode = Mode::Invalid;
                    return;
                }
            }
        }
        if let Err(cause) = self.assignable_to(x, t) {
            let d = self.describe(x);
            let ts = self.ts(t);
            if cause.is_empty() {
                self.error(
                    x.span(),
                    format!("cannot use {d} as {ts} value in {context}"),
                );
            } else {
                self.error(
                    x.span(),
                    format!("cannot use {d} as {ts} value in {context}: {cause}"),
                );
            }
            x.mode = Mode::Invalid;
            return;
        }
        self.note_iface(x, t);
    }

    /// Records an implicit conversion of a concrete value to an interface.
    pub fn note_iface(&mut self, x: &Operand<'f>, t: TypeId) {
        if self.tt().is_interface(t)
            && !self.tt().is_interface(x.ty)
            && x.ty != BasicKind::UntypedNil.id()
        {
            if let Some(e) = x.expr {
                self.g.info.implicit_iface.insert(e.id, t);
            }
        }
    }

    /// Initializes variable `obj` (typed or not yet) with `x`.
    pub fn init_var(&mut self, obj: ObjId, x: &mut Operand<'f>, context: &str) {
        if x.is_invalid() {
            if self.tt().is_invalid(self.obj(obj).ty) {
                self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
            }
            return;
        }
        let mut t = self.obj(obj).ty;
        if self.tt().is_invalid(t) {
            // Infer the type from the initializer.
            t = x.ty;
            if self.tt().is_untyped(t) {
                if t == BasicKind::UntypedNil.id() {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
                    return;
                }
                t = self.default_type(t);
            }
            self.g.obj_mut(obj).ty = t;
        }
        self.assignment(x, t, context);
    }

    /// `a, b = f()` style initialization of several variables from one or several
    /// expressions (go/types' `initVars`); `ret` is the return statement's position for
    /// return-count messages.
    pub fn init_vars(&mut self, lhs: &[ObjId], rhs: &'f [ast::Expr], _ret: Option<()>) {
        let (nl, nr) = (lhs.len(), rhs.len());
        if nl == nr && !(nr == 1 && is_call(&rhs[0])) {
            for (o, e) in lhs.iter().zip(rhs) {
                let mut x = self.expr(e);
                self.init_var(*o, &mut x, "assignment");
            }
            return;
        }
        if nr == 1 {
            let xs = self.multi_expr(&rhs[0]);
            if xs.len() == 1 && xs[0].is_invalid() {
                for &o in lhs {
                    if self.tt().is_invalid(self.obj(o).ty) {
                        self.g.obj_mut(o).ty = BasicKind::Invalid.id();
                    }
                }
                return;
            }
            // `v, ok` forms.
            if nl == 2 && xs.len() == 1 && matches!(xs[0].mode, Mode::CommaOk | Mode::MapIndex) {
                let mut x = xs[0].clone();
                self.init_var(lhs[0], &mut x, "multiple assignment");
                let mut ok = Operand {
                    mode: Mode::Value,
                    ty: BasicKind::UntypedBool.id(),
                    val: None,
                    expr: Some(&rhs[0]),
                    nth: Some(super::errors::COMMA_OK_VALUE),
                };
                self.init_var(lhs[1], &mut ok, "multiple assignment");
                self.record_comma_ok(&rhs[0], x.ty);
                return;
            }
            if xs.len() == nl {
                for (o, x) in lhs.iter().zip(xs) {
                    let mut x = x;
                    self.init_var(*o, &mut x, "multiple assignment");
                }
                return;
            }
            self.assign_error(rhs, nl, xs.len());
        } else {
            for e in rhs {
                self.expr(e);
            }
            self.assign_error(rhs, nl, nr);
        }
        for &o in lhs {
            if self.tt().is_invalid(self.obj(o).ty) {
                self.g.obj_mut(o).ty = BasicKind::Invalid.id();
            }
        }
    }

    /// Records a comma-ok expression's type as the tuple `(T, bool)`.
    pub fn record_comma_ok(&mut self, e: &'f ast::Expr, t: TypeId) {
        let tup = self.types().tuple(vec![t, BasicKind::Bool.id()]);
        let mut e = e;
        loop {
            if let Some(rec) = self.g.info.expr_mut(e.id) {
                rec.ty = tup;
                rec.mode = Mode::CommaOk;
            }
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                _ => break,
            }
        }
    }

    /// Checks the left side of an assignment; returns its type (`None` for `_`).
    pub fn lhs_var(&mut self, e: &'f ast::Expr) -> Option<TypeId> {
        let mut inner = e;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        if let ExprKind::Ident(id) = &inner.kind {
            if id.is_blank() {
                self.g.info.defs.remove(&id.id);
                self.record(e, Mode::Variable, BasicKind::Invalid.id(), None);
                return None;
            }
            // An assignment is not a use of a local variable.
            if let Some((_, obj)) = self.g.info.scopes.lookup(self.scope, &id.name) {
                if let ObjKind::Var(_) = self.obj(obj).kind {
                    let was_used = self.is_used(obj);
                    let x = self.expr(e);
                    if !was_used && self.var_owner.contains_key(&obj) {
                        self.g.used.remove(&obj);
                    }
                    if x.is_invalid() {
                        return Some(BasicKind::Invalid.id());
                    }
                    return Some(x.ty);
                }
            }
        }
        let x = self.expr(e);
        match x.mode {
            Mode::Invalid => Some(BasicKind::Invalid.id()),
            Mode::Variable | Mode::MapIndex => Some(x.ty),
            _ => {
                self.not_assignable(e);
                Some(BasicKind::Invalid.id())
            }
        }
    }

    /// Assigns `x` to the lhs expression `e` (of type `t`, or `_`).
    fn assign_to(&mut self, t: Option<TypeId>, x: &mut Operand<'f>, context: &str) {
        match t {
            None => {
                // `_ = x`: any typed or non-nil value.
                if x.is_invalid() {
                    return;
                }
                if x.ty == BasicKind::UntypedNil.id() {
                    self.error(x.span(), "use of untyped nil in assignment");
                    return;
                }
                if self.tt().is_untyped(x.ty) {
                    let d = self.default_type(x.ty);
                    self.assignment(x, d, "assignment to _ identifier");
                }
            }
            Some(t) => {
                if self.tt().is_invalid(t) {
                    return;
                }
                self.assignment(x, t, context);
            }
        }
    }

    /// `lhs = rhs` (go/types' `assignVars`).
    pub fn assign_vars(&mut self, lhs: &'f [ast::Expr], rhs: &'f [ast::Expr]) {
        let (nl, nr) = (lhs.len(), rhs.len());
        let lts: Vec<Option<TypeId>> = lhs.iter().map(|e| self.lhs_var(e)).collect();
        let ctx = if nl > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        if nl == nr && !(nr == 1 && is_call(&rhs[0])) {
            for (t, e) in lts.into_iter().zip(rhs) {
                let mut x = self.expr(e);
                self.assign_to(t, &mut x, ctx);
            }
            return;
        }
        if nr == 1 {
            let xs = self.multi_expr(&rhs[0]);
            if xs.len() == 1 && xs[0].is_invalid() {
                return;
            }
            if nl == 2 && xs.len() == 1 && matches!(xs[0].mode, Mode::CommaOk | Mode::MapIndex) {
                let mut x = xs[0].clone();
                self.assign_to(lts[0], &mut x, ctx);
                let mut ok = Operand {
                    mode: Mode::Value,
                    ty: BasicKind::UntypedBool.id(),
                    val: None,
                    expr: Some(&rhs[0]),
                    nth: Some(super::errors::COMMA_OK_VALUE),
                };
                self.assign_to(lts[1], &mut ok, ctx);
                self.record_comma_ok(&rhs[0], x.ty);
                return;
            }
            if xs.len() == nl {
                for (t, x) in lts.into_iter().zip(xs) {
                    let mut x = x;
                    self.assign_to(t, &mut x, ctx);
                }
                return;
            }
            self.assign_error(rhs, nl, xs.len());
            return;
        }
        for e in rhs {
            self.expr(e);
        }
        self.assign_error(rhs, nl, nr);
    }

    /// `lhs := rhs` (go/types' `shortVarDecl`).
    pub fn short_var_decl(
        &mut self,
        op_span: crate::source::Span,
        lhs: &'f [ast::Expr],
        rhs: &'f [ast::Expr],
    ) {
        let scope = self.scope;
        let mut objs = Vec::new();
        let mut new_vars = Vec::new();
        let mut any_new = false;
        let mut seen: Vec<&str> = Vec::new();
        for e in lhs {
            let ExprKind::Ident(id) = &e.kind else {
                self.expr(e);
                let s = super::errors::expr_string(e);
                self.error(e.span, format!("non-name {s} on left side of :="));
                objs.push(None);
                continue;
            };
            if !id.is_blank() && seen.contains(&id.name.as_str()) {
                self.error(id.span, format!("{} repeated on left side of :=", id.name));
                objs.push(None);
                continue;
            }
            seen.push(&id.name);
            if let Some(old) = self.g.info.scopes.lookup_local(scope, &id.name) {
                self.record_use(id, old);
                if self.obj(old).is_var() {
                    objs.push(Some((old, false)));
                } else {
                    self.error(id.span, format!("cannot assign to {}", id.name));
                    objs.push(None);
                }
                continue;
            }
            let obj = self.declare_local_var(id, BasicKind::Invalid.id());
            if !id.is_blank() {
                any_new = true;
            }
            new_vars.push((id, obj));
            objs.push(Some((obj, true)));
        }
        if !any_new && objs.iter().all(|o| o.is_some()) {
            self.error(op_span, "no new variables on left side of :=");
        }
        // Check the rhs with the new variables not yet in scope.
        let lhs_objs: Vec<ObjId> = objs
            .iter()
            .map(|o| match o {
                Some((obj, _)) => *obj,
                None => {
                    let dummy = self.new_obj(
                        "_",
                        ObjKind::Var(super::object::VarKind::Local),
                        BasicKind::Invalid.id(),
                        op_span,
                        None,
                    );
                    self.g.used.insert(dummy);
                    dummy
                }
            })
            .collect();
        // Existing variables keep their type: initialize through assignment.
        let olds: Vec<(ObjId, bool)> = lhs_objs.iter().map(|&o| (o, self.is_used(o))).collect();
        self.init_vars(&lhs_objs, rhs, None);
        for (o, was_used) in olds {
            if !was_used
                && self.var_owner.contains_key(&o)
                && !new_vars.iter().any(|(_, n)| *n == o)
            {
                // Redeclared (reused) variables are assigned, not used.
                self.g.used.remove(&o);
            }
        }
        for (id, obj) in new_vars {
            if !id.is_blank() {
                self.g.info.scopes.insert(scope, &id.name, obj);
            }
        }
    }

    /// `x op= y` and `x++`.
    pub fn assign_op(&mut self, lhs: &'f ast::Expr, op: ast::BinOp, rhs: Option<&'f ast::Expr>) {
        let mut x = self.expr(lhs);
        let mut y = match rhs {
            Some(r) => self.expr(r),
            None => Operand {
                mode: Mode::Constant,
                ty: BasicKind::UntypedInt.id(),
                val: Some(super::cv::Value::Int(1.into())),
                expr: None,
                nth: None,
            },
        };
        if x.is_invalid() || y.is_invalid() {
            return;
        }
        if rhs.is_none() && !self.tt().is_numeric(x.ty) {
            let d = self.describe(&x);
            let opn = if op == ast::BinOp::Add { "++" } else { "--" };
            self.error(
                lhs.span,
                format!(
                    "invalid operation: {}{opn} (non-numeric type {})",
                    super::errors::expr_string(lhs),
                    self.ts(x.ty)
                ),
            );
            let _ = d;
            return;
        }
        let r = self.binary_operands(lhs, op, &mut x, &mut y, true);
        if r.is_invalid() {
            return;
        }
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            self.not_assignable(lhs);
        }
    }

    /// `cannot assign to e (neither addressable nor a map index expression)`, or the
    /// struct-field-in-map form.
    fn not_assignable(&mut self, e: &'f ast::Expr) {
        let mut inner = e;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        if let ExprKind::Selector { x: sx, .. } = &inner.kind {
            if let Some(rec) = self.g.info.expr(sx.id) {
                if rec.mode == Mode::MapIndex {
                    let s = super::errors::expr_string(e);
                    self.error(e.span, format!("cannot assign to struct field {s} in map"));
                    return;
                }
            }
        }
        let s = super::errors::expr_string(e);
        self.error(
            e.span,
            format!("cannot assign to {s} (neither addressable nor a map index expression)"),
        );
    }
}

/// A call, possibly parenthesized (its results may be several values).
fn is_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_call(x),
        ExprKind::Call { .. } => true,
        _ => false,
    }
}
