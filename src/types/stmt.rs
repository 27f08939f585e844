//! Statements and function bodies (go/types' `stmt.go`): scopes per block and clause,
//! `if`/`for`/`range`/`switch`/type switch/`select`, `go`/`defer`, `return`, branch
//! statements in context, `missing return` and `declared and not used`.

use super::check::{Checker, FuncCtx, Operand};
use super::info::{FuncInfo, Mode};
use super::object::{ObjKind, VarKind};
use super::typ::{BasicKind, Type, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, BranchKind, ExprKind, StmtKind};

/// Where a statement stands (go/types' `stmtContext`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Ctx {
    break_ok: bool,
    continue_ok: bool,
    fallthrough_ok: bool,
    final_switch_case: bool,
    in_type_switch: bool,
}

impl<'f> Checker<'_, '_, 'f> {
    /// Checks a function body (a declaration's or a literal's) in a new scope nested in
    /// the current one.
    pub fn func_body(
        &mut self,
        key: ast::NodeId,
        sig: TypeId,
        recv: Option<&'f ast::Field>,
        ft: &'f ast::FuncType,
        body: &'f ast::Block,
    ) {
        let outer = self.scope;
        let s = self.g.info.scopes.new_scope(Some(outer), true);
        self.scope = s;
        let depth = self.funcs.len();
        self.funcs.push(FuncCtx {
            key,
            sig,
            info: FuncInfo {
                sig,
                ..FuncInfo::default()
            },
            named_results: false,
            result_objs: vec![],
        });
        let (params, results, named) = self.declare_params(s, sig, recv, ft);
        for &p in &params {
            self.var_owner.insert(p, depth);
        }
        if let Some(f) = self.funcs.last_mut() {
            f.info.params = params;
            f.named_results = named;
            f.result_objs = results;
        }
        self.stmt_list(&body.stmts, Ctx::default());
        let has_results = self
            .tt()
            .signature(sig)
            .is_some_and(|s| !s.results.is_empty());
        if has_results && !super::returns::is_terminating_list(&body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }
        self.labels(body);
        self.goto_checks(body);
        let ctx = self.funcs.pop().expect("pushed above");
        for &l in &ctx.info.locals {
            if !self.is_used(l) {
                let o = self.obj(l);
                if o.name != "_" && !o.name.is_empty() {
                    let (span, name) = (o.span, o.name.clone());
                    self.error(span, format!("declared and not used: {name}"));
                }
            }
        }
        self.g.info.funcs.insert(ctx.key, ctx.info);
        self.scope = outer;
    }

    fn stmt_list(&mut self, stmts: &'f [ast::Stmt], ctx: Ctx) {
        let inner = Ctx {
            fallthrough_ok: false,
            final_switch_case: false,
            ..ctx
        };
        // Trailing empty statements do not count for `fallthrough` placement.
        let mut last = stmts.len();
        while last > 0 && matches!(stmts[last - 1].kind, StmtKind::Empty) {
            last -= 1;
        }
        for (i, s) in stmts.iter().enumerate() {
            let c = if i + 1 == last { ctx } else { inner };
            self.stmt(s, c);
        }
    }

    fn block(&mut self, b: &'f ast::Block, ctx: Ctx) {
        let outer = self.scope;
        self.open_scope();
        self.stmt_list(&b.stmts, ctx);
        self.close_scope(outer);
    }

    fn simple_stmt(&mut self, s: Option<&'f ast::Stmt>) {
        if let Some(s) = s {
            self.stmt(s, Ctx::default());
        }
    }

