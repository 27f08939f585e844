//! Compiling Go's concurrency: the `go` statement, channel types' `make`, send, receive
//! (`<-c`, `v, ok := <-c`), `close`, `len`/`cap`, `for v := range c` and `select`.
//!
//! Each operation that may block is a `CallNative` of a runtime native
//! (`stdlib::native::chan`, named after Go's `runtime.chansend` etc.): a request from the
//! dispatch loop to the runtime. When the runtime parks the goroutine, the loop returns
//! to the scheduler with the pc still on the call, and the native completes the
//! operation when the goroutine runs again (`vm::gort`), so nothing here is special
//! about blocking. Natives are registered once per window size (`runtime.chansend/3`).
//!
//! `go f(x)` evaluates the func value and arguments in the caller, as `defer` does, into
//! the window `[func value, args...]` of `runtime.newproc`.

use super::func::{Branch, FnCtx};
use super::{internal, unsupported, CResult};
use crate::stdlib::native::chan as rt;
use crate::syntax::ast::{self, AssignOp, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::types::{Mode, Type, TypeId};
use crate::vm::program::NativeFn;
use crate::vm::{Instr, Label, Reg};

impl super::Compiler<'_> {
    /// The id of runtime native `name` with a window of `window` words.
    pub(crate) fn rt_native(&mut self, name: &str, window: u16, f: NativeFn) -> u32 {
        let window = window.max(1);
        let key = format!("{name}/{window}");
        if let Some(&id) = self.natives.get(&key) {
            return id;
        }
        let id = self.pb.native(key.clone(), window, f);
        self.natives.insert(key, id);
        self.native_windows.insert(id, window);
        id
    }

    /// A function `runtime.closechan$wrapper(c)` that closes its argument: the func
    /// value `defer close(c)` defers (Go defers a wrapper for builtins too).
    fn close_wrapper(&mut self) -> CResult<u32> {
        let name = "runtime.closechan$wrapper";
        if let Some(&id) = self.natives.get(name) {
            return Ok(id);
        }
        let nid = self.rt_native("runtime.closechan", 1, rt::closechan);
        let mut fb = crate::vm::FuncBuilder::new(name, 1, 0);
        fb.emit(Instr::CallNative { a: 0, f: nid });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        let f = fb.finish().map_err(|e| internal(Default::default(), e))?;
        let id = self.pb.add_func(f);
        // Keyed with the natives so it is made once (the id space differs; the name is
        // unique).
        self.natives.insert(name.to_string(), id);
        Ok(id)
    }
}

