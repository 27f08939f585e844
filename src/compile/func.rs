//! One function being compiled (`FnCtx`): where each variable lives (a run of
//! registers, a heap box whose pointer sits in a register, or global words), the
//! break/continue targets of enclosing statements, and the prologue and epilogue of
//! function declarations, func literals, package-variable initializers and native stubs.
//!
//! Registers are allocated stack-like: a statement releases the temporaries it took, a
//! block releases the variables it declared. A call window is always taken at the top,
//! above everything live.

use super::{internal, CResult, Compiler};
use crate::source::Span;
use crate::syntax::ast;
use crate::types::{Initializer, ObjId, TypeId};
use crate::vm::{Func, FuncBuilder, Instr, Label, Reg};
use std::collections::{HashMap, HashSet};

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub enum Loc {
    /// In registers `R[r..r+width]`.
    Reg(Reg),
    /// In a heap box; `R[r]` holds its pointer.
    Boxed(Reg),
    /// In global words `G[k..k+width]`.
    Global(u32),
}

/// Targets of `break` and `continue` for one enclosing statement.
pub struct Branch {
    pub label: Option<String>,
    pub brk: Label,
    /// `None` for switch and select (no `continue`).
    pub cont: Option<Label>,
}

pub struct FnCtx<'c, 'a> {
    pub c: &'c mut Compiler<'a>,
    pub fb: FuncBuilder,
    pub vars: HashMap<ObjId, Loc>,
    /// Locals that live in heap boxes (captured by closures or address taken).
    pub boxed: HashSet<ObjId>,
    /// Result types, and the named result variables (empty if unnamed).
    pub results: Vec<TypeId>,
    pub named_results: Vec<ObjId>,
    pub res_words: u16,
    pub has_defer: bool,
    pub branches: Vec<Branch>,
    /// `goto` labels by name.
    pub labels: HashMap<String, Label>,
    /// Name of the enclosing top-level function (func literals are `name.funcN`).
    pub name: String,
    /// The label a pending `fallthrough` jumps to.
    pub fallthrough: Option<Label>,
    /// Every result variable (named or not), for `return` in range-over-func bodies.
    pub result_objs: Vec<ObjId>,
    /// Set while compiling a range-over-func body (`rangefunc.rs`).
    pub range_exit: Option<super::rangefunc::RangeExit>,
}

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn new(c: &'c mut Compiler<'a>, fb: FuncBuilder, name: &str) -> FnCtx<'c, 'a> {
        FnCtx {
            c,
            fb,
            vars: HashMap::new(),
            boxed: HashSet::new(),
            results: Vec::new(),
            named_results: Vec::new(),
            res_words: 0,
            has_defer: false,
            branches: Vec::new(),
            labels: HashMap::new(),
            name: name.to_string(),
            fallthrough: None,
            result_objs: Vec::new(),
            range_exit: None,
        }
    }

    pub fn width(&self, t: TypeId) -> u32 {
        self.c.width(t)
    }

    pub fn wreg(&self, t: TypeId) -> u16 {
        self.c.width(t) as u16
    }

    /// `n` fresh registers.
    pub fn regs(&mut self, n: u32) -> Reg {
        self.fb.regs(n.min(u16::MAX as u32) as u16)
    }

    pub fn pos(&mut self, span: Span) {
        self.fb.set_pos(span.lo);
    }

    /// Declares a local variable (zero-valued unless `init` is given: registers holding
    /// its initial value, which are copied).
    pub fn declare(&mut self, o: ObjId, init: Option<Reg>) -> CResult<Loc> {
        let t = self.c.info.obj(o).ty;
        let w = self.width(t) as u16;
        let loc = if self.is_boxed(o) {
            let r = self.fb.reg();
            let l = self.c.layout_idx(t);
            self.fb.emit(Instr::New { a: r, b: l });
            if let Some(src) = init {
                self.store_ptr(r, 0, src, w);
            }
            Loc::Boxed(r)
        } else {
            let r = self.regs(w as u32);
            match init {
                Some(src) => self.mov(r, src, w),
                None => self.zero(r, w),
            }
            Loc::Reg(r)
        };
        self.vars.insert(o, loc);
        Ok(loc)
    }

    pub fn mov(&mut self, dst: Reg, src: Reg, w: u16) {
        if dst == src || w == 0 {
            return;
        }
        if w == 1 {
            self.fb.emit(Instr::Move { a: dst, b: src });
        } else {
            self.fb.emit(Instr::MoveN {
                a: dst,
                b: src,
                c: w,
            });
        }
    }

    pub fn zero(&mut self, dst: Reg, w: u16) {
        if w > 0 {
            self.fb.emit(Instr::Zero { a: dst, b: w });
        }
    }

    /// `*(ptr + off) = R[src..src+w]`.
    pub fn store_ptr(&mut self, ptr: Reg, off: u16, src: Reg, w: u16) {
        if w == 0 {
            return;
        }
        if w == 1 {
            self.fb.emit(Instr::Store {
                a: ptr,
                b: src,
                c: off,
            });
        } else if off == 0 {
            self.fb.emit(Instr::StoreN {
                a: ptr,
                b: src,
                c: w,
            });
        } else {
            let p = self.fb.reg();
            self.fb.emit(Instr::Addr {
                a: p,
                b: ptr,
                c: off,
            });
            self.fb.emit(Instr::StoreN { a: p, b: src, c: w });
        }
    }

    /// `R[dst..dst+w] = *(ptr + off)`.
    pub fn load_ptr(&mut self, dst: Reg, ptr: Reg, off: u16, w: u16) {
        if w == 0 {
            // Still a nil check, as Go dereferences.
            self.fb.emit(Instr::NilCheck { a: ptr });
            return;
        }
        if w == 1 {
            self.fb.emit(Instr::Load {
                a: dst,
                b: ptr,
                c: off,
            });
        } else if off == 0 {
            self.fb.emit(Instr::LoadN {
                a: dst,
                b: ptr,
                c: w,
            });
        } else {
            let p = self.fb.reg();
            self.fb.emit(Instr::Addr {
                a: p,
                b: ptr,
                c: off,
            });
            self.fb.emit(Instr::LoadN { a: dst, b: p, c: w });
        }
    }

    pub fn get_global(&mut self, dst: Reg, k: u32, w: u16) {
        for i in 0..w {
            self.fb.emit(Instr::GetGlobal {
                a: dst + i,
                k: k + i as u32,
            });
        }
    }

    pub fn set_global(&mut self, k: u32, src: Reg, w: u16) {
        for i in 0..w {
            self.fb.emit(Instr::SetGlobal {
                a: src + i,
                k: k + i as u32,
            });
        }
    }

    /// The location of a variable object (locals, captured, package variables).
    pub fn loc(&mut self, o: ObjId, span: Span) -> CResult<Loc> {
        if let Some(l) = self.vars.get(&o) {
            return Ok(*l);
        }
        let obj = self.c.info.obj(o);
        if matches!(
            obj.kind,
            crate::types::ObjKind::Var(crate::types::VarKind::Package)
        ) {
            let k = self.c.global(o);
            return Ok(Loc::Global(k));
        }
        Err(internal(
            span,
            format!("variable {} has no location", obj.name),
        ))
    }

    /// Binds the parameters `params` (objects, in order) to `R[0..]`.
    fn bind_params(&mut self, params: &[ObjId]) -> CResult<()> {
        let mut off: u16 = 0;
        for &p in params {
            let t = self.c.info.obj(p).ty;
            let w = self.width(t) as u16;
            if self.is_boxed(p) {
                let r = self.fb.reg();
                let l = self.c.layout_idx(t);
                self.fb.emit(Instr::New { a: r, b: l });
                self.store_ptr(r, 0, off, w);
                self.vars.insert(p, Loc::Boxed(r));
            } else {
                // Parameters stay where the caller put them... unless the results
                // overlap them, in which case they are copied out of the way at return
                // (results are written only by `Ret`, which reads its own registers).
                self.vars.insert(p, Loc::Reg(off));
            }
            off += w;
        }
        Ok(())
    }

    /// Prologue of a function body: parameters, named results, defer detection.
    pub fn prologue(
        &mut self,
        sig: TypeId,
        params: &[ObjId],
        ftype: &ast::FuncType,
        body: &ast::Block,
    ) -> CResult<()> {
        let (np, nr) = self.c.sig_params_results(sig);
        let nparams = params.len().saturating_sub(nr.len());
        let _ = np;
        self.results = nr.clone();
        self.res_words = nr.iter().map(|t| self.c.width(*t) as u16).sum();
        super::closure::find_boxed(self, body, params);
        self.has_defer = super::defer::has_defer(body);
        self.bind_params(&params[..nparams])?;
        self.result_objs = params[nparams..].to_vec();
        // Results a range-over-func body sets (by `return`) are variables too.
        let named = ftype.results.iter().any(|f| !f.names.is_empty())
            || self
                .result_objs
                .iter()
                .any(|r| self.c.info.captured.contains(r));
        if named {
            for &r in &params[nparams..] {
                self.declare(r, None)?;
                self.named_results.push(r);
            }
        }
        Ok(())
    }

    /// The end of a body: a function without results returns; with results the checker
    /// guaranteed a terminating statement, but emit a return anyway. Also the recover
    /// point of a function that defers.
    pub fn epilogue(&mut self) -> CResult<()> {
        self.emit_return_named()?;
        if self.has_defer {
            self.fb.set_recover_here();
            self.emit_return_named()?;
        }
        Ok(())
    }

    /// Returns the named results' current values (zero values if unnamed).
    pub fn emit_return_named(&mut self) -> CResult<()> {
        let w = self.res_words;
        let dst = self.regs(w as u32);
        if self.named_results.is_empty() {
            self.zero(dst, w);
        } else {
            let mut off = 0;
            for r in self.named_results.clone() {
                let t = self.c.info.obj(r).ty;
                let rw = self.wreg(t);
                self.read_var(r, dst + off, Span::default())?;
                off += rw;
            }
        }
        self.fb.emit(Instr::Ret { a: dst, b: w });
        Ok(())
    }

    /// Copies a variable's value into `dst`.
    pub fn read_var(&mut self, o: ObjId, dst: Reg, span: Span) -> CResult<()> {
        let t = self.c.info.obj(o).ty;
        let w = self.wreg(t);
        match self.loc(o, span)? {
            Loc::Reg(r) => self.mov(dst, r, w),
            Loc::Boxed(p) => self.load_ptr(dst, p, 0, w),
            Loc::Global(k) => self.get_global(dst, k, w),
        }
        Ok(())
    }

    /// Stores `R[src..]` into a variable.
    pub fn write_var(&mut self, o: ObjId, src: Reg, span: Span) -> CResult<()> {
        let t = self.c.info.obj(o).ty;
        let w = self.wreg(t);
        match self.loc(o, span)? {
            Loc::Reg(r) => self.mov(r, src, w),
            Loc::Boxed(p) => self.store_ptr(p, 0, src, w),
            Loc::Global(k) => self.set_global(k, src, w),
        }
        Ok(())
    }

    pub fn finish(self) -> CResult<Func> {
        self.fb.finish().map_err(|e| internal(Span::default(), e))
    }
}

