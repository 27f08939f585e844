//! Statements and function bodies (go/types' `stmt.go`): scopes per block and clause,
//! `if`/`for`/`range`/`switch`/type switch/`select`, `go`/`defer`, `return`, branch
//! statements in context, `missing return` and `declared and not used`.

use super::check::{Checker, FuncCtx, Operand};
use super::info::{FuncInfo, Mode};

use super::typ::{Type, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, BranchKind, ExprKind, StmtKind};

/// Where a statement stands (go/types' `stmtContext`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Ctx {
    pub break_ok: bool,
    pub continue_ok: bool,
    pub fallthrough_ok: bool,
    pub final_switch_case: bool,
    pub in_type_switch: bool,
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
            range_body: false,
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
        self.unused_locals(&ctx.info.locals);
        self.g.info.funcs.insert(ctx.key, ctx.info);
        self.scope = outer;
    }

    /// Reports `declared and not used` for the locals of one function body.
    pub(crate) fn unused_locals(&mut self, locals: &[super::object::ObjId]) {
        for &l in locals {
            if !self.is_used(l) {
                let o = self.obj(l);
                if o.name != "_" && !o.name.is_empty() {
                    let (span, name) = (o.span, o.name.clone());
                    self.error(span, format!("declared and not used: {name}"));
                }
            }
        }
    }

    pub(crate) fn stmt_list(&mut self, stmts: &'f [ast::Stmt], ctx: Ctx) {
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

    pub(crate) fn block(&mut self, b: &'f ast::Block, ctx: Ctx) {
        let outer = self.scope;
        self.open_scope();
        self.stmt_list(&b.stmts, ctx);
        self.close_scope(outer);
    }

    pub(crate) fn simple_stmt(&mut self, s: Option<&'f ast::Stmt>) {
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
        if f.range_body {
            // The yield closure stores the results into the enclosing function's result
            // variables, which it therefore captures.
            for r in f.result_objs.clone() {
                let was_used = self.is_used(r);
                self.use_obj(r);
                if !was_used {
                    self.g.used.remove(&r);
                }
            }
        }
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
