//! Composite literals: structs (keyed or positional fields), arrays (with constant
//! keys), slices (a new array of the literal's length) and maps (one `MapSet` per
//! element). Elided element types (`[]T{{1, 2}}`, `[]*T{{...}}`) come from the
//! checker's types. The value is built in fresh registers, so a literal that mentions
//! the variable it is assigned to reads the old value.

use super::func::FnCtx;
use super::{internal, unsupported, CResult};
use crate::syntax::ast::{Element, Expr, ExprKind};
use crate::types::Type;
use crate::vm::{Instr, Reg};

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn composite(
        &mut self,
        e: &'a Expr,
        elts: &'a [Element],
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let t = self.ty(e);
        let (t, is_ptr) = match self.c.info.types.under(t).clone() {
            Type::Pointer(inner) => (inner, true),
            _ => (t, false),
        };
        let w = self.wreg(t);
        match self.c.info.types.under(t).clone() {
            Type::Struct { fields } => {
                let r = self.regs(w as u32);
                self.zero(r, w);
                let offs: Vec<u16> = fields
                    .iter()
                    .scan(0u16, |acc, f| {
                        let o = *acc;
                        *acc += self.c.width(f.ty) as u16;
                        Some(o)
                    })
                    .collect();
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => {
                            let ExprKind::Ident(id) = &k.kind else {
                                return Err(internal(k.span, "struct literal key"));
                            };
                            fields
                                .iter()
                                .position(|f| f.name == id.name)
                                .ok_or_else(|| internal(k.span, "unknown field"))?
                        }
                        None => i,
                    };
                    let ft = fields[fi].ty;
                    let m = self.fb.mark();
                    self.expr_conv_to(&el.value, ft, r + offs[fi])?;
                    self.fb.release(m);
                }
                self.finish_lit(r, t, w, is_ptr, dst)
            }
            Type::Array { len, elem } => {
                let ew = self.wreg(elem);
                let r = self.regs(w as u32);
                self.zero(r, w);
                let mut idx: u64 = 0;
                for el in elts {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k)?;
                    }
                    if idx >= len {
                        return Err(internal(el.value.span, "array literal index"));
                    }
                    let m = self.fb.mark();
                    self.expr_conv_to(&el.value, elem, r + (idx as u16) * ew)?;
                    self.fb.release(m);
                    idx += 1;
                }
                self.finish_lit(r, t, w, is_ptr, dst)
            }
            Type::Slice(elem) => {
                let mut n: u64 = 0;
                let mut idx: u64 = 0;
                let mut keys = Vec::new();
                for el in elts {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k)?;
                    }
                    keys.push(idx);
                    idx += 1;
                    n = n.max(idx);
                }
                let s = self.regs(3);
                let nr = self.regs(2);
                self.load_int(nr, n);
                self.mov(nr + 1, nr, 1);
                let l = self.c.layout_idx(elem);
                self.fb.emit(Instr::MakeSlice { a: s, b: nr, c: l });
                let ew = if self.c.is_byte(elem) {
                    1
                } else {
                    self.wreg(elem)
                };
                for (el, k) in elts.iter().zip(keys) {
                    let m = self.fb.mark();
                    let v = self.expr_conv(&el.value, elem)?;
                    let i = self.fb.reg();
                    self.load_int(i, k);
                    self.fb.emit(Instr::SliceSet {
                        a: v,
                        b: s,
                        c: i,
                        w: ew as u8,
                    });
                    self.fb.release(m);
                }
                self.finish_lit(s, t, 3, is_ptr, dst)
            }
            Type::Map { key, value } => {
                let mr = self.fb.reg();
                let h = self.fb.reg();
                self.load_int(h, elts.len() as u64);
                let mt = self.c.map_type_idx(t);
                self.fb.emit(Instr::MakeMap { a: mr, b: h, c: mt });
                for el in elts {
                    let Some(k) = &el.key else {
                        return Err(internal(el.value.span, "map literal without key"));
                    };
                    let m = self.fb.mark();
                    let kr = self.expr_conv(k, key)?;
                    let vr = self.expr_conv(&el.value, value)?;
                    self.fb.emit(Instr::MapSet {
                        a: mr,
                        b: kr,
                        c: vr,
                    });
                    self.fb.release(m);
                }
                self.finish_lit(mr, t, 1, is_ptr, dst)
            }
            _ => Err(unsupported(e.span, "composite literal of this type")),
        }
    }

    fn const_index(&self, k: &Expr) -> CResult<u64> {
        self.c
            .info
            .value_of(k.id)
            .and_then(|v| v.to_int().int64_val())
            .map(|v| v as u64)
            .ok_or_else(|| internal(k.span, "non-constant literal index"))
    }

    /// Moves a built literal to `dst` (boxing it for an elided `&T` element).
    fn finish_lit(
        &mut self,
        r: Reg,
        t: crate::types::TypeId,
        w: u16,
        is_ptr: bool,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        if is_ptr {
            let d = dst.unwrap_or_else(|| self.fb.reg());
            let l = self.c.layout_idx(t);
            self.fb.emit(Instr::New { a: d, b: l });
            self.store_ptr(d, 0, r, w);
            return Ok(d);
        }
        match dst {
            Some(d) => {
                self.mov(d, r, w);
                Ok(d)
            }
            None => Ok(r),
        }
    }
}