impl Compiler<'_> {
    /// Parameter and result types of a signature (the receiver is not included).
    pub fn sig_params_results(&self, sig: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
        match self.info.types.signature(sig) {
            Some(s) => (s.params.clone(), s.results.clone()),
            None => (vec![], vec![]),
        }
    }

    pub fn words(&self, ts: &[TypeId]) -> u16 {
        ts.iter().map(|t| self.width(*t) as u16).sum()
    }
}

/// Compiles a function or method declaration.
pub fn compile_decl<'a>(
    c: &mut Compiler<'a>,
    o: ObjId,
    fd: &'a ast::FuncDecl,
    name: &str,
) -> CResult<Func> {
    let Some(body) = &fd.body else {
        return Err(internal(fd.span, "no body"));
    };
    let Some(fi) = c.info.funcs.get(&fd.name.id) else {
        return Err(internal(fd.span, format!("no function info for {name}")));
    };
    let sig = fi.sig;
    let params = fi.params.clone();
    let _ = o;
    let (ps, rs) = c.sig_params_results(sig);
    let recv_w = if fd.recv.is_some() {
        params
            .first()
            .map_or(0, |r| c.width(c.info.obj(*r).ty) as u16)
    } else {
        0
    };
    let np = recv_w + c.words(&ps);
    let nr = c.words(&rs);
    let fb = FuncBuilder::new(name, np, nr);
    let mut fx = FnCtx::new(c, fb, name);
    fx.pos(fd.span);
    fx.prologue(sig, &params, &fd.sig, body)?;
    fx.block(&body.stmts)?;
    fx.pos(body.rbrace);
    fx.epilogue()?;
    fx.finish()
}

