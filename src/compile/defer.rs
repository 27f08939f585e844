//! `defer` and `return`. A deferred call is recorded as a func value plus its evaluated
//! arguments (`Defer`); method calls are deferred through a bound method value. `Ret`
//! runs the frame's pending deferred calls; a function with named results that defers
//! stores its results into the result variables, runs the deferred calls
//! (`RunDefers`), which may change them, and returns what they hold then. The recover
//! point (`FnCtx::epilogue`) returns the named results' values (zero values without
//! names), as Go does after a deferred call recovers a panic.

use super::func::FnCtx;
use super::{unsupported, CResult};
use crate::syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::types::{Mode, ObjKind, SelectionKind};
use crate::vm::Instr;

/// Whether a body contains a `defer` statement (outside nested func literals).
pub fn has_defer(body: &ast::Block) -> bool {
    body.stmts.iter().any(stmt_defers)
}

fn stmt_defers(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => stmt_defers(stmt),
        StmtKind::Block(b) => has_defer(b),
        StmtKind::If { then, els, .. } => {
            has_defer(then) || els.as_deref().is_some_and(stmt_defers)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.body.iter().any(stmt_defers))
        }
        StmtKind::Select { body, .. } => body.iter().any(|c| c.body.iter().any(stmt_defers)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_defer(body),
        _ => false,
    }
}

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn defer_stmt(&mut self, s: &'a Stmt, e: &'a Expr) -> CResult<()> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Err(unsupported(s.span, "defer of a non-call"));
        };
        let f = Self::strip(func);
        let mode = self.c.info.expr(f.id).map(|t| t.mode);
        if let (Some(Mode::Builtin(crate::types::Builtin::Close)), [ch]) = (mode, &args[..]) {
            return self.defer_close(s, ch);
        }
        if let Some(Mode::Builtin(b)) = mode {
            if let Some(r) = self.defer_builtin(s, e, b, args) {
                return r;
            }
        }
        if matches!(mode, Some(Mode::Builtin(_)) | Some(Mode::TypeExpr)) {
            return Err(unsupported(s.span, "defer of a builtin call"));
        }
        let m = self.fb.mark();
        let ft = self.c.info.type_of(f.id);
        let Some(sig) = self.c.info.types.signature(ft).cloned() else {
            return Err(unsupported(s.span, "defer of this call"));
        };
        let argw = self.c.words(&sig.params);
        let win = self.regs(1 + argw as u32);
        // The func value: a bound method value for method calls.
        let is_static = match &f.kind {
            ExprKind::Ident(id) => self
                .c
                .info
                .uses
                .get(&id.id)
                .is_some_and(|o| matches!(self.c.info.obj(*o).kind, ObjKind::Func { .. })),
            _ => false,
        };
        let _ = is_static;
        let sel_method = matches!(
            self.c.info.selections.get(&f.id).map(|s| s.kind),
            Some(SelectionKind::MethodVal)
        );
        let _ = sel_method;
        self.expr_to(f, win)?;
        self.args(&sig.params, sig.variadic, args, ellipsis.is_some(), win + 1)?;
        self.pos(s.span);
        self.fb.emit(Instr::Defer { a: win, b: argw });
        self.fb.release(m);
        Ok(())
    }

    pub fn return_stmt(&mut self, s: &'a Stmt, vals: &'a [Expr]) -> CResult<()> {
        if self.range_exit.is_some() {
            return self.range_body_return(s, vals);
        }
        let m = self.fb.mark();
        if vals.is_empty() {
            if self.has_defer && !self.named_results.is_empty() {
                self.fb.emit(Instr::RunDefers);
            }
            self.emit_return_named()?;
            self.fb.release(m);
            return Ok(());
        }
        let w = self.res_words;
        let results = self.results.clone();
        if vals.len() == 1
            && results.len() == 1
            && (!self.has_defer || self.named_results.is_empty())
        {
            // One result: return it from wherever it is computed.
            let r = self.expr_conv(&vals[0], results[0])?;
            self.pos(s.span);
            self.fb.emit(Instr::Ret { a: r, b: w });
            self.fb.release(m);
            return Ok(());
        }
        let win = self.regs(w as u32);
        if vals.len() == 1 && results.len() > 1 {
            let tt = self.c.info.type_of(vals[0].id);
            let elems = self.c.info.types.tuple_elems(tt).to_vec();
            let r = self.expr(&vals[0])?;
            let (mut src, mut dst) = (r, win);
            for (et, rt) in elems.iter().zip(&results) {
                self.conv_reg(src, *et, *rt, dst);
                src += self.wreg(*et);
                dst += self.wreg(*rt);
            }
        } else {
            let mut dst = win;
            for (v, rt) in vals.iter().zip(&results) {
                self.expr_conv_to(v, *rt, dst)?;
                dst += self.wreg(*rt);
            }
        }
        self.pos(s.span);
        if self.has_defer && !self.named_results.is_empty() {
            let mut off = 0;
            for r in self.named_results.clone() {
                let t = self.c.info.obj(r).ty;
                self.write_var(r, win + off, s.span)?;
                off += self.wreg(t);
            }
            self.fb.emit(Instr::RunDefers);
            self.emit_return_named()?;
        } else {
            self.fb.emit(Instr::Ret { a: win, b: w });
        }
        self.fb.release(m);
        Ok(())
    }
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// `defer panic(x)`, `defer delete(m, k)`, `defer print(...)`/`println(...)`: the
    /// arguments are evaluated now (as Go does) into a window that a small wrapper
    /// function receives as its parameters and hands to the builtin's instruction or
    /// native. `None` for other builtins.
    fn defer_builtin(
        &mut self,
        s: &'a Stmt,
        e: &'a Expr,
        b: crate::types::Builtin,
        args: &'a [Expr],
    ) -> Option<CResult<()>> {
        use crate::types::Builtin;
        let m = self.fb.mark();
        let r = match (b, args) {
            (Builtin::Panic, [x]) => (|| {
                let win = self.regs(3);
                let any = self.c.info.types.empty_interface;
                self.expr_conv_to(x, any, win + 1)?;
                let mut fb = crate::vm::FuncBuilder::new("runtime.gopanic$wrapper", 2, 0);
                fb.set_pos(e.span.lo);
                fb.emit(Instr::Panic { a: 0 });
                fb.emit(Instr::Ret { a: 0, b: 0 });
                self.defer_wrapper(s, fb, win, 2)
            })(),
            (Builtin::Delete, [mx, k]) => (|| {
                let mt = self.ty(mx);
                let crate::types::Type::Map { key, .. } = self.c.info.types.under(mt).clone()
                else {
                    return Err(unsupported(s.span, "defer of delete on this type"));
                };
                let kw = self.wreg(key);
                let win = self.regs(2 + kw as u32);
                self.expr_to(mx, win + 1)?;
                self.expr_conv_to(k, key, win + 2)?;
                let mut fb = crate::vm::FuncBuilder::new("runtime.mapdelete$wrapper", 1 + kw, 0);
                fb.emit(Instr::MapDelete { a: 0, b: 1 });
                fb.emit(Instr::Ret { a: 0, b: 0 });
                self.defer_wrapper(s, fb, win, 1 + kw)
            })(),
            (Builtin::Print | Builtin::Println, _) => (|| {
                // The builtin's own code builds its window [[]any, newline] at `w`.
                let w = self.print_window(args, b == Builtin::Println)?;
                let win = self.regs(5);
                self.mov(win + 1, w, 4);
                let nid = self.c.builtin_print_native();
                let mut fb = crate::vm::FuncBuilder::new("runtime.printlock$wrapper", 4, 0);
                fb.emit(Instr::CallNative { a: 0, f: nid });
                fb.emit(Instr::Ret { a: 0, b: 0 });
                self.defer_wrapper(s, fb, win, 4)
            })(),
            _ => return None,
        };
        self.fb.release(m);
        Some(r)
    }

    /// Defers wrapper `fb` with its `nargs` argument words at `R[win+1..]`.
    fn defer_wrapper(
        &mut self,
        s: &'a Stmt,
        fb: crate::vm::FuncBuilder,
        win: crate::vm::Reg,
        nargs: u16,
    ) -> CResult<()> {
        let f = fb.finish().map_err(|err| super::internal(s.span, err))?;
        let fid = self.c.pb.add_func(f);
        let site = self.c.func_value_site(fid);
        self.fb.emit(Instr::MakeClosure {
            a: win,
            b: 0,
            c: site,
        });
        self.pos(s.span);
        self.fb.emit(Instr::Defer { a: win, b: nargs });
        Ok(())
    }
}
