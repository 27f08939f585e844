//! Range over functions (Go 1.23): `for k, v := range f { body }` with
//! `f func(yield func(K, V) bool)` compiles, as gc's `rangefunc` rewrite does, to a call
//! `f(body')` where `body'` is the loop body made a closure (named `outer-rangeN`, as Go
//! names it): its parameters are the iteration values, `continue` (and falling off the
//! end) returns true, `break` returns false.
//!
//! A state word in a heap box (captured by the body closure) follows gc's `#stateN`:
//! `READY` while the loop may go on, `PANIC` while the body runs (so still `PANIC` after
//! the call if the body panicked and the iterator recovered), and when the body
//! returned false, how it ended: `BROKE` after a plain `break`, `RETURNED` after a
//! `return` (whose values the body stored in the enclosing function's result variables,
//! which the checker made captures), `EXIT_BASE + i` for the i-th `break L`/`continue L`
//! to a statement outside the body; `EXHAUSTED` once the call of `f` returned. After the
//! call the enclosing code dispatches on it: it returns, or branches (or, in a nested
//! range-over-func body, passes the exit on the same way).
//!
//! Invariants: the body runs only in state `READY`, else it panics with Go's run-time
//! error (`range function continued iteration after ...`), as does a call that returns
//! in state `PANIC`; `defer` in a body and `goto` out of one are reported unsupported
//! (Go runs such a defer when the enclosing function returns).

use super::func::{Branch, FnCtx, Loc};
use super::{internal, unsupported, CResult};
use crate::syntax::ast::{self, BranchKind, Expr, Stmt, StmtKind};
use crate::types::{ObjId, TypeId};
use crate::vm::{FuncBuilder, Instr, Reg};
use std::collections::HashSet;

pub const READY: i32 = 0;
// The body's entry check tests the state word for zero.
const _: () = assert!(READY == 0);
pub const BROKE: i32 = 1;
pub const RETURNED: i32 = 2;
pub const EXIT_BASE: i32 = 3;
pub const EXHAUSTED: i32 = -1;
pub const PANIC: i32 = -2;

/// A `break L` or `continue L` leaving a range-over-func body.
pub type Exit = (BranchKind, Option<String>);