/// A stub whose body calls the native implementing the function.
pub fn native_stub(c: &mut Compiler, o: ObjId, fd: &ast::FuncDecl, name: &str) -> CResult<Func> {
    let Some(fi) = c.info.funcs.get(&fd.name.id) else {
        return Err(internal(fd.span, format!("no function info for {name}")));
    };
    let sig = fi.sig;
    let params = fi.params.clone();
    let (ps, rs) = c.sig_params_results(sig);
    let recv_w = if fd.recv.is_some() {
        params
            .first()
            .map_or(0, |r| c.width(c.info.obj(*r).ty) as u16)
    } else {
        0
    };
    let np = recv_w + c.words(&ps);
    let nr = c.words(&rs);
    let Some((nid, _)) = c.native_for(o) else {
        // Compiled because a method table or a reachable path names it; calling it
        // panics (loudly, never silently wrong).
        let mut fb = FuncBuilder::new(name, np, nr);
        fb.set_pos(fd.span.lo);
        let s = fb.regs(2);
        let msg = format!("minigo: unsupported: native function {name}");
        let k = c.pb.string(msg.as_bytes());
        fb.emit(Instr::LoadStr { a: s, k });
        let i = fb.regs(2);
        let st = c.rt_type(crate::types::BasicKind::String.id());
        fb.emit(Instr::MakeIface {
            a: i,
            b: s,
            c: st as u16,
        });
        fb.emit(Instr::Panic { a: i });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        return fb.finish().map_err(|e| internal(fd.span, e));
    };
    let window = c.native_window(nid);
    let mut fb = FuncBuilder::new(name, np, nr);
    fb.set_pos(fd.span.lo);
    let have = np.max(nr);
    if window > have {
        fb.regs(window - have);
    }
    fb.emit(Instr::CallNative { a: 0, f: nid });
    fb.emit(Instr::Ret { a: 0, b: nr });
    fb.finish().map_err(|e| internal(fd.span, e))
}

