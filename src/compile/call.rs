//! Calls: of declared functions (`Call`), of func values (`CallClosure`), of methods
//! (static, with the receiver first; through interfaces with `CallIface`), of natives,
//! and of the builtins; plus conversions `T(x)`, which share the call syntax.
//!
//! Arguments are evaluated left to right straight into a call window taken above every
//! live register; variadic arguments are packed into a slice; a multi-value call as the
//! only argument is spread over the parameters.

use super::expr::Place;
use super::func::FnCtx;
use super::types::Num;
use super::{internal, unsupported, CResult};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{BasicKind, Builtin, Mode, ObjKind, Selection, SelectionKind, Type, TypeId};
use crate::vm::{Instr, Reg};

/// What is being called.
enum Callee<'a> {
    Static(u32),
    Value(&'a Expr),
    Method(&'a Expr, Selection),
}

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn strip(e: &'a Expr) -> &'a Expr {
        match &e.kind {
            ExprKind::Paren(x) => Self::strip(x),
            _ => e,
        }
    }

    pub fn call_expr(&mut self, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Err(internal(e.span, "not a call"));
        };
        let f = Self::strip(func);
        let mode = self.c.info.expr(f.id).map(|t| t.mode);
        if mode == Some(Mode::TypeExpr) {
            let t = self.c.info.type_of(f.id);
            let Some(arg) = args.first() else {
                return Err(internal(e.span, "conversion without argument"));
            };
            return self.conversion(e, t, arg, dst);
        }
        if let Some(Mode::Builtin(b)) = mode {
            return self.builtin(e, b, args, ellipsis.is_some(), dst);
        }
        let ft = self.c.info.type_of(f.id);
        let Some(sig) = self.c.info.types.signature(ft).cloned() else {
            return Err(internal(e.span, "call of a non-function"));
        };
        let callee = self.callee(f)?;
        let res_w = self.c.words(&sig.results);
        let recv_w: u16 = match &callee {
            Callee::Method(_, s) => {
                if self.c.info.is_interface_method(s.obj) {
                    1
                } else {
                    let recv_t = self.c.method_recv_type(s.obj);
                    self.wreg(recv_t)
                }
            }
            _ => 0,
        };
        let arg_w = self.c.words(&sig.params);
        let win = self.regs((recv_w + arg_w).max(res_w).max(1) as u32);
        let mut iface_reg = None;
        if let Callee::Method(x, s) = &callee {
            if self.c.info.is_interface_method(s.obj) {
                // The interface value itself, found along any embedded path.
                let path = &s.index[..s.index.len().saturating_sub(1)];
                let r = if path.is_empty() {
                    self.expr(x)?
                } else {
                    let pl = self.field_place(x, path)?;
                    let r = self.regs(2);
                    self.read_place(pl, r, 2);
                    r
                };
                iface_reg = Some(r);
            } else {
                self.receiver(x, s, win)?;
            }
        }
        self.args(
            &sig.params,
            sig.variadic,
            args,
            ellipsis.is_some(),
            win + recv_w,
        )?;
        self.pos(e.span);
        match callee {
            Callee::Static(fid) => {
                self.fb.emit(Instr::Call { a: win, f: fid });
            }
            Callee::Value(fe) => {
                let r = self.expr(fe)?;
                self.pos(e.span);
                self.fb.emit(Instr::CallClosure { a: win, b: r });
            }
            Callee::Method(_, s) => {
                if let Some(r) = iface_reg {
                    let m = self.c.method_key(s.obj);
                    self.fb.emit(Instr::CallIface {
                        a: win,
                        b: r,
                        c: m as u16,
                    });
                } else {
                    let fid = self.c.func_ref(s.obj, e.span)?;
                    self.fb.emit(Instr::Call { a: win, f: fid });
                }
            }
        }
        match dst {
            Some(d) => {
                self.mov(d, win, res_w);
                Ok(d)
            }
            None => Ok(win),
        }
    }

    fn callee(&mut self, f: &'a Expr) -> CResult<Callee<'a>> {
        let info = self.c.info;
        match &f.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = info.uses.get(&id.id) {
                    if matches!(info.obj(*o).kind, ObjKind::Func { .. }) {
                        return Ok(Callee::Static(self.c.func_ref(*o, f.span)?));
                    }
                }
                Ok(Callee::Value(f))
            }
            ExprKind::Index { .. } | ExprKind::IndexList { .. } => {
                // `F[int](x)`: a generic function instance.
                match info.instance_refs.get(&f.id) {
                    Some(&o) => Ok(Callee::Static(self.c.func_ref(o, f.span)?)),
                    None => Ok(Callee::Value(f)),
                }
            }
            ExprKind::Paren(x) if info.instance_refs.contains_key(&x.id) => self.callee(x),
            ExprKind::Selector { x, sel } => match info.selections.get(&f.id) {
                None => {
                    if let Some(o) = info.uses.get(&sel.id) {
                        if matches!(info.obj(*o).kind, ObjKind::Func { .. }) {
                            return Ok(Callee::Static(self.c.func_ref(*o, f.span)?));
                        }
                    }
                    Ok(Callee::Value(f))
                }
                Some(s) if s.kind == SelectionKind::MethodVal => Ok(Callee::Method(x, s.clone())),
                Some(_) => Ok(Callee::Value(f)),
            },
            _ => Ok(Callee::Value(f)),
        }
    }

    /// Puts the receiver of a static method call `x.m(...)` into `R[win..]`.
    pub fn receiver(&mut self, x: &'a Expr, s: &Selection, win: Reg) -> CResult<()> {
        let recv_t = self.c.method_recv_type(s.obj);
        let want_ptr = matches!(self.c.info.types.get(recv_t), Type::Pointer(_));
        let path = &s.index[..s.index.len().saturating_sub(1)];
        let xt = self.ty(x);
        let x_is_ptr = matches!(self.c.info.types.under(xt), Type::Pointer(_));
        if path.is_empty() {
            match (want_ptr, x_is_ptr) {
                (true, true) | (false, false) => self.expr_to(x, win)?,
                (true, false) => self.addr_of(x, win)?,
                (false, true) => {
                    let p = self.expr(x)?;
                    let w = self.wreg(recv_t);
                    self.load_ptr(win, p, 0, w);
                }
            }
            return Ok(());
        }
        // Promoted through embedded fields.
        let pl = self.field_place(x, path)?;
        let ft = self.c.embedded_type(xt, path);
        let f_is_ptr = matches!(self.c.info.types.under(ft), Type::Pointer(_));
        match (want_ptr, f_is_ptr) {
            (true, true) | (false, false) => {
                let w = self.wreg(recv_t);
                self.read_place(pl, win, w);
            }
            (true, false) => match pl {
                Place::Mem(p, 0) => self.mov(win, p, 1),
                Place::Mem(p, o) => {
                    self.fb.emit(Instr::Addr { a: win, b: p, c: o });
                }
                Place::Global(k) => {
                    self.fb.emit(Instr::GlobalAddr { a: win, k });
                }
                Place::Regs(_) | Place::RegIdx(..) => {
                    return Err(unsupported(
                        x.span,
                        "pointer method of an embedded field of a register value",
                    ))
                }
            },
            (false, true) => {
                let p = self.fb.reg();
                self.read_place(pl, p, 1);
                let w = self.wreg(recv_t);
                self.load_ptr(win, p, 0, w);
            }
        }
        Ok(())
    }

    /// Evaluates call arguments into `R[win..]` for parameters `params`.
    pub fn args(
        &mut self,
        params: &[TypeId],
        variadic: bool,
        args: &'a [Expr],
        ellipsis: bool,
        win: Reg,
    ) -> CResult<()> {
        // f(g()) with g returning several values.
        if args.len() == 1 && params.len() > 1 || (args.len() == 1 && self.is_tuple(&args[0])) {
            let tt = self.c.info.type_of(args[0].id);
            let elems = self.c.info.types.tuple_elems(tt).to_vec();
            if elems.len() > 1 {
                let r = self.expr(&args[0])?;
                let mut src = r;
                let mut dst = win;
                let fixed = if variadic {
                    params.len() - 1
                } else {
                    params.len()
                };
                for (i, et) in elems.iter().enumerate() {
                    let pt = if i < fixed {
                        params[i]
                    } else {
                        self.c.info.types.elem(params[fixed]).unwrap_or(*et)
                    };
                    if i == fixed {
                        // Spread the rest into a variadic slice.
                        let n = elems.len() - fixed;
                        return self.pack_regs(&elems[fixed..], src, pt, n, dst);
                    }
                    self.conv_reg(src, *et, pt, dst);
                    src += self.wreg(*et);
                    dst += self.wreg(pt);
                }
                if variadic && fixed == elems.len() {
                    self.zero(dst, 3);
                }
                return Ok(());
            }
        }
        let fixed = if variadic && !ellipsis {
            params.len() - 1
        } else {
            params.len()
        };
        let mut dst = win;
        for (i, a) in args.iter().enumerate().take(fixed) {
            let pt = params[i];
            self.expr_conv_to(a, pt, dst)?;
            dst += self.wreg(pt);
        }
        if variadic && !ellipsis {
            let st = params[fixed];
            let et = self.c.info.types.elem(st).unwrap_or(st);
            let rest = &args[fixed.min(args.len())..];
            if rest.is_empty() {
                self.zero(dst, 3);
                return Ok(());
            }
            let ew = self.wreg(et);
            let n = self.regs(2);
            self.load_int(n, rest.len() as u64);
            self.mov(n + 1, n, 1);
            let l = self.c.layout_idx(et);
            self.fb.emit(Instr::MakeSlice { a: dst, b: n, c: l });
            let ew_op = if self.c.is_byte(et) { 1 } else { ew };
            for (i, a) in rest.iter().enumerate() {
                let m = self.fb.mark();
                let v = self.expr_conv(a, et)?;
                let idx = self.fb.reg();
                self.load_int(idx, i as u64);
                self.fb.emit(Instr::SliceSet {
                    a: v,
                    b: dst,
                    c: idx,
                    w: ew_op as u8,
                });
                self.fb.release(m);
            }
        }
        Ok(())
    }

    fn is_tuple(&self, e: &Expr) -> bool {
        let t = self.c.info.type_of(e.id);
        matches!(self.c.info.types.get(t), Type::Tuple(v) if v.len() > 1)
    }

    /// Packs `n` register values (types `ts`) into a new slice of `[]et` at `dst`.
    fn pack_regs(
        &mut self,
        ts: &[TypeId],
        src: Reg,
        et: TypeId,
        n: usize,
        dst: Reg,
    ) -> CResult<()> {
        let nr = self.regs(2);
        self.load_int(nr, n as u64);
        self.mov(nr + 1, nr, 1);
        let l = self.c.layout_idx(et);
        self.fb.emit(Instr::MakeSlice {
            a: dst,
            b: nr,
            c: l,
        });
        let ew = self.wreg(et);
        let mut s = src;
        for (i, t) in ts.iter().enumerate() {
            let v = self.regs(ew as u32);
            self.conv_reg(s, *t, et, v);
            let idx = self.fb.reg();
            self.load_int(idx, i as u64);
            self.fb.emit(Instr::SliceSet {
                a: v,
                b: dst,
                c: idx,
                w: ew as u8,
            });
            s += self.wreg(*t);
        }
        Ok(())
    }

    /// Copies a value of type `from` in `R[src..]` to `R[dst..]` as type `to` (boxing
    /// into an interface when needed).
    pub fn conv_reg(&mut self, src: Reg, from: TypeId, to: TypeId, dst: Reg) {
        let tt = &self.c.info.types;
        if tt.is_interface(to) && !tt.is_interface(from) {
            self.make_iface(dst, src, from);
        } else {
            let w = self.wreg(to);
            self.mov(dst, src, w);
        }
    }

    fn conversion(
        &mut self,
        e: &'a Expr,
        to: TypeId,
        x: &'a Expr,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let from = self.ty(x);
        let tt = &self.c.info.types;
        if tt.is_interface(to) {
            return self.conv_in_pub(x, to, dst);
        }
        let (fnum, tnum) = (self.c.num(from), self.c.num(to));
        let under_to = tt.under(to).clone();
        let under_from = tt.under(from).clone();
        // unsafe.Pointer: the checker allowed only sound reinterpretations
        // (`types::unsafe_pkg`); an integer never becomes a pointer word.
        let uptr = Type::Basic(BasicKind::UnsafePointer);
        if under_from == uptr && under_to == Type::Basic(BasicKind::Uintptr) {
            let v = self.expr(x)?;
            let d = self.dst_or_pub(dst, 1);
            self.fb.emit(Instr::PtrAddr { a: d, b: v });
            return Ok(d);
        }
        if under_to == uptr
            && !matches!(
                under_from,
                Type::Pointer(_) | Type::Basic(BasicKind::UnsafePointer | BasicKind::UntypedNil)
            )
        {
            return Err(unsupported(
                e.span,
                "conversion of an integer to unsafe.Pointer",
            ));
        }
        // string(x) from integers, []byte, []rune; []byte(s), []rune(s).
        if tnum == Num::Str && fnum != Num::Str {
            let v = self.expr(x)?;
            let d = self.dst_or_pub(dst, 2);
            match under_from {
                Type::Slice(el) => {
                    if self.c.is_byte(el) {
                        self.fb.emit(Instr::BytesToStr { a: d, b: v });
                    } else {
                        self.fb.emit(Instr::RunesToStr { a: d, b: v });
                    }
                }
                _ => {
                    self.fb.emit(Instr::RuneToStr { a: d, b: v });
                }
            }
            return Ok(d);
        }
        if fnum == Num::Str {
            if let Type::Slice(el) = under_to {
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 3);
                if self.c.is_byte(el) {
                    self.fb.emit(Instr::StrToBytes { a: d, b: v });
                } else {
                    self.fb.emit(Instr::StrToRunes { a: d, b: v });
                }
                return Ok(d);
            }
        }
        match (fnum, tnum) {
            (Num::Int(_) | Num::Uint(_), Num::Int(_) | Num::Uint(_)) => {
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 1);
                self.mov(d, v, 1);
                let (fb, tb) = (fnum.bits(), tnum.bits());
                let fs = matches!(fnum, Num::Int(_));
                let ts = matches!(tnum, Num::Int(_));
                if tb < 64 && (tb < fb || fs != ts || tb <= fb) {
                    self.fb.emit(Instr::Wrap {
                        a: d,
                        bits: tb,
                        signed: ts,
                    });
                }
                Ok(d)
            }
            (Num::Int(_) | Num::Uint(_), Num::F64 | Num::F32) => {
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 1);
                let signed = matches!(fnum, Num::Int(_));
                let i = match (signed, tnum == Num::F32) {
                    (true, false) => Instr::IntToF { a: d, b: v },
                    (false, false) => Instr::UintToF { a: d, b: v },
                    (true, true) => Instr::IntToF32 { a: d, b: v },
                    (false, true) => Instr::UintToF32 { a: d, b: v },
                };
                self.fb.emit(i);
                Ok(d)
            }
            (Num::F64 | Num::F32, Num::Int(b) | Num::Uint(b)) => {
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 1);
                let signed = matches!(tnum, Num::Int(_));
                self.fb.emit(Instr::FToInt {
                    a: d,
                    b: v,
                    bits: b,
                    signed,
                });
                Ok(d)
            }
            (Num::C128 | Num::C64, Num::C128 | Num::C64) => {
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 2);
                self.mov(d, v, 2);
                if tnum == Num::C64 && fnum == Num::C128 {
                    self.normalize(d, Num::C64);
                }
                Ok(d)
            }
            (Num::F64 | Num::F32, Num::F64 | Num::F32) => {
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 1);
                self.mov(d, v, 1);
                if tnum == Num::F32 && fnum == Num::F64 {
                    self.fb.emit(Instr::RoundF32 { a: d });
                }
                Ok(d)
            }
            _ => {
                // Go 1.17/1.20's slice to array (pointer) conversions: a length check,
                // then a pointer to the slice's first element (which aliases its array),
                // loaded for `[N]T(s)`.
                if let Type::Slice(_) = under_from {
                    let target = match &under_to {
                        Type::Array { len, elem } => Some((*len, *elem, false)),
                        Type::Pointer(p) => match tt.under(*p) {
                            Type::Array { len, elem } => Some((*len, *elem, true)),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some((len, elem, to_ptr)) = target {
                        return self.slice_to_array(e, x, len, elem, to_ptr, dst);
                    }
                }
                // Same underlying representation: the value itself.
                self.expr_in_pub(x, dst)
            }
        }
    }

    /// `[N]T(s)` (`to_ptr` false) or `(*[N]T)(s)`.
    fn slice_to_array(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        len: u64,
        elem: TypeId,
        to_ptr: bool,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let s = self.expr(x)?;
        let n = self.fb.reg();
        self.load_int(n, len);
        self.pos(e.span);
        let p = if to_ptr {
            self.dst_or_pub(dst, 1)
        } else {
            self.fb.reg()
        };
        self.fb.emit(Instr::SliceToArrayPtr { a: p, b: s, c: n });
        if to_ptr {
            return Ok(p);
        }
        let _ = (len, elem);
        let w = self.wreg(self.ty(e));
        let d = self.dst_or_pub(dst, w);
        if w > 0 {
            self.load_ptr(d, p, 0, w);
        }
        Ok(d)
    }

    fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: bool,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let arg = |i: usize| {
            args.get(i)
                .ok_or_else(|| internal(e.span, "missing builtin argument"))
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = arg(0)?;
                let xt = self.ty(x);
                let under = self.c.info.types.under(xt).clone();
                let v = self.expr(x)?;
                let d = self.dst_or_pub(dst, 1);
                match (under, b) {
                    (Type::Basic(_), _) => {
                        self.fb.emit(Instr::LenStr { a: d, b: v });
                    }
                    (Type::Slice(_), Builtin::Len) => {
                        self.fb.emit(Instr::LenSlice { a: d, b: v });
                    }
                    (Type::Slice(_), _) => {
                        self.fb.emit(Instr::CapSlice { a: d, b: v });
                    }
                    (Type::Map { .. }, _) => {
                        self.fb.emit(Instr::MapLen { a: d, b: v });
                    }
                    (Type::Chan { .. }, _) => self.chan_len_cap(d, v, b == Builtin::Len),
                    _ => return Err(unsupported(e.span, format!("{} of this type", b.name()))),
                }
                Ok(d)
            }
            Builtin::Append => {
                let s = arg(0)?;
                let st = self.ty(s);
                let et = self.c.info.types.elem(st).unwrap_or(st);
                let d = self.dst_or_pub(dst, 3);
                self.expr_conv_to(s, st, d)?;
                let l = self.c.layout_idx(et);
                if ellipsis {
                    let x = arg(1)?;
                    let xt = self.ty(x);
                    let v = self.expr(x)?;
                    if self.c.num(xt) == Num::Str {
                        self.fb.emit(Instr::AppendStr { a: d, b: v });
                    } else {
                        self.fb.emit(Instr::AppendSlice { a: d, b: v, c: l });
                    }
                    return Ok(d);
                }
                for x in &args[1..] {
                    let m = self.fb.mark();
                    let v = self.expr_conv(x, et)?;
                    self.fb.emit(Instr::Append { a: d, b: v, c: l });
                    self.fb.release(m);
                }
                Ok(d)
            }
            Builtin::Copy => {
                let (x, y) = (arg(0)?, arg(1)?);
                let xt = self.ty(x);
                let yt = self.ty(y);
                let et = self.c.info.types.elem(xt).unwrap_or(xt);
                let a = self.expr(x)?;
                let bb = self.expr(y)?;
                let d = self.dst_or_pub(dst, 1);
                if self.c.num(yt) == Num::Str {
                    self.fb.emit(Instr::CopyStr { a: d, b: a, c: bb });
                } else {
                    let w = if self.c.is_byte(et) { 1 } else { self.wreg(et) };
                    self.fb.emit(Instr::Copy {
                        a: d,
                        b: a,
                        c: bb,
                        w: w as u8,
                    });
                }
                Ok(d)
            }
            Builtin::Delete => {
                let (m, k) = (arg(0)?, arg(1)?);
                let mt = self.ty(m);
                let Type::Map { key, .. } = self.c.info.types.under(mt).clone() else {
                    return Err(internal(e.span, "delete of a non-map"));
                };
                let mr = self.expr(m)?;
                let kr = self.expr_conv(k, key)?;
                self.fb.emit(Instr::MapDelete { a: mr, b: kr });
                Ok(mr)
            }
            Builtin::Clear => {
                let m = arg(0)?;
                let mt = self.ty(m);
                if let Type::Slice(et) = self.c.info.types.under(mt).clone() {
                    // Zero every element, one store each.
                    let s = self.expr(m)?;
                    let ew = if self.c.is_byte(et) { 1 } else { self.wreg(et) };
                    let n = self.fb.reg();
                    self.fb.emit(Instr::LenSlice { a: n, b: s });
                    let i = self.fb.reg();
                    self.fb.emit(Instr::LoadI { a: i, i: 0 });
                    let z = self.regs(ew.max(1) as u32);
                    self.zero(z, ew.max(1));
                    let top = self.fb.label();
                    let end = self.fb.label();
                    self.fb.bind(top);
                    self.fb.emit_jump(Instr::JmpGeInt { a: i, b: n, j: 0 }, end);
                    self.fb.emit(Instr::SliceSet {
                        a: z,
                        b: s,
                        c: i,
                        w: ew as u8,
                    });
                    self.fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
                    self.fb.jmp(top);
                    self.fb.bind(end);
                    return Ok(s);
                }
                if !matches!(self.c.info.types.under(mt), Type::Map { .. }) {
                    return Err(unsupported(e.span, "clear of this type"));
                }
                let mr = self.expr(m)?;
                self.fb.emit(Instr::MapClear { a: mr });
                Ok(mr)
            }
            Builtin::Make => {
                let t = self.c.info.type_of(e.id);
                match self.c.info.types.under(t).clone() {
                    Type::Slice(et) => {
                        let n = self.regs(2);
                        self.expr_to(arg(1)?, n)?;
                        match args.get(2) {
                            Some(c) => self.expr_to(c, n + 1)?,
                            None => self.mov(n + 1, n, 1),
                        }
                        let l = self.c.layout_idx(et);
                        let d = self.dst_or_pub(dst, 3);
                        self.pos(e.span);
                        self.fb.emit(Instr::MakeSlice { a: d, b: n, c: l });
                        Ok(d)
                    }
                    Type::Map { .. } => {
                        let h = self.fb.reg();
                        match args.get(1) {
                            Some(x) => self.expr_to(x, h)?,
                            None => {
                                self.fb.emit(Instr::LoadI { a: h, i: 0 });
                            }
                        }
                        let mt = self.c.map_type_idx(t);
                        let d = self.dst_or_pub(dst, 1);
                        self.fb.emit(Instr::MakeMap { a: d, b: h, c: mt });
                        Ok(d)
                    }
                    Type::Chan { elem, .. } => self.make_chan(e, elem, args.get(1), dst),
                    _ => Err(unsupported(e.span, "make of this type")),
                }
            }
            // `Sizeof`, `Alignof` and `Offsetof` are constants (compiled as such before
            // any call); the checker reports the others as unsupported.
            Builtin::Add
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::Sizeof
            | Builtin::Slice
            | Builtin::SliceData
            | Builtin::String
            | Builtin::StringData => Err(unsupported(e.span, format!("unsafe.{}", b.name()))),
            Builtin::New => {
                let t = self.c.info.type_of(e.id);
                let et = self.c.info.types.elem(t).unwrap_or(t);
                let l = self.c.layout_idx(et);
                let d = self.dst_or_pub(dst, 1);
                self.fb.emit(Instr::New { a: d, b: l });
                Ok(d)
            }
            Builtin::Panic => {
                let x = arg(0)?;
                let any = self.c.info.types.empty_interface;
                let v = self.expr_conv(x, any)?;
                self.pos(e.span);
                self.fb.emit(Instr::Panic { a: v });
                Ok(v)
            }
            Builtin::Recover => {
                let d = self.dst_or_pub(dst, 2);
                self.fb.emit(Instr::Recover { a: d });
                Ok(d)
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty(e);
                let w = self.wreg(t);
                let d = self.dst_or_pub(dst, w);
                self.expr_to(arg(0)?, d)?;
                let c = self.fb.reg();
                for x in &args[1..] {
                    let m = self.fb.mark();
                    let v = self.expr(x)?;
                    // d = (v < d) ? v : d  for min; (d < v) ? v : d for max.
                    let (l, r) = if b == Builtin::Min { (v, d) } else { (d, v) };
                    self.cmp_regs(c, crate::syntax::ast::BinOp::Lss, t, l, r, x.span)?;
                    if matches!(self.c.num(t), Num::F64 | Num::F32) {
                        self.float_min_max_rules(c, v, d, b == Builtin::Min);
                    }
                    let skip = self.fb.label();
                    self.fb.emit_jump(Instr::JmpIfNot { a: c, j: 0 }, skip);
                    self.mov(d, v, w);
                    self.fb.bind(skip);
                    self.fb.release(m);
                }
                Ok(d)
            }
            Builtin::Print | Builtin::Println => {
                let win = self.print_window(args, b == Builtin::Println)?;
                let nid = self.c.builtin_print_native();
                self.fb.emit(Instr::CallNative { a: win, f: nid });
                Ok(win)
            }
            Builtin::Close => self.close_chan(e, arg(0)?),
            Builtin::Complex => {
                let t = self.ty(e);
                let d = self.dst_or_pub(dst, 2);
                self.expr_to(arg(0)?, d)?;
                self.expr_to(arg(1)?, d + 1)?;
                // Untyped constant parts of a complex64 are float32 values.
                self.normalize(d, self.c.num(t));
                Ok(d)
            }
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(arg(0)?)?;
                let part = v + (b == Builtin::Imag) as Reg;
                match dst {
                    Some(d) => {
                        self.mov(d, part, 1);
                        Ok(d)
                    }
                    None => Ok(part),
                }
            }
        }
    }
}