/// What a range-over-func body being compiled needs to leave its loop.
pub struct RangeExit {
    /// `R[state]` holds the pointer to the state word.
    pub state: Reg,
    /// `break L` / `continue L` to statements outside the body, by exit code order.
    pub exits: Vec<Exit>,
    /// The enclosing function's result variables and types.
    pub results: Vec<ObjId>,
    pub result_types: Vec<TypeId>,
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// `for key, value := range x { body }` where `x` is a function.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        label: Option<String>,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
    ) -> CResult<()> {
        let Some(fi) = self.c.info.range_funcs.get(&x.id) else {
            return Err(internal(
                x.span,
                "no function info for a range-over-func body",
            ));
        };
        let (ysig, captures) = (fi.sig, fi.captures.clone());
        if super::defer::has_defer(body) {
            return Err(unsupported(
                body.lbrace,
                "defer in a range-over-func loop body",
            ));
        }
        if leaves_by_goto(body) {
            return Err(unsupported(
                body.lbrace,
                "goto out of a range-over-func loop body",
            ));
        }
        let m = self.fb.mark();
        let fw = self.wreg(self.ty(x));
        let f = self.regs(fw as u32);
        self.expr_to(x, f)?;
        let st = self.fb.reg();
        let int_l = self.c.layout_idx(crate::types::BasicKind::Int.id());
        self.fb.emit(Instr::New { a: st, b: int_l });

        // The enclosing function's results, for `return` in the body.
        let (results, result_types) = match &self.range_exit {
            Some(rx) => (rx.results.clone(), rx.result_types.clone()),
            None => (self.result_objs.clone(), self.results.clone()),
        };
        let base = self.name.clone();
        let n = {
            let cnt = self.c.lit_count.entry(format!("{base}-range")).or_insert(0);
            *cnt += 1;
            *cnt
        };
        let name = format!("{base}-range{n}");
        let (ps, _) = self.c.sig_params_results(ysig);
        let np = self.c.words(&ps);
        let fb = FuncBuilder::new(name.clone(), np, 1);
        let (func, exits) = {
            let mut inner = FnCtx::new(&mut *self.c, fb, &name);
            inner.pos(x.span);
            for (i, o) in captures.iter().enumerate() {
                let r = inner.fb.reg();
                inner.fb.emit(Instr::GetCapture { a: r, b: i as u16 });
                inner.vars.insert(*o, Loc::Boxed(r));
            }
            let state = inner.fb.reg();
            inner.fb.emit(Instr::GetCapture {
                a: state,
                b: captures.len() as u16,
            });
            inner.results = vec![crate::types::BasicKind::Bool.id()];
            inner.res_words = 1;
            inner.range_exit = Some(RangeExit {
                state,
                exits: Vec::new(),
                results,
                result_types,
            });
            inner.range_entry_check(state)?;
            super::closure::find_boxed(&mut inner, body, &[]);
            let mut off = 0u16;
            for (e, t) in [key, value].into_iter().zip(ps.iter()) {
                if let Some(e) = e {
                    inner.bind_value(e, define, off, *t)?;
                }
                off += inner.wreg(*t);
            }
            inner.set_state(state, PANIC);
            let brk = inner.fb.label();
            let cont = inner.fb.label();
            inner.branches.push(Branch {
                label,
                brk,
                cont: Some(cont),
            });
            inner.block(&body.stmts)?;
            inner.branches.pop();
            inner.pos(body.rbrace);
            inner.fb.bind(cont);
            inner.set_state(state, READY);
            let r = inner.fb.reg();
            inner.fb.emit(Instr::LoadI { a: r, i: 1 });
            inner.fb.emit(Instr::Ret { a: r, b: 1 });
            inner.fb.bind(brk);
            inner.range_leave(BROKE)?;
            let exits = inner
                .range_exit
                .take()
                .map(|rx| rx.exits)
                .unwrap_or_default();
            (inner.finish()?, exits)
        };
        let fid = self.c.pb.add_func(func);
        let ncapt = captures.len() as u16 + 1;
        let ptrs: Vec<u32> = (0..ncapt as u32).collect();
        let site = self.c.pb.closure_site(fid, ncapt, &ptrs);
        let cap = self.regs(ncapt as u32);
        for (i, o) in captures.iter().enumerate() {
            match self.loc(*o, x.span)? {
                Loc::Boxed(p) => self.mov(cap + i as u16, p, 1),
                Loc::Global(_) | Loc::Reg(_) => {
                    return Err(internal(x.span, "captured variable is not boxed"));
                }
            }
        }
        self.mov(cap + captures.len() as u16, st, 1);
        let win = self.regs(1);
        self.pos(x.span);
        self.fb.emit(Instr::MakeClosure {
            a: win,
            b: cap,
            c: site,
        });
        self.fb.emit(Instr::CallClosure { a: win, b: f });
        // How did the body end?
        let code = self.fb.reg();
        self.fb.emit(Instr::Load {
            a: code,
            b: st,
            c: 0,
        });
        let k = self.fb.reg();
        self.fb.emit(Instr::LoadI { a: k, i: PANIC });
        let no_panic = self.fb.label();
        self.fb.emit_jump(
            Instr::JmpNeInt {
                a: code,
                b: k,
                j: 0,
            },
            no_panic,
        );
        self.runtime_panic(
            "runtime error: range function recovered a loop body panic and did not resume panicking",
        );
        self.fb.bind(no_panic);
        self.set_state(st, EXHAUSTED);
        let done = self.fb.label();
        let mut arms: Vec<(i32, Option<Exit>)> = vec![(RETURNED, None)];
        for (i, e) in exits.into_iter().enumerate() {
            arms.push((EXIT_BASE + i as i32, Some(e)));
        }
        for (c, exit) in arms {
            let next = self.fb.label();
            self.fb.emit(Instr::LoadI { a: k, i: c });
            self.fb.emit_jump(
                Instr::JmpNeInt {
                    a: code,
                    b: k,
                    j: 0,
                },
                next,
            );
            match exit {
                None => self.range_return_outer()?,
                Some((kind, l)) => self.branch_to(body.rbrace, kind, l.as_deref())?,
            }
            self.fb.bind(next);
        }
        self.fb.bind(done);
        self.fb.release(m);
        Ok(())
    }

    /// `*state = v`.
    fn set_state(&mut self, state: Reg, v: i32) {
        let m = self.fb.mark();
        let r = self.fb.reg();
        self.fb.emit(Instr::LoadI { a: r, i: v });
        self.fb.emit(Instr::Store {
            a: state,
            b: r,
            c: 0,
        });
        self.fb.release(m);
    }

    /// The body's prologue check: it runs only while the loop may go on; else the
    /// state becomes `PANIC` and Go's error for the old state is raised.
    fn range_entry_check(&mut self, state: Reg) -> CResult<()> {
        let s = self.fb.reg();
        self.fb.emit(Instr::Load {
            a: s,
            b: state,
            c: 0,
        });
        let ok = self.fb.label();
        self.fb.emit_jump(Instr::JmpIfNot { a: s, j: 0 }, ok);
        self.set_state(state, PANIC);
        let k = self.fb.reg();
        let (exhausted, panicked) = (self.fb.label(), self.fb.label());
        self.fb.emit(Instr::LoadI { a: k, i: EXHAUSTED });
        self.fb
            .emit_jump(Instr::JmpEqInt { a: s, b: k, j: 0 }, exhausted);
        self.fb.emit(Instr::LoadI { a: k, i: PANIC });
        self.fb
            .emit_jump(Instr::JmpEqInt { a: s, b: k, j: 0 }, panicked);
        self.runtime_panic(
            "runtime error: range function continued iteration after function for loop body returned false",
        );
        self.fb.bind(exhausted);
        self.runtime_panic(
            "runtime error: range function continued iteration after whole loop exit",
        );
        self.fb.bind(panicked);
        self.runtime_panic(
            "runtime error: range function continued iteration after loop body panic",
        );
        self.fb.bind(ok);
        Ok(())
    }

    /// Panics with a run-time error (`runtime.Error`) of message `msg`.
    fn runtime_panic(&mut self, msg: &str) {
        let s = self.regs(2);
        let kidx = self.c.pb.string(msg.as_bytes());
        self.fb.emit(Instr::LoadStr { a: s, k: kidx });
        let i = self.regs(2);
        self.fb.emit(Instr::MakeIface {
            a: i,
            b: s,
            c: crate::vm::RUNTIME_ERROR_TID as u16,
        });
        self.fb.emit(Instr::Panic { a: i });
    }

    /// In a range-over-func body: records exit `code` and returns false (stop).
    pub(super) fn range_leave(&mut self, code: i32) -> CResult<()> {
        let Some(st) = self.range_exit.as_ref().map(|rx| rx.state) else {
            return Err(internal(
                Default::default(),
                "not in a range-over-func body",
            ));
        };
        let r = self.fb.reg();
        self.fb.emit(Instr::LoadI { a: r, i: code });
        self.fb.emit(Instr::Store { a: st, b: r, c: 0 });
        self.fb.emit(Instr::LoadI { a: r, i: 0 });
        self.fb.emit(Instr::Ret { a: r, b: 1 });
        Ok(())
    }

    /// In a range-over-func body: `break L` / `continue L` to a statement outside it.
    pub(super) fn range_exit_branch(
        &mut self,
        kind: BranchKind,
        label: Option<&str>,
    ) -> CResult<()> {
        let Some(rx) = self.range_exit.as_mut() else {
            return Err(internal(Default::default(), "branch target"));
        };
        let key = (kind, label.map(str::to_string));
        let i = match rx.exits.iter().position(|e| *e == key) {
            Some(i) => i,
            None => {
                rx.exits.push(key);
                rx.exits.len() - 1
            }
        };
        self.range_leave(EXIT_BASE + i as i32)
    }

    /// After a range-over-func call whose body executed `return`: return from this
    /// function with its result variables (already set by the body), or pass the return
    /// on when this is itself a range-over-func body.
    fn range_return_outer(&mut self) -> CResult<()> {
        if self.range_exit.is_some() {
            return self.range_leave(RETURNED);
        }
        if self.has_defer && !self.named_results.is_empty() {
            self.fb.emit(Instr::RunDefers);
        }
        self.emit_return_named()
    }

    /// `return vals` inside a range-over-func body: stores the values into the enclosing
    /// function's result variables and leaves with `RETURNED`.
    pub(super) fn range_body_return(&mut self, s: &'a Stmt, vals: &'a [Expr]) -> CResult<()> {
        let Some(rx) = self.range_exit.as_ref() else {
            return Err(internal(s.span, "not in a range-over-func body"));
        };
        let (objs, types) = (rx.results.clone(), rx.result_types.clone());
        let m = self.fb.mark();
        if !vals.is_empty() {
            let w: u16 = types.iter().map(|t| self.wreg(*t)).sum();
            let win = self.regs(w as u32);
            if vals.len() == 1 && types.len() > 1 {
                let tt = self.c.info.type_of(vals[0].id);
                let elems = self.c.info.types.tuple_elems(tt).to_vec();
                let r = self.expr(&vals[0])?;
                let (mut src, mut dst) = (r, win);
                for (et, rt) in elems.iter().zip(&types) {
                    self.conv_reg(src, *et, *rt, dst);
                    src += self.wreg(*et);
                    dst += self.wreg(*rt);
                }
            } else {
                let mut dst = win;
                for (v, rt) in vals.iter().zip(&types) {
                    self.expr_conv_to(v, *rt, dst)?;
                    dst += self.wreg(*rt);
                }
            }
            let mut off = 0;
            for (o, t) in objs.iter().zip(&types) {
                self.write_var(*o, win + off, s.span)?;
                off += self.wreg(*t);
            }
        }
        self.pos(s.span);
        self.range_leave(RETURNED)?;
        self.fb.release(m);
        Ok(())
    }
}