/// A function running one package-variable initializer.
pub fn compile_initializer<'a>(
    c: &mut Compiler<'a>,
    ini: &Initializer,
    name: &str,
) -> CResult<Func> {
    let fb = FuncBuilder::new(name, 0, 0);
    let mut fx = FnCtx::new(c, fb, name);
    let rhs = super::expr::find_expr(fx.c, ini.rhs)
        .ok_or_else(|| internal(Span::default(), "initializer expression not found"))?;
    fx.pos(rhs.span);
    let lhs = ini.lhs.clone();
    let m = fx.fb.mark();
    if lhs.len() == 1 {
        let t = fx.c.info.obj(lhs[0]).ty;
        let r = fx.expr_conv(rhs, t)?;
        if fx.c.info.obj(lhs[0]).name != "_" {
            let k = fx.c.global(lhs[0]);
            let w = fx.wreg(t);
            fx.set_global(k, r, w);
        }
    } else {
        let r = fx.expr(rhs)?;
        let mut off = 0;
        let tt = fx.c.info.type_of(rhs.id);
        let elems = fx.c.info.types.tuple_elems(tt).to_vec();
        for (v, et) in lhs.iter().zip(elems) {
            let w = fx.wreg(et);
            if fx.c.info.obj(*v).name != "_" {
                let k = fx.c.global(*v);
                fx.set_global(k, r + off, w);
            }
            off += w;
        }
    }
    fx.fb.release(m);
    fx.fb.emit(Instr::Ret { a: 0, b: 0 });
    fx.finish()
}