/// One case of a `select`, as compiled.
struct SelCase<'a> {
    send: bool,
    chan: &'a Expr,
    value: Option<&'a Expr>,
    elem: TypeId,
    /// The receive's destination(s): the comm statement's left side and whether `:=`.
    lhs: &'a [Expr],
    define: bool,
    body: &'a [Stmt],
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// The element type of channel-typed expression `x`.
    fn chan_elem(&self, x: &Expr) -> CResult<TypeId> {
        let t = self.ty(x);
        match self.c.info.types.under(t) {
            Type::Chan { elem, .. } => Ok(*elem),
            _ => Err(internal(x.span, "channel operation on a non-channel")),
        }
    }

    /// `go f(args)`.
    pub fn go_stmt(&mut self, s: &'a Stmt, e: &'a Expr) -> CResult<()> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Err(unsupported(s.span, "go of a non-call"));
        };
        let f = Self::strip(func);
        let mode = self.c.info.expr(f.id).map(|t| t.mode);
        if matches!(mode, Some(Mode::Builtin(_)) | Some(Mode::TypeExpr)) {
            return Err(unsupported(s.span, "go of a builtin call"));
        }
        let m = self.fb.mark();
        let ft = self.c.info.type_of(f.id);
        let Some(sig) = self.c.info.types.signature(ft).cloned() else {
            return Err(unsupported(s.span, "go of this call"));
        };
        let argw = self.c.words(&sig.params);
        let win = self.regs(1 + argw as u32);
        self.expr_to(f, win)?;
        self.args(&sig.params, sig.variadic, args, ellipsis.is_some(), win + 1)?;
        self.pos(s.span);
        let nid = self.c.rt_native("runtime.newproc", 1 + argw, rt::newproc);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        self.fb.release(m);
        Ok(())
    }

    /// `ch <- v`.
    pub fn send_stmt(&mut self, s: &'a Stmt, ch: &'a Expr, v: &'a Expr) -> CResult<()> {
        let elem = self.chan_elem(ch)?;
        let ew = self.wreg(elem);
        let m = self.fb.mark();
        let win = self.regs(1 + ew as u32);
        self.expr_to(ch, win)?;
        self.expr_conv_to(v, elem, win + 1)?;
        self.pos(s.span);
        let nid = self.c.rt_native("runtime.chansend", 1 + ew, rt::chansend);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        self.fb.release(m);
        Ok(())
    }

    /// `<-ch` into a fresh window `[value, ok]`; returns the window.
    pub fn recv_window(&mut self, e: &'a Expr, ch: &'a Expr) -> CResult<Reg> {
        let elem = self.chan_elem(ch)?;
        let ew = self.wreg(elem);
        let win = self.regs(ew as u32 + 1);
        self.expr_to(ch, win)?;
        self.pos(e.span);
        let nid = self.c.rt_native("runtime.chanrecv", ew + 1, rt::chanrecv);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        Ok(win)
    }

    /// The expression `<-ch`.
    pub fn recv_expr(&mut self, e: &'a Expr, ch: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        let elem = self.chan_elem(ch)?;
        let ew = self.wreg(elem);
        let win = self.recv_window(e, ch)?;
        match dst {
            Some(d) => {
                self.mov(d, win, ew);
                Ok(d)
            }
            None => Ok(win),
        }
    }

    /// `make(chan T[, n])`.
    pub fn make_chan(
        &mut self,
        e: &'a Expr,
        elem: TypeId,
        size: Option<&'a Expr>,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let ew = self.wreg(elem);
        let win = self.regs(2);
        match size {
            Some(n) => {
                let int = crate::types::BasicKind::Int.id();
                self.expr_conv_to(n, int, win)?;
            }
            None => self.load_int(win, 0),
        }
        self.load_int(win + 1, ew as u64);
        self.pos(e.span);
        let nid = self.c.rt_native("runtime.makechan", 2, rt::makechan);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        let d = self.dst_or_pub(dst, 1);
        self.mov(d, win, 1);
        Ok(d)
    }

    /// `len(ch)` / `cap(ch)` of the channel in `v` into `d`.
    pub fn chan_len_cap(&mut self, d: Reg, v: Reg, len: bool) {
        self.mov(d, v, 1);
        let nid = if len {
            self.c.rt_native("runtime.chanlen", 1, rt::chanlen)
        } else {
            self.c.rt_native("runtime.chancap", 1, rt::chancap)
        };
        self.fb.emit(Instr::CallNative { a: d, f: nid });
    }

    /// `defer close(ch)`: defers the close wrapper with the channel evaluated now.
    pub fn defer_close(&mut self, s: &'a Stmt, ch: &'a Expr) -> CResult<()> {
        let fid = self.c.close_wrapper()?;
        let site = self.c.func_value_site(fid);
        let m = self.fb.mark();
        let win = self.regs(2);
        self.fb.emit(Instr::MakeClosure {
            a: win,
            b: 0,
            c: site,
        });
        self.expr_to(ch, win + 1)?;
        self.pos(s.span);
        self.fb.emit(Instr::Defer { a: win, b: 1 });
        self.fb.release(m);
        Ok(())
    }

    /// `close(ch)`.
    pub fn close_chan(&mut self, e: &'a Expr, ch: &'a Expr) -> CResult<Reg> {
        let win = self.fb.reg();
        self.expr_to(ch, win)?;
        self.pos(e.span);
        let nid = self.c.rt_native("runtime.closechan", 1, rt::closechan);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        Ok(win)
    }

    /// `for v := range ch`: receive until the channel is closed and drained.
    #[allow(clippy::too_many_arguments)]
    pub fn range_chan(
        &mut self,
        x: &'a Expr,
        key: Option<&'a Expr>,
        define: bool,
        labels: (Option<String>, Label, Label, Label),
        body: &'a ast::Block,
    ) -> CResult<()> {
        let (label, top, brk, cont) = labels;
        let elem = self.chan_elem(x)?;
        let ew = self.wreg(elem);
        let c = self.fb.reg();
        self.expr_to(x, c)?;
        let win = self.regs(ew as u32 + 1);
        let nid = self.c.rt_native("runtime.chanrecv", ew + 1, rt::chanrecv);
        self.fb.bind(top);
        self.mov(win, c, 1);
        self.pos(x.span);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        self.fb
            .emit_jump(Instr::JmpIfNot { a: win + ew, j: 0 }, brk);
        let im = self.fb.mark();
        if let Some(k) = key {
            self.bind_value(k, define, win, elem)?;
        }
        self.branches.push(Branch {
            label,
            brk,
            cont: Some(cont),
        });
        let r = self.block(&body.stmts);
        self.branches.pop();
        r?;
        self.fb.release(im);
        self.fb.bind(cont);
        self.fb.jmp(top);
        Ok(())
    }

    /// `select { ... }`.
    pub fn select_stmt(
        &mut self,
        s: &'a Stmt,
        clauses: &'a [ast::CommClause],
        label: Option<String>,
    ) -> CResult<()> {
        let mut cases: Vec<SelCase<'a>> = Vec::new();
        let mut default: Option<&'a [Stmt]> = None;
        for cl in clauses {
            let Some(comm) = &cl.comm else {
                default = Some(&cl.body);
                continue;
            };
            let case = match &comm.kind {
                StmtKind::Send { chan, value } => SelCase {
                    send: true,
                    chan,
                    value: Some(value),
                    elem: self.chan_elem(chan)?,
                    lhs: &[],
                    define: false,
                    body: &cl.body,
                },
                StmtKind::Expr(x) => {
                    let ch = recv_operand(x).ok_or_else(|| internal(x.span, "select case"))?;
                    SelCase {
                        send: false,
                        chan: ch,
                        value: None,
                        elem: self.chan_elem(ch)?,
                        lhs: &[],
                        define: false,
                        body: &cl.body,
                    }
                }
                StmtKind::Assign { lhs, op, rhs, .. } => {
                    let ch = rhs
                        .first()
                        .and_then(recv_operand)
                        .ok_or_else(|| internal(comm.span, "select case"))?;
                    SelCase {
                        send: false,
                        chan: ch,
                        value: None,
                        elem: self.chan_elem(ch)?,
                        lhs,
                        define: *op == AssignOp::Define,
                        body: &cl.body,
                    }
                }
                _ => return Err(internal(comm.span, "select case")),
            };
            cases.push(case);
        }
        let n = cases.len();
        if n >= 1 << 15 {
            return Err(unsupported(s.span, "select with this many cases"));
        }
        let m = self.fb.mark();
        // Window: header, (chan, desc) per case, then the send values.
        let mut size = 1 + 2 * n as u32;
        let mut max_recv = 0u32;
        for c in &cases {
            let w = self.wreg(c.elem) as u32;
            if c.send {
                size += w;
            } else {
                max_recv = max_recv.max(w);
            }
        }
        let size = size.max(2 + max_recv);
        let win = self.regs(size);
        let hdr = n as u64 | if default.is_some() { 1 << 16 } else { 0 };
        self.load_int(win, hdr);
        let mut off = 1 + 2 * n as u32;
        for (i, c) in cases.iter().enumerate() {
            let cr = win + 1 + 2 * i as Reg;
            self.expr_to(c.chan, cr)?;
            let w = self.wreg(c.elem) as u32;
            let desc = if c.send {
                let v = c.value.ok_or_else(|| internal(s.span, "select send"))?;
                self.expr_conv_to(v, c.elem, win + off as Reg)?;
                let d = 1 | (off as u64) << 8 | (w as u64) << 32;
                off += w;
                d
            } else {
                0
            };
            self.load_int(cr + 1, desc);
        }
        self.pos(s.span);
        let nid = self
            .c
            .rt_native("runtime.selectgo", size as u16, rt::selectgo);
        self.fb.emit(Instr::CallNative { a: win, f: nid });
        let end = self.fb.label();
        let labels: Vec<Label> = cases.iter().map(|_| self.fb.label()).collect();
        let k = self.fb.reg();
        for (i, l) in labels.iter().enumerate() {
            self.load_int(k, i as u64);
            self.fb
                .emit_jump(Instr::JmpEqInt { a: win, b: k, j: 0 }, *l);
        }
        let branch = |label: &Option<String>| Branch {
            label: label.clone(),
            brk: end,
            cont: None,
        };
        if let Some(body) = default {
            self.branches.push(branch(&label));
            let r = self.block(body);
            self.branches.pop();
            r?;
        }
        self.fb.jmp(end);
        for (c, l) in cases.iter().zip(labels) {
            self.fb.bind(l);
            let im = self.fb.mark();
            if !c.send {
                let bool_t = crate::types::BasicKind::Bool.id();
                if let Some(v) = c.lhs.first() {
                    self.bind_value(v, c.define, win + 2, c.elem)?;
                }
                if let Some(okv) = c.lhs.get(1) {
                    self.bind_value(okv, c.define, win + 1, bool_t)?;
                }
            }
            self.branches.push(branch(&label));
            let r = self.block(c.body);
            self.branches.pop();
            r?;
            self.fb.release(im);
            self.fb.jmp(end);
        }
        self.fb.bind(end);
        self.fb.release(m);
        Ok(())
    }
}

/// The channel operand of a receive expression `<-ch` (parentheses allowed).
fn recv_operand(x: &Expr) -> Option<&Expr> {
    match &x.kind {
        ExprKind::Paren(i) => recv_operand(i),
        ExprKind::Unary { op: UnOp::Recv, x } => Some(x),
        _ => None,
    }
}