/// Whether a `goto` in `body` (outside nested func literals) names a label not declared
/// in `body`.
fn leaves_by_goto(body: &ast::Block) -> bool {
    let mut defined = HashSet::new();
    let mut targets = Vec::new();
    for s in &body.stmts {
        labels_and_gotos(s, &mut defined, &mut targets);
    }
    targets.iter().any(|t| !defined.contains(t))
}

fn labels_and_gotos(s: &Stmt, defined: &mut HashSet<String>, targets: &mut Vec<String>) {
    let block = |b: &ast::Block, d: &mut HashSet<String>, t: &mut Vec<String>| {
        for s in &b.stmts {
            labels_and_gotos(s, d, t);
        }
    };
    match &s.kind {
        StmtKind::Labeled { label, stmt } => {
            defined.insert(label.name.clone());
            labels_and_gotos(stmt, defined, targets);
        }
        StmtKind::Branch {
            kind: BranchKind::Goto,
            label: Some(l),
        } => targets.push(l.name.clone()),
        StmtKind::Block(b) => block(b, defined, targets),
        StmtKind::If { then, els, .. } => {
            block(then, defined, targets);
            if let Some(e) = els {
                labels_and_gotos(e, defined, targets);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => block(body, defined, targets),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            for c in body {
                for s in &c.body {
                    labels_and_gotos(s, defined, targets);
                }
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                for s in &c.body {
                    labels_and_gotos(s, defined, targets);
                }
            }
        }
        _ => {}
    }
}