    fn stmt(&mut self, s: &'f ast::Stmt, ctx: Ctx) {
        let inner = Ctx {
            fallthrough_ok: false,
            final_switch_case: false,
            ..ctx
        };
        match &s.kind {
            StmtKind::Decl(g) => self.decl_stmt(g),
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt, ctx),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                let ch = self.expr(chan);
                let mut v = self.expr(value);
                if ch.is_invalid() || v.is_invalid() {
                    return;
                }
                let Type::Chan { dir, elem } = self.tt().under(ch.ty).clone() else {
                    let d = self.describe(&ch);
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: cannot send to non-channel {} {d}",
                            self.ts(ch.ty)
                        ),
                    );
                    return;
                };
                if dir == ast::ChanDir::Recv {
                    let d = self.describe(&ch);
                    let ts = self.ts(ch.ty);
                    self.error(
                        s.span,
                        format!("invalid operation: cannot send to receive-only channel {ts} {d}"),
                    );
                    return;
                }
                self.assignment(&mut v, elem, "send");
            }
            StmtKind::IncDec { x, inc } => {
                let op = if *inc {
                    ast::BinOp::Add
                } else {
                    ast::BinOp::Sub
                };
                self.assign_op(x, op, None);
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => match op {
                ast::AssignOp::Define => self.short_var_decl(*op_span, lhs, rhs),
                ast::AssignOp::Assign => self.assign_vars(lhs, rhs),
                ast::AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            *op_span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    self.assign_op(&lhs[0], *bop, Some(&rhs[0]));
                }
            },
            StmtKind::Go(e) => self.suspended_call("go", e),
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => match kind {
                BranchKind::Break => {
                    if label.is_none() && !ctx.break_ok {
                        self.error(s.span, "break is not in a loop, switch, or select");
                    }
                }
                BranchKind::Continue => {
                    if label.is_none() && !ctx.continue_ok {
                        self.error(s.span, "continue is not in a loop");
                    }
                }
                BranchKind::Fallthrough => {
                    if !ctx.fallthrough_ok {
                        let msg = if ctx.final_switch_case {
                            "cannot fallthrough final case in switch"
                        } else if ctx.in_type_switch {
                            "cannot fallthrough in type switch"
                        } else {
                            "fallthrough statement out of place"
                        };
                        self.error(s.span, msg);
                    }
                }
                BranchKind::Goto => {}
            },
            StmtKind::Block(b) => self.block(b, inner),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let outer = self.scope;
                self.open_scope();
                self.simple_stmt(init.as_deref());
                let x = self.expr(cond);
                if !x.is_invalid() && !self.tt().is_boolean(x.ty) {
                    let s = super::errors::expr_string(cond);
                    self.error(cond.span, format!("non-boolean condition in if statement"));
                    let _ = s;
                }
                self.block(then, inner);
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.close_scope(outer);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), body, inner),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body, inner),
            StmtKind::Select { body, .. } => {
                let ctx2 = Ctx {
                    break_ok: true,
                    ..inner
                };
                let mut seen_default: Option<Span> = None;
                for cc in body {
                    let outer = self.scope;
                    self.open_scope();
                    if let Some(comm) = &cc.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, .. } => rhs.len() == 1 && is_recv(&rhs[0]),
                            _ => false,
                        };
                        if !valid {
                            self.error(
                                comm.span,
                                "select case must be send or receive (possibly with assignment)",
                            );
                        }
                        match &comm.kind {
                            StmtKind::Expr(e) if !valid => {
                                self.raw_expr(e, None);
                            }
                            _ => self.stmt(comm, Ctx::default()),
                        }
                    } else {
                        if let Some(first) = seen_default {
                            self.error(
                                cc.span,
                                format!("multiple defaults (first at {})", self.pos_string(first)),
                            );
                        }
                        seen_default = Some(cc.span);
                    }
                    self.stmt_list(&cc.body, ctx2);
                    self.close_scope(outer);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let outer = self.scope;
                self.open_scope();
                self.simple_stmt(init.as_deref());
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !self.tt().is_boolean(x.ty) {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: ast::AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(Some(p));
                    }
                }
                let ctx2 = Ctx {
                    break_ok: true,
                    continue_ok: true,
                    ..inner
                };
                self.block(body, ctx2);
                self.close_scope(outer);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, inner),
        }
    }

    fn expr_stmt(&mut self, e: &'f ast::Expr) {
        let x = self.raw_expr(e, None);
        let mut inner = e;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        let msg = match x.mode {
            Mode::Invalid => return,
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => {
                if self.is_statement_expr(inner) {
                    return;
                }
                "is not used"
            }
        };
        let d = self.describe(&x);
        self.error(e.span, format!("{d} {msg}"));
    }

    /// Calls of functions (not conversions, not value-returning builtins) and receives.
    fn is_statement_expr(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ExprKind::Unary {
                op: ast::UnOp::Recv,
                ..
            } => true,
            ExprKind::Call { func, .. } => {
                let mut f = &**func;
                while let ExprKind::Paren(p) = &f.kind {
                    f = p;
                }
                match self.g.info.expr(f.id).map(|t| t.mode) {
                    Some(Mode::TypeExpr) => false,
                    Some(Mode::Builtin(b)) => b.is_statement(),
                    _ => true,
                }
            }
            _ => false,
        }
    }

    fn suspended_call(&mut self, keyword: &str, e: &'f ast::Expr) {
        let mut inner = e;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        if !matches!(inner.kind, ExprKind::Call { .. }) {
            self.raw_expr(e, None);
            self.error(
                e.span,
                format!("expression in {keyword} must be function call"),
            );
            return;
        }
        if !std::ptr::eq(inner, e) {
            self.raw_expr(e, None);
            self.error(
                e.span,
                format!("expression in {keyword} must not be parenthesized"),
            );
            return;
        }
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let ExprKind::Call { func, .. } = &inner.kind else {
            return;
        };
        let msg = match self.g.info.expr(func.id).map(|t| t.mode) {
            Some(Mode::TypeExpr) => "requires function call, not conversion",
            Some(Mode::Builtin(b)) if !b.is_statement() => "discards result of",
            _ => return,
        };
        let d = self.describe(&x);
        self.error(e.span, format!("{keyword} {msg} {d}"));
    }

    fn return_stmt(&mut self, s: &'f ast::Stmt, results: &'f [ast::Expr]) {
        let Some(f) = self.funcs.last() else {
            return;
        };
        let sig = f.sig;
        let named = f.named_results;
        let result_objs = f.result_objs.clone();
        let want: Vec<TypeId> = self
            .tt()
            .signature(sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        if results.is_empty() && !want.is_empty() && named {
            for &r in &result_objs {
                let name = self.obj(r).name.clone();
                if let Some((_, alt)) = self.g.info.scopes.lookup(self.scope, &name) {
                    if alt != r {
                        let alt_span = self.obj(alt).span;
                        self.error(
                            s.span,
                            format!(
                                "result parameter {name} not in scope at return\n\t{}: inner declaration of var {name} {}",
                                self.pos_string(alt_span),
                                self.ts(self.obj(alt).ty)
                            ),
                        );
                    }
                }
            }
            return;
        }
        if results.is_empty() && want.is_empty() {
            return;
        }
        let xs: Vec<Operand<'f>> = if results.len() == 1 {
            self.multi_expr(&results[0])
        } else {
            results.iter().map(|r| self.expr(r)).collect()
        };
        if xs.iter().any(|x| x.is_invalid()) {
            return;
        }
        if xs.len() != want.len() {
            let (qual, at) = if xs.len() > want.len() {
                ("too many", xs[want.len()].span())
            } else if !xs.is_empty() {
                ("not enough", xs[xs.len() - 1].span())
            } else {
                ("not enough", s.span)
            };
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let h = self.types_summary(&have, false, false);
            let w = self.types_summary(&want, false, false);
            self.error(at, format!("{qual} return values\n\thave {h}\n\twant {w}"));
            return;
        }
        for (mut x, t) in xs.into_iter().zip(want) {
            self.assignment(&mut x, t, "return statement");
        }
    }

    fn switch_stmt(
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

    fn type_switch(
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

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &'f ast::Stmt,
        key: Option<&'f ast::Expr>,
        value: Option<&'f ast::Expr>,
        define: bool,
        xe: &'f ast::Expr,
        body: &'f ast::Block,
        ctx: Ctx,
    ) {
        let outer = self.scope;
        self.open_scope();
        let mut x = self.expr(xe);
        let desc0 = if x.is_invalid() {
            String::new()
        } else {
            self.describe(&x)
        };
        let invalid = BasicKind::Invalid.id();
        let (mut kt, mut vt) = (invalid, invalid);
        let mut ok = !x.is_invalid();
        if ok {
            let tt = self.tt();
            let mut max_vars = 2;
            match tt.under(x.ty).clone() {
                Type::Basic(k) if k.is_string() => {
                    kt = BasicKind::Int.id();
                    vt = self.tt().rune;
                    if self.tt().is_untyped(x.ty) {
                        self.convert_untyped(&mut x, BasicKind::String.id());
                    }
                }
                Type::Basic(k) if k.is_integer() => {
                    max_vars = 1;
                    if self.tt().is_untyped(x.ty) {
                        // The key's type comes from the lhs if it is an existing variable.
                        let mut target = BasicKind::Int.id();
                        if !define {
                            if let Some(k) = key {
                                if let Some(t) = self.peek_var_type(k) {
                                    target = t;
                                }
                            }
                        }
                        self.convert_untyped(&mut x, target);
                    }
                    kt = x.ty;
                }
                Type::Array { elem, .. } => {
                    kt = BasicKind::Int.id();
                    vt = elem;
                }
                Type::Slice(elem) => {
                    kt = BasicKind::Int.id();
                    vt = elem;
                }
                Type::Pointer(p) => match self.tt().under(p).clone() {
                    Type::Array { elem, .. } => {
                        kt = BasicKind::Int.id();
                        vt = elem;
                    }
                    _ => ok = false,
                },
                Type::Map { key, value } => {
                    kt = key;
                    vt = value;
                }
                Type::Chan { dir, elem } => {
                    max_vars = 1;
                    kt = elem;
                    if dir == ast::ChanDir::Send {
                        let d = self.describe(&x);
                        self.error(
                            xe.span,
                            format!(
                                "cannot range over {d}: receive from send-only channel {}",
                                self.ts(x.ty)
                            ),
                        );
                        ok = false;
                    }
                }
                Type::Func(_) => {
                    self.unsupported(xe.span, "range over function");
                    ok = false;
                    max_vars = 2;
                }
                _ => ok = false,
            }
            if !ok
                && !x.is_invalid()
                && !self.tt().is_invalid(x.ty)
                && !matches!(self.tt().under(x.ty), Type::Func(_) | Type::Chan { .. })
            {
                let d = self.describe(&x);
                self.error(xe.span, format!("cannot range over {d}"));
            }
            if ok && max_vars == 1 && value.is_some() {
                let d = desc0.clone();
                if let Some(v) = value {
                    self.error(
                        v.span,
                        format!("range over {d} permits only one iteration variable"),
                    );
                }
                ok = false;
            }
        }
        let lhs = [key, value];
        let types = [kt, vt];
        if define {
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Ident(id) = &l.kind else {
                    let s = super::errors::expr_string(l);
                    self.error(l.span, format!("non-name {s} on left side of :="));
                    continue;
                };
                let t = if ok { types[i] } else { invalid };
                let obj = self.declare_local_var(id, t);
                if !ok {
                    self.g.used.insert(obj);
                }
                vars.push((id, obj));
            }
            let sc = self.scope;
            for (id, obj) in vars {
                self.declare_obj(sc, id, obj);
            }
        } else {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let lt = self.lhs_var(l);
                if !ok {
                    continue;
                }
                if let Some(lt) = lt {
                    let mut y = Operand {
                        mode: Mode::Value,
                        ty: types[i],
                        val: None,
                        expr: None,
                        nth: None,
                    };
                    if !self.tt().is_invalid(lt) && self.assignable_to(&y, lt).is_err() {
                        let d = format!(
                            "{} (variable of type {})",
                            super::errors::expr_string(l),
                            self.ts(lt)
                        );
                        let _ = d;
                        let ts = self.ts(types[i]);
                        let lts = self.ts(lt);
                        self.error(
                            l.span,
                            format!(
                                "cannot use {} (value of type {ts}) as {lts} value in assignment",
                                super::errors::expr_string(l)
                            ),
                        );
                    }
                    y.mode = Mode::Value;
                }
            }
        }
        let _ = s;
        let ctx2 = Ctx {
            break_ok: true,
            continue_ok: true,
            ..ctx
        };
        self.block(body, ctx2);
        self.close_scope(outer);
    }

    /// The type of an existing variable named by `e`, without marking it used.
    fn peek_var_type(&self, e: &ast::Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &e.kind {
            let (_, o) = self.g.info.scopes.lookup(self.scope, &id.name)?;
            if self.obj(o).is_var() {
                return Some(self.obj(o).ty);
            }
        }
        None
    }
}

fn is_recv(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_recv(x),
        ExprKind::Unary {
            op: ast::UnOp::Recv,
            ..
        } => true,
        _ => false,
    }
}