impl FnCtx<'_, '_> {
    /// The spec's float rules for `min`/`max` on top of `c = v < d` (min) or
    /// `c = d < v` (max): v is also taken when it is a NaN (a NaN argument makes the
    /// result NaN; once d is NaN no comparison takes v), and between equal values
    /// (±0) min takes -0 and max takes +0. Float registers hold f64 bits (float32
    /// too), so the sign bit is the register's as a signed integer.
    fn float_min_max_rules(&mut self, c: Reg, v: Reg, d: Reg, is_min: bool) {
        let t1 = self.fb.reg();
        let t2 = self.fb.reg();
        self.fb.emit(Instr::NeF { a: t1, b: v, c: v });
        self.fb.emit(Instr::Or { a: c, b: c, c: t1 });
        self.fb.emit(Instr::EqF { a: t1, b: v, c: d });
        self.fb.emit(Instr::LoadI { a: t2, i: 0 });
        self.fb.emit(Instr::LtInt { a: t2, b: v, c: t2 });
        if !is_min {
            self.fb.emit(Instr::Not { a: t2, b: t2 });
        }
        self.fb.emit(Instr::And {
            a: t1,
            b: t1,
            c: t2,
        });
        self.fb.emit(Instr::Or { a: c, b: c, c: t1 });
    }
}

