//! Assignments: `=`, `:=` and `op=`, with Go's order (index operands and pointers of
//! the left side, then the right side, then the stores left to right), tuple
//! assignment (all right-hand values are computed before any store, so `a, b = b, a`
//! swaps), multi-value right sides (calls, comma-ok forms), and the stores themselves
//! (`LValue`: variables, fields, slice and array elements, map entries).

use super::expr::Place;
use super::func::FnCtx;
use super::types::Num;
use super::{internal, CResult};
use crate::syntax::ast::{AssignOp, Expr, ExprKind, Stmt};
use crate::types::{ObjId, Type, TypeId};
use crate::vm::{Instr, Reg};

/// Something assignable, with its operands already evaluated.
#[derive(Clone, Debug)]
pub enum LValue {
    Blank,
    Var(ObjId),
    Place(Place, u16),
    /// `s[i]`: slice registers, index register, element width operand.
    SliceElem {
        s: Reg,
        i: Reg,
        ew: u16,
    },
    /// `m[k]`: map register, key registers (of width `kw`), value width.
    MapEntry {
        m: Reg,
        mt: u16,
        k: Reg,
        kw: u16,
        vw: u16,
    },
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// Evaluates the operands of an assignable expression.
    pub fn lvalue(&mut self, e: &'a Expr) -> CResult<LValue> {
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue(x),
            ExprKind::Ident(id) => {
                if id.name == "_" {
                    return Ok(LValue::Blank);
                }
                let o = self
                    .c
                    .info
                    .object_of(id.id)
                    .ok_or_else(|| internal(e.span, "unresolved assignment target"))?;
                Ok(LValue::Var(o))
            }
            ExprKind::Index { x, index } => {
                let xt = self.ty(x);
                match self.c.info.types.under(xt).clone() {
                    Type::Slice(el) => {
                        let s = self.expr(x)?;
                        // A variable's own register, when the index is one: nothing on
                        // the right of a single assignment can change a register
                        // variable (assignments to several targets copy, `assign`).
                        let i = self.expr(index)?;
                        let w = self.wreg(el);
                        let ew = if self.c.is_byte(el) { 1 } else { w };
                        Ok(LValue::SliceElem { s, i, ew })
                    }
                    Type::Map { key, value } => {
                        let m = self.fb.reg();
                        self.expr_to(x, m)?;
                        let k = self.expr_conv(index, key)?;
                        let kw = self.wreg(key);
                        let vw = self.wreg(value);
                        let mt = self.c.map_type_idx(xt);
                        Ok(LValue::MapEntry { m, mt, k, kw, vw })
                    }
                    _ => {
                        let t = self.ty(e);
                        let w = self.wreg(t);
                        Ok(LValue::Place(self.place(e)?, w))
                    }
                }
            }
            _ => {
                let t = self.ty(e);
                let w = self.wreg(t);
                Ok(LValue::Place(self.place(e)?, w))
            }
        }
    }

    pub fn read_lvalue(&mut self, lv: &LValue, d: Reg) -> CResult<()> {
        match lv {
            LValue::Blank => Ok(()),
            LValue::Var(o) => self.read_var(*o, d, Default::default()),
            LValue::Place(p, w) => {
                self.read_place(*p, d, *w);
                Ok(())
            }
            LValue::SliceElem { s, i, ew, .. } => {
                self.fb.emit(Instr::SliceGet {
                    a: d,
                    b: *s,
                    c: *i,
                    w: *ew as u8,
                });
                Ok(())
            }
            LValue::MapEntry { m, mt, k, kw, vw } => {
                let win = self.regs((*kw).max(*vw) as u32);
                self.mov(win, *k, *kw);
                self.fb.emit(Instr::MapGet {
                    a: win,
                    b: *m,
                    c: *mt,
                });
                self.mov(d, win, *vw);
                Ok(())
            }
        }
    }

    pub fn write_lvalue(&mut self, lv: &LValue, src: Reg) -> CResult<()> {
        match lv {
            LValue::Blank => Ok(()),
            LValue::Var(o) => self.write_var(*o, src, Default::default()),
            LValue::Place(p, w) => {
                self.write_place(*p, src, *w);
                Ok(())
            }
            LValue::SliceElem { s, i, ew, .. } => {
                self.fb.emit(Instr::SliceSet {
                    a: src,
                    b: *s,
                    c: *i,
                    w: *ew as u8,
                });
                Ok(())
            }
            LValue::MapEntry { m, k, .. } => {
                self.fb.emit(Instr::MapSet {
                    a: *m,
                    b: *k,
                    c: src,
                });
                Ok(())
            }
        }
    }

    /// A register variable's own registers (for computing straight into it).
    fn reg_home(&self, lv: &LValue) -> Option<Reg> {
        if let LValue::Var(o) = lv {
            if let Some(super::func::Loc::Reg(r)) = self.vars.get(o) {
                return Some(*r);
            }
        }
        None
    }

    pub fn assign(
        &mut self,
        s: &'a Stmt,
        lhs: &'a [Expr],
        op: AssignOp,
        rhs: &'a [Expr],
    ) -> CResult<()> {
        let m = self.fb.mark();
        let r = match op {
            AssignOp::Define => self.define(s, lhs, rhs),
            AssignOp::Assign => self.plain_assign(lhs, rhs),
            AssignOp::Op(bop) => self.op_assign(s, &lhs[0], bop, &rhs[0]),
        };
        r?;
        if op != AssignOp::Define {
            self.fb.release(m);
        }
        Ok(())
    }

    fn define(&mut self, _s: &'a Stmt, lhs: &'a [Expr], rhs: &'a [Expr]) -> CResult<()> {
        // Right-hand values first, in fresh registers (they become the new variables'
        // homes when those live in registers).
        let targets: Vec<(Option<ObjId>, bool)> = lhs
            .iter()
            .map(|l| match &l.kind {
                ExprKind::Ident(id) if id.name != "_" => {
                    if let Some(o) = self.c.info.defs.get(&id.id) {
                        (Some(*o), true)
                    } else {
                        (self.c.info.uses.get(&id.id).copied(), false)
                    }
                }
                _ => (None, false),
            })
            .collect();
        let vals = self.rhs_values(lhs, rhs, &targets)?;
        for ((o, new), (r, _)) in targets.iter().zip(vals) {
            let Some(o) = o else { continue };
            if *new {
                self.adopt(*o, r)?;
            } else {
                self.write_var(*o, r, Default::default())?;
            }
        }
        Ok(())
    }

    /// Computes the right side of an assignment as one register run per left operand,
    /// converted to the left operands' types.
    fn rhs_values(
        &mut self,
        lhs: &'a [Expr],
        rhs: &'a [Expr],
        targets: &[(Option<ObjId>, bool)],
    ) -> CResult<Vec<(Reg, TypeId)>> {
        let lt = |fx: &Self, i: usize| -> TypeId {
            match targets.get(i).and_then(|t| t.0) {
                Some(o) => fx.c.info.obj(o).ty,
                None => fx.ty(&lhs[i]),
            }
        };
        let mut out = Vec::new();
        if rhs.len() == lhs.len() {
            for (i, v) in rhs.iter().enumerate() {
                let t = if matches!(&lhs[i].kind, ExprKind::Ident(id) if id.name == "_") {
                    self.ty(v)
                } else {
                    lt(self, i)
                };
                let w = self.wreg(t);
                let r = self.regs(w as u32);
                self.expr_conv_to(v, t, r)?;
                out.push((r, t));
            }
            return Ok(out);
        }
        let v = rhs
            .first()
            .ok_or_else(|| internal(lhs[0].span, "assignment without values"))?;
        let tt = self.c.info.type_of(v.id);
        let mut elems = self.c.info.types.tuple_elems(tt).to_vec();
        if elems.is_empty() {
            // comma-ok forms: (value type, bool)
            elems = vec![self.ty(v), crate::types::BasicKind::Bool.id()];
        }
        let r = self.multi_value(v, &elems)?;
        let mut off = 0;
        for (i, et) in elems.iter().enumerate() {
            let t = if matches!(&lhs[i].kind, ExprKind::Ident(id) if id.name == "_") {
                *et
            } else {
                lt(self, i)
            };
            let w = self.wreg(t);
            let d = self.regs(w as u32);
            self.conv_reg(r + off, *et, t, d);
            out.push((d, t));
            off += self.wreg(*et);
        }
        Ok(out)
    }

    /// Declares `o` with its value in the fresh registers `r` (which become its home).
    pub fn adopt(&mut self, o: ObjId, r: Reg) -> CResult<()> {
        if self.is_boxed(o) {
            self.declare(o, Some(r))?;
        } else {
            self.vars.insert(o, super::func::Loc::Reg(r));
        }
        Ok(())
    }

    fn plain_assign(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) -> CResult<()> {
        if lhs.len() == 1 && rhs.len() == 1 {
            let lv = self.lvalue(&lhs[0])?;
            let t = match &lv {
                LValue::Blank => self.ty(&rhs[0]),
                _ => self.ty(&lhs[0]),
            };
            if let Some(home) = self.reg_home(&lv) {
                if direct_ok(&rhs[0]) {
                    self.expr_conv_to(&rhs[0], t, home)?;
                    return Ok(());
                }
            }
            let r = self.expr_conv(&rhs[0], t)?;
            return self.write_lvalue(&lv, r);
        }
        let mut lvs = Vec::new();
        for l in lhs {
            // Operands of the left side are evaluated now, into registers of their own
            // (a variable assigned earlier in this statement must not change them).
            let lv = match self.lvalue(l)? {
                LValue::Place(Place::Mem(p, o), w) => {
                    let t = self.fb.reg();
                    self.mov(t, p, 1);
                    LValue::Place(Place::Mem(t, o), w)
                }
                LValue::Place(Place::RegIdx(r, o), w) => {
                    let t = self.fb.reg();
                    self.mov(t, o, 1);
                    LValue::Place(Place::RegIdx(r, t), w)
                }
                LValue::SliceElem { s, i, ew } => {
                    let t = self.regs(4);
                    self.mov(t, s, 3);
                    self.mov(t + 3, i, 1);
                    LValue::SliceElem { s: t, i: t + 3, ew }
                }
                lv => lv,
            };
            lvs.push(lv);
        }
        let targets: Vec<(Option<ObjId>, bool)> = lvs
            .iter()
            .map(|lv| match lv {
                LValue::Var(o) => (Some(*o), false),
                _ => (None, false),
            })
            .collect();
        let vals = self.rhs_values(lhs, rhs, &targets)?;
        for (lv, (r, _)) in lvs.iter().zip(vals) {
            self.write_lvalue(lv, r)?;
        }
        Ok(())
    }

    fn op_assign(
        &mut self,
        _s: &'a Stmt,
        x: &'a Expr,
        op: crate::syntax::ast::BinOp,
        y: &'a Expr,
    ) -> CResult<()> {
        let t = self.ty(x);
        let num = self.c.num(t);
        let lv = self.lvalue(x)?;
        if let LValue::MapEntry { .. } = lv {
            return self.map_op_assign(x, op, num, y, &lv);
        }
        let w = self.wreg(t);
        // A one-word variable in a register is the destination itself: `s += x` reads
        // `y` completely before `arith` writes the register.
        let v = match self.reg_var(&lv, x) {
            Some(r)
                if w == 1 && matches!(num, Num::Int(_) | Num::Uint(_) | Num::F64 | Num::F32) =>
            {
                r
            }
            _ => {
                let v = self.regs(w as u32);
                self.read_lvalue(&lv, v)?;
                v
            }
        };
        if let Some(k) = self.const_operand(op, num, y) {
            self.arith_const(x, op, num, v, v, k)?;
        } else {
            let b = self.expr(y)?;
            if matches!(
                op,
                crate::syntax::ast::BinOp::Shl | crate::syntax::ast::BinOp::Shr
            ) {
                let yt = self.ty(y);
                if !self.c.info.types.is_unsigned(yt) && self.c.info.value_of(y.id).is_none() {
                    self.fb.emit(Instr::CheckShift { a: b });
                }
            }
            self.arith(x, op, num, v, v, b)?;
        }
        if self.reg_var(&lv, x) == Some(v) {
            return Ok(());
        }
        self.write_lvalue(&lv, v)
    }

    /// `m[k] op= y`, as gc orders it: `y` first, then one lookup that inserts the key
    /// (Go's `mapassign`) and the operation on the entry's value (so a negative shift
    /// count panics with the key inserted). A division or
    /// remainder by a non-constant reads the entry, divides and only then stores, so
    /// that a division by zero panics before the key is inserted (gc's `order.go`).
    fn map_op_assign(
        &mut self,
        x: &'a Expr,
        op: crate::syntax::ast::BinOp,
        num: Num,
        y: &'a Expr,
        lv: &LValue,
    ) -> CResult<()> {
        use crate::syntax::ast::BinOp;
        let LValue::MapEntry { m, k, vw, .. } = *lv else {
            return Err(internal(x.span, "map_op_assign of a non-map entry"));
        };
        let konst = self.const_operand(op, num, y);
        let b = match konst {
            Some(_) => None,
            None => Some(self.expr(y)?),
        };
        // A negative shift count panics after the key is inserted, as in gc.
        let check_shift = b.filter(|_| {
            matches!(op, BinOp::Shl | BinOp::Shr)
                && !self.c.info.types.is_unsigned(self.ty(y))
                && self.c.info.value_of(y.id).is_none()
        });
        let v = self.regs(vw as u32);
        let two_lookups = b.is_some() && matches!(op, BinOp::Quo | BinOp::Rem);
        let e = self.fb.reg();
        self.pos(x.span);
        if two_lookups {
            self.read_lvalue(lv, v)?;
        } else {
            self.fb.emit(Instr::MapSlot { a: e, b: m, c: k });
            self.fb.emit(Instr::MapSlotGet { a: v, b: m, c: e });
        }
        if let Some(b) = check_shift {
            self.fb.emit(Instr::CheckShift { a: b });
        }
        match (konst, b) {
            (Some(kv), _) => self.arith_const(x, op, num, v, v, kv)?,
            (None, Some(b)) => self.arith(x, op, num, v, v, b)?,
            (None, None) => return Err(internal(y.span, "operand")),
        }
        if two_lookups {
            return self.write_lvalue(lv, v);
        }
        self.fb.emit(Instr::MapSlotSet { a: m, b: e, c: v });
        Ok(())
    }

    /// `m[k]++` / `m[k]--`: `MapSlot` then the update of `update` on the value in `v`.
    pub fn map_inc_dec(
        &mut self,
        x: &'a Expr,
        lv: &LValue,
        v: Reg,
        update: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let LValue::MapEntry { m, k, .. } = *lv else {
            return Err(internal(x.span, "map_inc_dec of a non-map entry"));
        };
        let e = self.fb.reg();
        self.pos(x.span);
        self.fb.emit(Instr::MapSlot { a: e, b: m, c: k });
        self.fb.emit(Instr::MapSlotGet { a: v, b: m, c: e });
        update(self)?;
        self.fb.emit(Instr::MapSlotSet { a: m, b: e, c: v });
        Ok(())
    }

    /// The register of `lv` when it is a variable that lives in a register.
    pub fn reg_var(&mut self, lv: &LValue, x: &Expr) -> Option<Reg> {
        let LValue::Var(o) = lv else {
            return None;
        };
        match self.loc(*o, x.span) {
            Ok(super::func::Loc::Reg(r)) => Some(r),
            _ => None,
        }
    }
}

/// Whether an expression may be computed straight into the registers of the variable
/// it is assigned to (it reads all its operands before writing its destination).
fn direct_ok(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => direct_ok(x),
        // append, min and max build their result in place.
        ExprKind::Call { func, .. } => !matches!(
            &func.kind,
            ExprKind::Ident(id) if matches!(id.name.as_str(), "append" | "min" | "max")
        ),
        ExprKind::Index { .. } | ExprKind::Slice { .. } | ExprKind::BasicLit(_) => true,
        ExprKind::Ident(_) | ExprKind::Selector { .. } | ExprKind::Star(_) => true,
        ExprKind::Binary { op, .. } => !matches!(
            op,
            crate::syntax::ast::BinOp::LAnd | crate::syntax::ast::BinOp::LOr
        ),
        ExprKind::Unary { .. } => true,
        _ => false,
    }
}
