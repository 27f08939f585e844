//! Switch statements (go/types' `switchStmt` and `typeSwitchStmt`): case values
//! compared with the tag (duplicate constants reported), type switch cases checked for
//! possibility, and the per-clause variable of `switch v := x.(type)`.

use super::check::{Checker, Operand};
use super::info::Mode;
use super::object::{ObjKind, VarKind};
use super::stmt::Ctx;
use super::typ::{BasicKind, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind};

impl<'f> Checker<'_, '_, 'f> {
    pub(crate) fn switch_stmt(
        &mut self,
        init: Option<&'f ast::Stmt>,
        tag: Option<&'f ast::Expr>,
        body: &'f [ast::CaseClause],
        ctx: Ctx,
    ) {
        let outer = self.scope;
        self.open_scope();
        self.simple_stmt(init);
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                if !x.is_invalid() {
                    let dt = self.default_type(x.ty);
                    if self.tt().is_untyped(x.ty) {
                        if x.ty == BasicKind::UntypedNil.id() {
                            self.error(t.span, "use of untyped nil in switch expression");
                            x.mode = Mode::Invalid;
                        } else {
                            self.assignment(&mut x, dt, "switch expression");
                        }
                    }
                    if !x.is_invalid() && !self.tt().comparable(x.ty) && !self.tt().has_nil(x.ty) {
                        let d = self.describe(&x);
                        self.error(t.span, format!("cannot switch on {d}"));
                        x.mode = Mode::Invalid;
                    }
                }
                Some(x)
            }
            None => None,
        };
        let mut seen_default: Option<Span> = None;
        let mut seen: Vec<(super::cv::Value, TypeId, Span)> = Vec::new();
        let n = body.len();
        for (i, cc) in body.iter().enumerate() {
            match &cc.exprs {
                None => {
                    if let Some(first) = seen_default {
                        self.error(
                            cc.span,
                            format!("multiple defaults (first at {})", self.pos_string(first)),
                        );
                    }
                    seen_default = Some(cc.span);
                }
                Some(exprs) => {
                    for ce in exprs {
                        self.case_value(ce, x.as_mut(), &mut seen);
                    }
                }
            }
            let outer2 = self.scope;
            self.open_scope();
            let ctx2 = Ctx {
                break_ok: true,
                fallthrough_ok: i + 1 < n,
                final_switch_case: i + 1 == n,
                ..ctx
            };
            self.stmt_list(&cc.body, ctx2);
            self.close_scope(outer2);
        }
        self.close_scope(outer);
    }

    fn case_value(
        &mut self,
        ce: &'f ast::Expr,
        tag: Option<&mut Operand<'f>>,
        seen: &mut Vec<(super::cv::Value, TypeId, Span)>,
    ) {
        let mut y = self.expr(ce);
        let Some(tag) = tag else {
            // `switch { case cond: }`: the case must be a boolean.
            if y.is_invalid() {
                return;
            }
            let mut t = Operand {
                mode: Mode::Constant,
                ty: BasicKind::Bool.id(),
                val: Some(super::cv::Value::Bool(true)),
                expr: None,
                nth: None,
            };
            if self.tt().is_untyped(y.ty) {
                self.convert_untyped(&mut y, BasicKind::Bool.id());
            }
            if y.is_invalid() {
                return;
            }
            if !self.tt().is_boolean(y.ty) {
                let s = super::errors::expr_string(ce);
                let ts = self.ts(y.ty);
                self.error(
                    ce.span,
                    format!("invalid case {s} in switch on true (mismatched types {ts} and bool)"),
                );
            }
            let _ = &mut t;
            return;
        };
        if y.is_invalid() || tag.is_invalid() {
            return;
        }
        let mut t2 = tag.clone();
        let r = {
            let (mut yy, mut tt2) = (y.clone(), t2.clone());
            self.match_case(ce, &mut yy, &mut tt2)
        };
        t2.mode = tag.mode;
        if r.is_invalid() {
            return;
        }
        // Duplicate constant cases.
        if let Some(v) = self.g.info.value_of(ce.id).cloned() {
            let ty = self.g.info.type_of(ce.id);
            if let Some((_, _, prev)) = seen
                .iter()
                .find(|(pv, pt, _)| *pv == v && self.tt().identical(*pt, ty))
            {
                let yy = Operand {
                    mode: Mode::Constant,
                    ty,
                    val: Some(v.clone()),
                    expr: Some(ce),
                    nth: None,
                };
                let s = self.describe(&yy);
                let p = self.pos_string(*prev);
                self.error(
                    ce.span,
                    format!("duplicate case {s} in expression switch\n\t{p}: previous case"),
                );
            } else {
                seen.push((v, ty, ce.span));
            }
        }
    }

    /// `case y:` against tag `x`: the comparison `y == x` (go/types' `caseValues`).
    fn match_case(
        &mut self,
        ce: &'f ast::Expr,
        y: &mut Operand<'f>,
        x: &mut Operand<'f>,
    ) -> Operand<'f> {
        // Convert the case value to the tag's type (not `nil`: it stays nil for the
        // comparison).
        let nil = BasicKind::UntypedNil.id();
        if y.ty == nil && x.ty != nil {
            self.update_expr_type(ce, x.ty, None);
        } else if self.tt().is_untyped(y.ty) {
            self.convert_untyped(y, x.ty);
            if y.is_invalid() {
                return Operand::invalid(Some(ce));
            }
        }
        self.comparison(ce, ast::BinOp::Eql, y, x, Some(()))
    }

    pub(crate) fn type_switch(
        &mut self,
        init: Option<&'f ast::Stmt>,
        bind: Option<&'f ast::Ident>,
        xe: &'f ast::Expr,
        body: &'f [ast::CaseClause],
        ctx: Ctx,
    ) {
        let outer = self.scope;
        self.open_scope();
        self.simple_stmt(init);
        if let Some(b) = bind {
            if b.is_blank() {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        let x = self.expr(xe);
        let valid = !x.is_invalid();
        if valid && !self.tt().is_interface(x.ty) {
            let d = self.describe(&x);
            self.error(xe.span, format!("{d} is not an interface"));
        }
        let valid = valid && self.tt().is_interface(x.ty);
        let mut bind_objs = Vec::new();
        let mut seen_default: Option<Span> = None;
        let mut seen: Vec<(TypeId, Span)> = Vec::new();
        for cc in body {
            let mut single: Option<TypeId> = None;
            match &cc.exprs {
                None => {
                    if let Some(first) = seen_default {
                        self.error(
                            cc.span,
                            format!("multiple defaults (first at {})", self.pos_string(first)),
                        );
                    }
                    seen_default = Some(cc.span);
                }
                Some(exprs) => {
                    for te in exprs {
                        let t = self.case_type(te, valid.then_some(&x), &mut seen);
                        if exprs.len() == 1 {
                            // An invalid case type gives the variable an invalid type
                            // (no follow-on errors).
                            single = Some(t.unwrap_or(BasicKind::Invalid.id()));
                        }
                    }
                }
            }
            let outer2 = self.scope;
            self.open_scope();
            if let Some(b) = bind {
                if !b.is_blank() {
                    let t = match single {
                        Some(t) if t != BasicKind::UntypedNil.id() => t,
                        _ => x.ty,
                    };

                    let obj = self.new_obj(
                        &b.name,
                        ObjKind::Var(VarKind::Local),
                        t,
                        b.span,
                        Some(self.scope),
                    );
                    if let Some(f) = self.funcs.last_mut() {
                        f.info.locals.push(obj);
                        let depth = self.funcs.len() - 1;
                        self.var_owner.insert(obj, depth);
                    }
                    // Not an unused-variable candidate on its own: reported once below.
                    self.g.info.implicits.insert(cc.span.lo, obj);
                    self.g.info.switch_vars.insert((b.id, cc.span.lo), obj);
                    let s = self.scope;
                    self.g.info.scopes.insert(s, &b.name, obj);
                    bind_objs.push(obj);
                }
            }
            let ctx2 = Ctx {
                break_ok: true,
                in_type_switch: true,
                ..ctx
            };
            self.stmt_list(&cc.body, ctx2);
            self.close_scope(outer2);
        }
        if let Some(b) = bind {
            if !b.is_blank() {
                let used = bind_objs.iter().any(|&o| self.is_used(o));
                // One report for the symbolic variable, none per clause.
                for &o in &bind_objs {
                    self.g.used.insert(o);
                }
                if !used && valid {
                    self.error(b.span, format!("{} declared and not used", b.name));
                }
                let obj = self.new_obj(&b.name, ObjKind::Var(VarKind::Local), x.ty, b.span, None);
                self.record_def(b, obj);
                self.g.used.insert(obj);
            }
        }
        self.close_scope(outer);
    }

    fn case_type(
        &mut self,
        te: &'f ast::Expr,
        x: Option<&Operand<'f>>,
        seen: &mut Vec<(TypeId, Span)>,
    ) -> Option<TypeId> {
        let t = if let ExprKind::Ident(id) = &te.kind {
            if id.name == "nil"
                && self
                    .g
                    .info
                    .scopes
                    .lookup(self.scope, "nil")
                    .is_some_and(|(_, o)| matches!(self.obj(o).kind, ObjKind::Nil))
            {
                let nil = BasicKind::UntypedNil.id();
                self.record(te, Mode::Value, nil, None);
                nil
            } else {
                self.type_expr(te)
            }
        } else {
            self.type_expr(te)
        };
        if self.tt().is_invalid(t) {
            return None;
        }
        if let Some((_, prev)) = seen.iter().find(|(p, _)| self.tt().identical(*p, t)) {
            let s = super::errors::expr_string(te);
            let p = self.pos_string(*prev);
            self.error(
                te.span,
                format!("duplicate case {s} in type switch\n\t{p}: previous case"),
            );
        } else {
            seen.push((t, te.span));
        }
        if let Some(x) = x {
            if t != BasicKind::UntypedNil.id() && !self.tt().is_interface(t) {
                if let Err(cause) = self.missing_method(t, x.ty, false) {
                    let d = self.describe(x);
                    let ts = self.ts(t);
                    self.error(te.span, format!("impossible type switch case: {}\n\t{d} cannot have dynamic type {ts} {cause}", super::errors::expr_string(te)));
                }
            }
        }
        Some(t)
    }
}