impl super::Compiler<'_> {
    /// The receiver type of a method object.
    pub fn method_recv_type(&self, m: crate::types::ObjId) -> TypeId {
        match self.info.obj(m).kind {
            ObjKind::Func { recv: Some(r), .. } => self.info.obj(r).ty,
            _ => self.info.obj(m).ty,
        }
    }

    /// The type reached from `t` along embedded-field path `path`.
    pub fn embedded_type(&self, t: TypeId, path: &[usize]) -> TypeId {
        let mut t = t;
        for &i in path {
            if let Type::Pointer(e) = self.info.types.under(t) {
                t = *e;
            }
            if let Type::Struct { fields } = self.info.types.under(t) {
                if let Some(f) = fields.get(i) {
                    t = f.ty;
                }
            }
        }
        t
    }

    /// The VM's method name id of method object `m`: its name, qualified by its
    /// signature unless that is `func() string` (so `Unwrap() error` and
    /// `Unwrap() []error` differ, as in Go's method sets, while `Error`/`String` keep
    /// the plain names the runtime and `fmt` look for).
    pub fn method_key(&mut self, m: crate::types::ObjId) -> u32 {
        let key = self.method_key_text(m);
        self.pb.method_name(&key)
    }

    /// The text `method_key` interns (`Error`, `Timeout() bool`).
    pub fn method_key_text(&self, m: crate::types::ObjId) -> String {
        let obj = self.info.obj(m);
        self.method_key_of(&obj.name, obj.ty)
    }

    /// `method_key_text` of a method with this name and signature type.
    pub fn method_key_of(&self, name: &str, sig: crate::types::TypeId) -> String {
        let canon = self.info.types.canonical(sig);
        // A live REPL session names types by identity (`compile::live`): a method of a
        // redeclared type's signature is a different method from the old one's.
        let sig = if self.live.is_some() {
            crate::types::typestring::identity_string(self.info, canon)
        } else {
            crate::types::typestring::type_string(self.info, canon, None)
        };
        if sig == "func() string" {
            name.to_string()
        } else {
            format!("{name}{}", sig.trim_start_matches("func"))
        }
    }

    /// The native behind the builtins `print` and `println`.
    pub fn builtin_print_native(&mut self) -> u32 {
        let name = "builtin.print".to_string();
        if let Some(&id) = self.natives.get(&name) {
            return id;
        }
        let id = self
            .pb
            .native(name.clone(), 4, crate::stdlib::native::builtin_print);
        self.natives.insert(name, id);
        id
    }

    pub fn native_window(&self, nid: u32) -> u16 {
        self.native_windows.get(&nid).copied().unwrap_or(0)
    }
}

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn dst_or_pub(&mut self, dst: Option<Reg>, w: u16) -> Reg {
        dst.unwrap_or_else(|| self.regs(w as u32))
    }

    pub fn expr_in_pub(&mut self, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        match dst {
            Some(d) => {
                self.expr_to(e, d)?;
                Ok(d)
            }
            None => self.expr(e),
        }
    }

    pub fn conv_in_pub(&mut self, e: &'a Expr, t: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        match dst {
            Some(d) => {
                self.expr_conv_to(e, t, d)?;
                Ok(d)
            }
            None => self.expr_conv(e, t),
        }
    }
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// The window of the builtins `print`/`println`: `[[]any of args, newline flag]`.
    pub fn print_window(&mut self, args: &'a [Expr], newline: bool) -> CResult<Reg> {
        let any = self.c.info.types.empty_interface;
        let win = self.regs(4);
        let sl = win;
        let n = args.len();
        if n == 0 {
            self.zero(sl, 3);
        } else {
            let nr = self.regs(2);
            self.load_int(nr, n as u64);
            self.mov(nr + 1, nr, 1);
            let l = self.c.layout_idx(any);
            self.fb.emit(Instr::MakeSlice { a: sl, b: nr, c: l });
            for (i, a) in args.iter().enumerate() {
                let m = self.fb.mark();
                let v = self.expr_conv(a, any)?;
                let idx = self.fb.reg();
                self.load_int(idx, i as u64);
                self.fb.emit(Instr::SliceSet {
                    a: v,
                    b: sl,
                    c: idx,
                    w: 2,
                });
                self.fb.release(m);
            }
        }
        self.fb.emit(Instr::LoadI {
            a: win + 3,
            i: newline as i32,
        });
        Ok(win)
    }
}
