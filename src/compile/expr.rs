//! Expressions: constants, variables, operators (typed instructions chosen from the
//! checker's types, with `Wrap` after arithmetic on sized integers and `RoundF32` on
//! float32), selectors, index and slice expressions, composite literals, type
//! assertions, and conversions to interfaces where a value meets an interface type.
//!
//! `expr` returns the registers holding a value (possibly a variable's own registers,
//! which the caller must not write); `expr_to` puts it where the caller wants it.

use super::func::{FnCtx, Loc};
use super::types::Num;
use super::{internal, unsupported, CResult, Compiler};
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, NodeId, UnOp};
use crate::types::{BasicKind, Mode, ObjKind, SelectionKind, Type, TypeId};
use crate::vm::{Instr, Reg};

pub use super::place::Place;

/// The initializer expression with id `id` (package variables).
pub fn find_expr<'a>(c: &Compiler<'a>, id: NodeId) -> Option<&'a Expr> {
    c.init_exprs.get(&id).copied()
}

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn ty(&self, e: &Expr) -> TypeId {
        self.c.default_type(self.c.info.type_of(e.id))
    }

    pub fn is_nil(&self, e: &Expr) -> bool {
        let t = self.c.info.type_of(e.id);
        if matches!(self.c.info.types.get(t), Type::Basic(BasicKind::UntypedNil)) {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.is_nil(x),
            ExprKind::Ident(id) => self
                .c
                .info
                .uses
                .get(&id.id)
                .is_some_and(|o| matches!(self.c.info.obj(*o).kind, ObjKind::Nil)),
            _ => false,
        }
    }

    /// The value of `e` in some registers.
    pub fn expr(&mut self, e: &'a Expr) -> CResult<Reg> {
        self.expr_in(e, None)
    }

    /// The value of `e` in `R[dst..]`.
    pub fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        self.expr_in(e, Some(dst))?;
        Ok(())
    }

    /// The value of `e` converted to type `t` (interfaces: boxed; nil: t's zero value).
    pub fn expr_conv(&mut self, e: &'a Expr, t: TypeId) -> CResult<Reg> {
        self.conv_in(e, t, None)
    }

    pub fn expr_conv_to(&mut self, e: &'a Expr, t: TypeId, dst: Reg) -> CResult<()> {
        self.conv_in(e, t, Some(dst))?;
        Ok(())
    }

    fn conv_in(&mut self, e: &'a Expr, t: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let tt = &self.c.info.types;
        if self.is_nil(e) {
            let w = self.wreg(t);
            let d = dst.unwrap_or_else(|| self.regs(w as u32));
            self.zero(d, w);
            return Ok(d);
        }
        let et = self.ty(e);
        if tt.is_interface(t) && !tt.is_interface(et) {
            let v = self.expr(e)?;
            let d = dst.unwrap_or_else(|| self.regs(2));
            self.make_iface(d, v, et);
            return Ok(d);
        }
        if let (ExprKind::CompositeLit { ty: None, .. }, Type::Pointer(inner)) =
            (&e.kind, tt.under(t).clone())
        {
            if !matches!(tt.under(et), Type::Pointer(_)) {
                let v = self.expr(e)?;
                let d = dst.unwrap_or_else(|| self.fb.reg());
                let l = self.c.layout_idx(inner);
                let w = self.wreg(inner);
                self.fb.emit(Instr::New { a: d, b: l });
                self.store_ptr(d, 0, v, w);
                return Ok(d);
            }
        }
        self.expr_in(e, dst)
    }

    /// `R[d..d+2] = interface holding R[v..]` of concrete type `t`.
    pub fn make_iface(&mut self, d: Reg, v: Reg, t: TypeId) {
        let tid = self.c.rt_type(t);
        self.fb.emit(Instr::MakeIface {
            a: d,
            b: v,
            c: tid as u16,
        });
    }

    fn dst_or(&mut self, dst: Option<Reg>, w: u16) -> Reg {
        dst.unwrap_or_else(|| self.regs(w as u32))
    }

    fn expr_in(&mut self, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        self.pos(e.span);
        if let Some(tv) = self.c.info.expr(e.id) {
            if let (Some(v), Mode::Constant) = (&tv.value, tv.mode) {
                let t = self.ty(e);
                let v = v.clone();
                return self.constant(&v, t, dst, e);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_in(x, dst),
            ExprKind::Ident(id) => self.ident(e, id, dst),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y, dst),
            ExprKind::Unary { op, x } => self.unary(e, *op, x, dst),
            ExprKind::Call { .. } => self.call_expr(e, dst),
            ExprKind::Selector { x, sel } => self.selector(e, x, sel, dst),
            ExprKind::Index { .. } | ExprKind::IndexList { .. }
                if self.c.info.instance_refs.contains_key(&e.id) =>
            {
                // `F[int]` as a value: the instance's closure.
                let o = self.c.info.instance_refs[&e.id];
                let d = self.dst_or(dst, 1);
                self.func_value(o, d, e.span)?;
                Ok(d)
            }
            ExprKind::Index { x, index } => self.index(e, x, index, dst),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), dst)
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?;
                let t = self.ty(e);
                let w = self.wreg(t);
                let d = self.dst_or(dst, w);
                self.load_ptr(d, p, 0, w);
                Ok(d)
            }
            ExprKind::CompositeLit { elts, .. } => self.composite(e, elts, dst),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body, dst),
            ExprKind::TypeAssert { x, ty: Some(_) } => self.type_assert(e, x, false, dst),
            _ => Err(unsupported(e.span, "this expression")),
        }
    }

    /// Emits constant `v` of type `t`.
    pub fn constant(
        &mut self,
        v: &crate::types::constant::Value,
        t: TypeId,
        dst: Option<Reg>,
        e: &Expr,
    ) -> CResult<Reg> {
        let tt = &self.c.info.types;
        if tt.is_interface(t) {
            // A constant converted to an interface: its default type boxed.
            let ct = self.c.default_type(self.c.info.type_of(e.id));
            let ct = if tt.is_interface(ct) {
                self.c.const_default(v)
            } else {
                ct
            };
            let r = self.constant(v, ct, None, e)?;
            let d = self.dst_or(dst, 2);
            self.make_iface(d, r, ct);
            return Ok(d);
        }
        let num = self.c.num(t);
        match num {
            Num::Str => {
                let s = v.string_val().unwrap_or_default().to_vec();
                let k = self.c.pb.string(&s);
                let d = self.dst_or(dst, 2);
                self.fb.emit(Instr::LoadStr { a: d, k });
                Ok(d)
            }
            Num::F64 | Num::F32 => {
                let x = if num == Num::F32 {
                    v.float32_val().map(|(f, _)| f as f64)
                } else {
                    v.float64_val().map(|(f, _)| f)
                }
                .unwrap_or(0.0);
                let d = self.dst_or(dst, 1);
                let k = self.c.pb.float(x);
                self.fb.emit(Instr::LoadK { a: d, k });
                Ok(d)
            }
            Num::C128 | Num::C64 => {
                let parts = [v.real(), v.imag()];
                let d = self.dst_or(dst, 2);
                for (i, p) in parts.iter().enumerate() {
                    let x = if num == Num::C64 {
                        p.float32_val().map(|(f, _)| f as f64)
                    } else {
                        p.float64_val().map(|(f, _)| f)
                    }
                    .unwrap_or(0.0);
                    let k = self.c.pb.float(x);
                    self.fb.emit(Instr::LoadK { a: d + i as Reg, k });
                }
                Ok(d)
            }
            Num::Bool => {
                let b = v.bool_val().unwrap_or(false);
                let d = self.dst_or(dst, 1);
                self.fb.emit(Instr::LoadI { a: d, i: b as i32 });
                Ok(d)
            }
            Num::Int(_) | Num::Uint(_) => {
                let iv = v.to_int();
                let w = iv
                    .int64_val()
                    .map(|x| x as u64)
                    .or_else(|| iv.uint64_val())
                    .unwrap_or(0);
                let d = self.dst_or(dst, 1);
                self.load_int(d, w);
                Ok(d)
            }
            Num::Other => Err(unsupported(e.span, "constant of this type")),
        }
    }

    pub fn load_int(&mut self, d: Reg, w: u64) {
        let x = w as i64;
        if x >= i32::MIN as i64 && x <= i32::MAX as i64 {
            self.fb.emit(Instr::LoadI { a: d, i: x as i32 });
        } else {
            let k = self.c.pb.constant(w);
            self.fb.emit(Instr::LoadK { a: d, k });
        }
    }

    fn ident(&mut self, e: &'a Expr, id: &ast::Ident, dst: Option<Reg>) -> CResult<Reg> {
        let Some(o) = self.c.info.uses.get(&id.id).copied() else {
            return Err(internal(
                e.span,
                format!("unresolved identifier {}", id.name),
            ));
        };
        let obj = self.c.info.obj(o);
        match &obj.kind {
            ObjKind::Var(_) => {
                let w = self.wreg(obj.ty);
                match self.loc(o, e.span)? {
                    Loc::Reg(r) => match dst {
                        Some(d) => {
                            self.mov(d, r, w);
                            Ok(d)
                        }
                        None => Ok(r),
                    },
                    Loc::Boxed(p) => {
                        let d = self.dst_or(dst, w);
                        self.load_ptr(d, p, 0, w);
                        Ok(d)
                    }
                    Loc::Global(k) => {
                        let d = self.dst_or(dst, w);
                        self.get_global(d, k, w);
                        Ok(d)
                    }
                }
            }
            ObjKind::Nil => {
                let t = self.ty(e);
                let w = self.wreg(t).max(1);
                let d = self.dst_or(dst, w);
                self.zero(d, w);
                Ok(d)
            }
            ObjKind::Func { .. } => {
                let d = self.dst_or(dst, 1);
                self.func_value(o, d, e.span)?;
                Ok(d)
            }
            _ => Err(unsupported(
                e.span,
                format!("use of {} as a value", id.name),
            )),
        }
    }

    /// `R[d]` = a closure for plain function `o`, referred to at `span`.
    pub fn func_value(
        &mut self,
        o: crate::types::ObjId,
        d: Reg,
        span: crate::source::Span,
    ) -> CResult<()> {
        let fid = self.c.func_ref(o, span)?;
        let site = self.c.func_value_site(fid);
        self.fb.emit(Instr::MakeClosure {
            a: d,
            b: 0,
            c: site,
        });
        Ok(())
    }

    fn binary(
        &mut self,
        e: &'a Expr,
        op: BinOp,
        x: &'a Expr,
        y: &'a Expr,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        if matches!(op, BinOp::LAnd | BinOp::LOr) {
            let d = self.dst_or(dst, 1);
            self.expr_to(x, d)?;
            let end = self.fb.label();
            let j = if op == BinOp::LAnd {
                Instr::JmpIfNot { a: d, j: 0 }
            } else {
                Instr::JmpIf { a: d, j: 0 }
            };
            self.fb.emit_jump(j, end);
            self.expr_to(y, d)?;
            self.fb.bind(end);
            return Ok(d);
        }
        if op.is_comparison() {
            return self.compare(e, op, x, y, dst);
        }
        let t = self.ty(e);
        let num = self.c.num(t);
        if let Some(k) = self.const_operand(op, num, y) {
            let a = self.expr(x)?;
            let d = self.dst_or(dst, 1);
            self.arith_const(e, op, num, d, a, k)?;
            return Ok(d);
        }
        let a = self.expr(x)?;
        let b = if matches!(op, BinOp::Shl | BinOp::Shr) {
            let yt = self.ty(y);
            let b = self.expr(y)?;
            if !self.c.info.types.is_unsigned(yt) && self.c.info.value_of(y.id).is_none() {
                self.fb.emit(Instr::CheckShift { a: b });
            }
            b
        } else {
            self.expr(y)?
        };
        let w = match num {
            Num::Str | Num::C128 | Num::C64 => 2,
            _ => 1,
        };
        let d = self.dst_or(dst, w);
        self.arith(e, op, num, d, a, b)?;
        Ok(d)
    }

    /// The constant right operand of integer `x op y`, when `op` has a form with a
    /// constant operand (`AddIntI`, `MulIntK`, `ShlI`, ...; Lua's `ADDI`/`MULK`): the
    /// operand as a word (negated for `-`), or `None` to compute it into a register.
    pub fn const_operand(&mut self, op: BinOp, num: Num, y: &Expr) -> Option<u64> {
        if !matches!(num, Num::Int(_) | Num::Uint(_)) {
            return None;
        }
        let iv = self.c.info.value_of(y.id)?.to_int();
        let w = iv
            .int64_val()
            .map(|x| x as u64)
            .or_else(|| iv.uint64_val())?;
        match op {
            BinOp::Add => i16::try_from(w as i64).ok().map(|_| w),
            BinOp::Sub => i16::try_from((w as i64).checked_neg()?)
                .ok()
                .map(|_| w.wrapping_neg()),
            BinOp::Shl | BinOp::Shr => Some(w.min(64)),
            // A zero divisor keeps the register form (and its divide-by-zero panic).
            BinOp::Quo | BinOp::Rem if w == 0 => None,
            BinOp::Mul
            | BinOp::Quo
            | BinOp::Rem
            | BinOp::And
            | BinOp::Or
            | BinOp::Xor
            | BinOp::AndNot => Some(w),
            _ => None,
        }
    }

    /// `R[d] = R[a] op k` for an operand `k` that `const_operand` gave.
    pub fn arith_const(
        &mut self,
        e: &Expr,
        op: BinOp,
        num: Num,
        d: Reg,
        a: Reg,
        k: u64,
    ) -> CResult<()> {
        let signed = matches!(num, Num::Int(_));
        let i = match op {
            BinOp::Add | BinOp::Sub => Instr::AddIntI {
                a: d,
                b: a,
                i: k as i64 as i16,
            },
            BinOp::Shl => Instr::ShlI {
                a: d,
                b: a,
                c: k as u16,
            },
            BinOp::Shr if signed => Instr::ShrIntI {
                a: d,
                b: a,
                c: k as u16,
            },
            BinOp::Shr => Instr::ShrUintI {
                a: d,
                b: a,
                c: k as u16,
            },
            _ => {
                let w = if op == BinOp::AndNot { !k } else { k };
                let Ok(kk) = u16::try_from(self.c.pb.constant(w)) else {
                    // Past 65536 constants: the register form.
                    let t = self.fb.reg();
                    self.load_int(t, k);
                    return self.arith(e, op, num, d, a, t);
                };
                let k = kk;
                match op {
                    BinOp::Mul => Instr::MulIntK { a: d, b: a, k },
                    BinOp::Quo if signed => Instr::DivIntK { a: d, b: a, k },
                    BinOp::Quo => Instr::DivUintK { a: d, b: a, k },
                    BinOp::Rem if signed => Instr::RemIntK { a: d, b: a, k },
                    BinOp::Rem => Instr::RemUintK { a: d, b: a, k },
                    BinOp::Or => Instr::OrK { a: d, b: a, k },
                    BinOp::Xor => Instr::XorK { a: d, b: a, k },
                    _ => Instr::AndK { a: d, b: a, k },
                }
            }
        };
        self.fb.emit(i);
        self.normalize(d, num);
        Ok(())
    }

    /// `R[d] = R[a] op R[b]` for operands of class `num`.
    pub fn arith(&mut self, e: &Expr, op: BinOp, num: Num, d: Reg, a: Reg, b: Reg) -> CResult<()> {
        let (x, y) = (a, b);
        let i = match (num, op) {
            (Num::Str, BinOp::Add) => Instr::ConcatStr { a: d, b: x, c: y },
            (Num::F64 | Num::F32, _) => match op {
                BinOp::Add => Instr::AddF { a: d, b: x, c: y },
                BinOp::Sub => Instr::SubF { a: d, b: x, c: y },
                BinOp::Mul => Instr::MulF { a: d, b: x, c: y },
                BinOp::Quo => Instr::DivF { a: d, b: x, c: y },
                _ => return Err(unsupported(e.span, "this float operator")),
            },
            (Num::C128 | Num::C64, _) => match op {
                BinOp::Add | BinOp::Sub => {
                    for k in 0..2 {
                        let (d, x, y) = (d + k, x + k, y + k);
                        self.fb.emit(if op == BinOp::Add {
                            Instr::AddF { a: d, b: x, c: y }
                        } else {
                            Instr::SubF { a: d, b: x, c: y }
                        });
                    }
                    self.normalize(d, num);
                    return Ok(());
                }
                BinOp::Mul => Instr::MulC { a: d, b: x, c: y },
                BinOp::Quo => Instr::DivC { a: d, b: x, c: y },
                _ => return Err(unsupported(e.span, "this complex operator")),
            },
            (Num::Int(_) | Num::Uint(_), _) => {
                let signed = matches!(num, Num::Int(_));
                match op {
                    BinOp::Add => Instr::AddInt { a: d, b: x, c: y },
                    BinOp::Sub => Instr::SubInt { a: d, b: x, c: y },
                    BinOp::Mul => Instr::MulInt { a: d, b: x, c: y },
                    BinOp::Quo if signed => Instr::DivInt { a: d, b: x, c: y },
                    BinOp::Quo => Instr::DivUint { a: d, b: x, c: y },
                    BinOp::Rem if signed => Instr::RemInt { a: d, b: x, c: y },
                    BinOp::Rem => Instr::RemUint { a: d, b: x, c: y },
                    BinOp::And => Instr::And { a: d, b: x, c: y },
                    BinOp::Or => Instr::Or { a: d, b: x, c: y },
                    BinOp::Xor => Instr::Xor { a: d, b: x, c: y },
                    BinOp::AndNot => Instr::AndNot { a: d, b: x, c: y },
                    BinOp::Shl => Instr::Shl { a: d, b: x, c: y },
                    BinOp::Shr if signed => Instr::ShrInt { a: d, b: x, c: y },
                    BinOp::Shr => Instr::ShrUint { a: d, b: x, c: y },
                    _ => return Err(unsupported(e.span, "this integer operator")),
                }
            }
            _ => return Err(unsupported(e.span, format!("operator {}", op.as_str()))),
        };
        self.fb.emit(i);
        self.normalize(d, num);
        Ok(())
    }

    /// Re-normalises a sized integer or float32 result.
    pub fn normalize(&mut self, d: Reg, num: Num) {
        match num {
            Num::Int(b) if b < 64 => {
                self.fb.emit(Instr::Wrap {
                    a: d,
                    bits: b,
                    signed: true,
                });
            }
            Num::Uint(b) if b < 64 => {
                self.fb.emit(Instr::Wrap {
                    a: d,
                    bits: b,
                    signed: false,
                });
            }
            Num::F32 => {
                self.fb.emit(Instr::RoundF32 { a: d });
            }
            Num::C64 => {
                self.fb.emit(Instr::RoundF32 { a: d });
                self.fb.emit(Instr::RoundF32 { a: d + 1 });
            }
            _ => {}
        }
    }

    /// The operand type of a comparison (the typed side; interface if either is one).
    fn cmp_type(&self, x: &Expr, y: &Expr) -> TypeId {
        let (xt, yt) = (self.ty(x), self.ty(y));
        let tt = &self.c.info.types;
        if self.is_nil(x) {
            return yt;
        }
        if self.is_nil(y) {
            return xt;
        }
        if tt.is_interface(yt) && !tt.is_interface(xt) {
            return yt;
        }
        if tt.is_untyped(self.c.info.type_of(x.id)) {
            return yt;
        }
        xt
    }

    fn compare(
        &mut self,
        _e: &'a Expr,
        op: BinOp,
        x: &'a Expr,
        y: &'a Expr,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let t = self.cmp_type(x, y);
        let d = self.dst_or(dst, 1);
        let (mut a, mut b) = (self.expr_conv(x, t)?, self.expr_conv(y, t)?);
        let mut op = op;
        if matches!(op, BinOp::Gtr | BinOp::Geq) {
            std::mem::swap(&mut a, &mut b);
            op = if op == BinOp::Gtr {
                BinOp::Lss
            } else {
                BinOp::Leq
            };
        }
        self.cmp_regs(d, op, t, a, b, x.span)?;
        Ok(d)
    }

    /// `R[d] = R[a..] op R[b..]` for values of type `t` (op is ==, !=, < or <=).
    pub fn cmp_regs(
        &mut self,
        d: Reg,
        op: BinOp,
        t: TypeId,
        a: Reg,
        b: Reg,
        span: crate::source::Span,
    ) -> CResult<()> {
        let num = self.c.num(t);
        let tt = &self.c.info.types;
        let ins = match num {
            Num::Str => match op {
                BinOp::Eql => Instr::EqStr { a: d, b: a, c: b },
                BinOp::Neq => Instr::NeStr { a: d, b: a, c: b },
                BinOp::Lss => Instr::LtStr { a: d, b: a, c: b },
                _ => Instr::LeStr { a: d, b: a, c: b },
            },
            Num::F64 | Num::F32 => match op {
                BinOp::Eql => Instr::EqF { a: d, b: a, c: b },
                BinOp::Neq => Instr::NeF { a: d, b: a, c: b },
                BinOp::Lss => Instr::LtF { a: d, b: a, c: b },
                _ => Instr::LeF { a: d, b: a, c: b },
            },
            Num::C128 | Num::C64 => {
                // Equal when both parts are (NaN parts never are).
                let tmp = self.fb.reg();
                self.fb.emit(Instr::EqF { a: d, b: a, c: b });
                self.fb.emit(Instr::EqF {
                    a: tmp,
                    b: a + 1,
                    c: b + 1,
                });
                self.fb.emit(Instr::And { a: d, b: d, c: tmp });
                if op == BinOp::Neq {
                    self.fb.emit(Instr::Not { a: d, b: d });
                }
                return Ok(());
            }
            Num::Int(_) | Num::Bool => match op {
                BinOp::Eql => Instr::EqInt { a: d, b: a, c: b },
                BinOp::Neq => Instr::NeInt { a: d, b: a, c: b },
                BinOp::Lss => Instr::LtInt { a: d, b: a, c: b },
                _ => Instr::LeInt { a: d, b: a, c: b },
            },
            Num::Uint(_) => match op {
                BinOp::Eql => Instr::EqInt { a: d, b: a, c: b },
                BinOp::Neq => Instr::NeInt { a: d, b: a, c: b },
                BinOp::Lss => Instr::LtUint { a: d, b: a, c: b },
                _ => Instr::LeUint { a: d, b: a, c: b },
            },
            Num::Other => {
                match tt.under(t) {
                    Type::Interface { .. } => {
                        self.fb.emit(Instr::EqIface { a: d, b: a, c: b });
                    }
                    Type::Pointer(_) | Type::Basic(BasicKind::UnsafePointer) => {
                        self.fb.emit(Instr::EqPtr { a: d, b: a, c: b });
                    }
                    Type::Map { .. } | Type::Chan { .. } | Type::Func(_) | Type::Slice(_) => {
                        self.fb.emit(Instr::EqInt { a: d, b: a, c: b });
                    }
                    Type::Struct { .. } | Type::Array { .. } => {
                        self.eq_composite(d, t, a, b, span)?;
                    }
                    _ => return Err(unsupported(span, "comparison of this type")),
                }
                if op == BinOp::Neq {
                    self.fb.emit(Instr::Not { a: d, b: d });
                }
                return Ok(());
            }
        };
        self.fb.emit(ins);
        Ok(())
    }

    /// `R[d] = R[a..] == R[b..]` for structs and arrays, part by part.
    fn eq_composite(
        &mut self,
        d: Reg,
        t: TypeId,
        a: Reg,
        b: Reg,
        span: crate::source::Span,
    ) -> CResult<()> {
        use crate::runtime::types::EqKind;
        let Some(parts) = self.c.eq_parts(t) else {
            return Err(internal(span, "comparison of an incomparable type"));
        };
        let tmp = self.fb.reg();
        self.fb.emit(Instr::LoadI { a: d, i: 1 });
        let mut off = 0;
        for p in parts {
            let (x, y) = (a + off, b + off);
            let i = match p {
                EqKind::Bits => Instr::EqInt { a: tmp, b: x, c: y },
                EqKind::Float => Instr::EqF { a: tmp, b: x, c: y },
                EqKind::Str => Instr::EqStr { a: tmp, b: x, c: y },
                EqKind::Iface => Instr::EqIface { a: tmp, b: x, c: y },
            };
            self.fb.emit(i);
            self.fb.emit(Instr::And { a: d, b: d, c: tmp });
            off += p.words() as u16;
        }
        Ok(())
    }

    fn unary(&mut self, e: &'a Expr, op: UnOp, x: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        match op {
            UnOp::Addr => {
                let d = self.dst_or(dst, 1);
                self.addr_of(x, d)?;
                Ok(d)
            }
            UnOp::Pos => self.expr_in(x, dst),
            UnOp::Recv => self.recv_expr(e, x, dst),
            UnOp::Neg => {
                let t = self.ty(e);
                let num = self.c.num(t);
                let a = self.expr(x)?;
                let d = self.dst_or(dst, self.wreg(t));
                match num {
                    Num::F64 | Num::F32 => {
                        self.fb.emit(Instr::NegF { a: d, b: a });
                    }
                    Num::C128 | Num::C64 => {
                        self.fb.emit(Instr::NegF { a: d, b: a });
                        self.fb.emit(Instr::NegF { a: d + 1, b: a + 1 });
                    }
                    _ => {
                        self.fb.emit(Instr::NegInt { a: d, b: a });
                        self.normalize(d, num);
                    }
                }
                Ok(d)
            }
            UnOp::Not => {
                let a = self.expr(x)?;
                let d = self.dst_or(dst, 1);
                self.fb.emit(Instr::Not { a: d, b: a });
                Ok(d)
            }
            UnOp::Xor => {
                let t = self.ty(e);
                let num = self.c.num(t);
                let a = self.expr(x)?;
                let d = self.dst_or(dst, 1);
                self.fb.emit(Instr::BitNot { a: d, b: a });
                self.normalize(d, num);
                Ok(d)
            }
            _ => Err(unsupported(e.span, format!("operator {}", op.as_str()))),
        }
    }

    fn selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &ast::Ident,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let Some(s) = self.c.info.selections.get(&e.id).cloned() else {
            // A qualified identifier `pkg.Name`.
            return self.ident(e, sel, dst);
        };
        match s.kind {
            SelectionKind::FieldVal => {
                let t = self.ty(e);
                let w = self.wreg(t);
                // Reading a field of a register variable: return its registers.
                let pl = self.field_place(x, &s.index)?;
                if let (Place::Regs(r), None) = (pl, dst) {
                    return Ok(r);
                }
                let d = self.dst_or(dst, w);
                self.read_place(pl, d, w);
                Ok(d)
            }
            SelectionKind::MethodVal => self.method_value(e, x, &s, dst),
            SelectionKind::MethodExpr => self.method_expr(e, &s, dst),
        }
    }

    fn index(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        index: &'a Expr,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let xt = self.ty(x);
        let t = self.ty(e);
        let w = self.wreg(t);
        match self.c.info.types.under(xt).clone() {
            Type::Basic(_) => {
                let s = self.expr(x)?;
                let i = self.expr(index)?;
                let d = self.dst_or(dst, 1);
                self.fb.emit(Instr::IndexStr { a: d, b: s, c: i });
                Ok(d)
            }
            Type::Slice(el) => {
                let s = self.expr(x)?;
                let i = self.expr(index)?;
                let d = self.dst_or(dst, w);
                let ew = if self.c.is_byte(el) { 1 } else { w };
                self.fb.emit(Instr::SliceGet {
                    a: d,
                    b: s,
                    c: i,
                    w: ew as u8,
                });
                Ok(d)
            }
            Type::Map { key, .. } => {
                let m = self.expr(x)?;
                let kw = self.wreg(key);
                let win = self.regs(kw.max(w) as u32);
                self.expr_conv_to(index, key, win)?;
                let mt = self.c.map_type_idx(xt);
                self.fb.emit(Instr::MapGet {
                    a: win,
                    b: m,
                    c: mt as Reg,
                });
                match dst {
                    Some(d) => {
                        self.mov(d, win, w);
                        Ok(d)
                    }
                    None => Ok(win),
                }
            }
            Type::Array { .. } | Type::Pointer(_) => {
                let pl = self.place(e)?;
                if let (Place::Regs(r), None) = (pl, dst) {
                    return Ok(r);
                }
                let d = self.dst_or(dst, w);
                self.read_place(pl, d, w);
                Ok(d)
            }
            _ => Err(unsupported(e.span, "index of this type")),
        }
    }

    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let xt = self.ty(x);
        let tt = &self.c.info.types;
        let under = tt.under(xt).clone();
        if let Type::Basic(_) = under {
            let s = self.expr(x)?;
            let b = self.regs(2);
            self.bound(lo, b, None)?;
            match hi {
                Some(h) => self.expr_to(h, b + 1)?,
                None => {
                    self.fb.emit(Instr::LenStr { a: b + 1, b: s });
                }
            }
            let d = self.dst_or(dst, 2);
            self.fb.emit(Instr::SliceStr { a: d, b: s, c: b });
            return Ok(d);
        }
        let (s, ew) = match under {
            Type::Slice(el) => {
                let w = if self.c.is_byte(el) { 1 } else { self.wreg(el) };
                (self.expr(x)?, w)
            }
            Type::Array { len, elem } => {
                let base = self.place(x)?;
                let p = self.array_ptr(base, len, elem, x.span)?;
                (self.slice_of_array(p, len), self.wreg(elem))
            }
            Type::Pointer(at) => {
                let Type::Array { len, elem } = tt.under(at).clone() else {
                    return Err(internal(e.span, "slice of pointer"));
                };
                let p = self.expr(x)?;
                (self.slice_of_array(p, len), self.wreg(elem))
            }
            _ => return Err(unsupported(e.span, "slice of this type")),
        };
        let n = if max.is_some() { 3 } else { 2 };
        let b = self.regs(n);
        self.bound(lo, b, None)?;
        match hi {
            Some(h) => self.expr_to(h, b + 1)?,
            None => {
                self.fb.emit(Instr::LenSlice { a: b + 1, b: s });
            }
        }
        let d = self.dst_or(dst, 3);
        if let Some(m) = max {
            self.expr_to(m, b + 2)?;
            self.fb.emit(Instr::SliceSlice3 {
                a: d,
                b: s,
                c: b,
                w: ew.max(1) as u8,
            });
        } else {
            self.fb.emit(Instr::SliceSlice {
                a: d,
                b: s,
                c: b,
                w: ew.max(1) as u8,
            });
        }
        Ok(d)
    }

    fn bound(&mut self, x: Option<&'a Expr>, d: Reg, _dflt: Option<Reg>) -> CResult<()> {
        match x {
            Some(x) => self.expr_to(x, d),
            None => {
                self.fb.emit(Instr::LoadI { a: d, i: 0 });
                Ok(())
            }
        }
    }

    /// A slice over the whole array `*R[p]` of `len` elements.
    pub fn slice_of_array(&mut self, p: Reg, len: u64) -> Reg {
        let s = self.regs(3);
        let n = self.fb.reg();
        self.load_int(n, len);
        self.fb.emit(Instr::SliceOfArray { a: s, b: p, c: n });
        s
    }

    fn type_assert(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        ok: bool,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let t = self.ty(e);
        let xt = self.ty(x);
        let v = self.expr(x)?;
        let w = self.wreg(t);
        let site = self.c.assert_site(xt, t, ok);
        let d = self.dst_or(dst, w + ok as u16);
        self.fb.emit(Instr::TypeAssert {
            a: d,
            b: v,
            c: site,
        });
        Ok(d)
    }

    /// `v, ok := x.(T)` into `R[d..]` (value, then ok).
    pub fn type_assert_ok(&mut self, e: &'a Expr, d: Reg) -> CResult<()> {
        let ExprKind::TypeAssert { x, ty: Some(te) } = &e.kind else {
            return Err(internal(e.span, "comma-ok of a non-assertion"));
        };
        let t = self.c.info.type_of(te.id);
        let xt = self.ty(x);
        let v = self.expr(x)?;
        let site = self.c.assert_site(xt, t, true);
        self.fb.emit(Instr::TypeAssert {
            a: d,
            b: v,
            c: site,
        });
        Ok(())
    }
}
