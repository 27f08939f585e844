//! Places: where an addressable expression's value lives (registers, memory behind a
//! pointer plus a word offset, or global words), found by following variables, field
//! paths (dereferencing embedded pointers), array elements (constant indices as offsets,
//! dynamic ones through a slice over the array in memory, or a checked register offset
//! for an array held in registers) and pointer indirections; and `&x`.

use super::func::{FnCtx, Loc};
use super::{internal, CResult};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{SelectionKind, Type, TypeId};
use crate::vm::{Instr, Reg};

/// Where an addressable (or temporary) value lives, for field and element access.
#[derive(Clone, Copy, Debug)]
pub enum Place {
    /// `R[r..]`.
    Regs(Reg),
    /// The words at `*R[p] + off`.
    Mem(Reg, u16),
    /// `G[k..]`.
    Global(u32),
    /// `R[r + R[o]..]`: an element of an array held in registers, at the dynamic word
    /// offset `R[o]` (already checked against the array's length).
    RegIdx(Reg, Reg),
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// `R[d] = &x`.
    pub fn addr_of(&mut self, x: &'a Expr, d: Reg) -> CResult<()> {
        if let ExprKind::CompositeLit { .. } = &x.kind {
            let t = self.ty(x);
            let v = self.expr(x)?;
            let l = self.c.layout_idx(t);
            let w = self.wreg(t);
            self.fb.emit(Instr::New { a: d, b: l });
            self.store_ptr(d, 0, v, w);
            return Ok(());
        }
        if let ExprKind::Paren(inner) = &x.kind {
            return self.addr_of(inner, d);
        }
        match self.place(x)? {
            Place::Mem(p, off) => {
                if off == 0 {
                    self.mov(d, p, 1);
                    self.fb.emit(Instr::NilCheck { a: d });
                } else {
                    self.fb.emit(Instr::Addr { a: d, b: p, c: off });
                }
                Ok(())
            }
            Place::Global(k) => {
                self.fb.emit(Instr::GlobalAddr { a: d, k });
                Ok(())
            }
            Place::Regs(_) | Place::RegIdx(..) => {
                Err(internal(x.span, "address of a register variable"))
            }
        }
    }

    /// The place of an addressable expression (or of a temporary holding its value).
    pub fn place(&mut self, e: &'a Expr) -> CResult<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) => {
                let Some(o) = self.c.info.uses.get(&id.id).copied() else {
                    return Err(internal(e.span, "unresolved identifier"));
                };
                if !self.c.info.obj(o).is_var() {
                    return Ok(Place::Regs(self.expr(e)?));
                }
                Ok(match self.loc(o, e.span)? {
                    Loc::Reg(r) => Place::Regs(r),
                    Loc::Boxed(p) => Place::Mem(p, 0),
                    Loc::Global(k) => Place::Global(k),
                })
            }
            ExprKind::Star(p) => {
                let r = self.expr(p)?;
                Ok(Place::Mem(r, 0))
            }
            ExprKind::Selector { x, sel } => {
                let Some(s) = self.c.info.selections.get(&e.id).cloned() else {
                    return Ok(Place::Regs(self.expr(e)?));
                };
                if s.kind != SelectionKind::FieldVal {
                    return Ok(Place::Regs(self.expr(e)?));
                }
                let _ = sel;
                self.field_place(x, &s.index)
            }
            ExprKind::Index { x, index } => {
                let xt = self.ty(x);
                let tt = &self.c.info.types;
                match tt.under(xt).clone() {
                    Type::Slice(el) => {
                        let s = self.expr(x)?;
                        let i = self.expr(index)?;
                        let w = self.wreg(el);
                        let p = self.fb.reg();
                        self.fb.emit(Instr::SliceAddr {
                            a: p,
                            b: s,
                            c: i,
                            w: w.max(1) as u8,
                        });
                        Ok(Place::Mem(p, 0))
                    }
                    Type::Array { len, elem } => {
                        let base = self.place(x)?;
                        self.array_elem_place(base, len, elem, index)
                    }
                    Type::Pointer(at) => {
                        let Type::Array { len, elem } = tt.under(at).clone() else {
                            return Err(internal(e.span, "index of pointer"));
                        };
                        let p = self.expr(x)?;
                        self.array_elem_place(Place::Mem(p, 0), len, elem, index)
                    }
                    _ => Ok(Place::Regs(self.expr(e)?)),
                }
            }
            _ => Ok(Place::Regs(self.expr(e)?)),
        }
    }

    /// The place of element `index` of an array at `base`.
    pub fn array_elem_place(
        &mut self,
        base: Place,
        len: u64,
        elem: TypeId,
        index: &'a Expr,
    ) -> CResult<Place> {
        let w = self.wreg(elem);
        if let Some(k) = self
            .c
            .info
            .value_of(index.id)
            .and_then(|v| v.to_int().int64_val())
        {
            let off = (k as u16).saturating_mul(w);
            return Ok(match base {
                Place::Regs(r) => Place::Regs(r + off),
                Place::RegIdx(r, o) => Place::RegIdx(r + off, o),
                Place::Mem(p, o) => Place::Mem(p, o + off),
                Place::Global(g) => Place::Global(g + off as u32),
            });
        }
        if let Place::Regs(r) | Place::RegIdx(r, _) = base {
            // An array in registers: check the index, scale it to words.
            let i = self.fb.reg();
            self.expr_to(index, i)?;
            let n = self.fb.reg();
            self.load_int(n, len);
            self.fb.emit(Instr::CheckIndex { a: i, b: n });
            let off = if w == 1 {
                i
            } else {
                let t = self.fb.reg();
                self.load_int(t, w as u64);
                self.fb.emit(Instr::MulInt { a: t, b: i, c: t });
                t
            };
            let off = match base {
                Place::RegIdx(_, o) => {
                    let t = self.fb.reg();
                    self.fb.emit(Instr::AddInt { a: t, b: off, c: o });
                    t
                }
                _ => off,
            };
            return Ok(Place::RegIdx(r, off));
        }
        // A dynamic index: through a slice over the array.
        let p = self.array_ptr(base, len, elem, index.span)?;
        let s = self.regs(3);
        let n = self.fb.reg();
        self.load_int(n, len);
        self.fb.emit(Instr::SliceOfArray { a: s, b: p, c: n });
        let i = self.expr(index)?;
        let q = self.fb.reg();
        self.fb.emit(Instr::SliceAddr {
            a: q,
            b: s,
            c: i,
            w: w.max(1) as u8,
        });
        Ok(Place::Mem(q, 0))
    }

    /// A pointer to the array at `base` (an array value in registers is copied to a new
    /// heap object first: indexing a temporary cannot change it anyway).
    pub fn array_ptr(
        &mut self,
        base: Place,
        len: u64,
        elem: TypeId,
        _span: crate::source::Span,
    ) -> CResult<Reg> {
        let p = self.fb.reg();
        match base {
            Place::Mem(q, 0) => self.mov(p, q, 1),
            Place::Mem(q, o) => {
                self.fb.emit(Instr::Addr { a: p, b: q, c: o });
            }
            Place::Global(k) => {
                self.fb.emit(Instr::GlobalAddr { a: p, k });
            }
            Place::Regs(_) | Place::RegIdx(..) => {
                let w = (len as u16).saturating_mul(self.wreg(elem));
                let r = match base {
                    Place::Regs(r) => r,
                    _ => {
                        let t = self.regs(w as u32);
                        self.read_place(base, t, w);
                        t
                    }
                };
                let l = self.c.array_layout_idx(len, elem);
                self.fb.emit(Instr::New { a: p, b: l });
                self.store_ptr(p, 0, r, w);
            }
        }
        Ok(p)
    }

    /// Follows a field path (`Selection::index`) from `x`.
    pub fn field_place(&mut self, x: &'a Expr, path: &[usize]) -> CResult<Place> {
        let mut t = self.ty(x);
        let tt = &self.c.info.types;
        let mut pl = if let Type::Pointer(e) = tt.under(t).clone() {
            t = e;
            let p = self.expr(x)?;
            Place::Mem(p, 0)
        } else {
            self.place(x)?
        };
        for (n, &i) in path.iter().enumerate() {
            let Type::Struct { fields } = self.c.info.types.under(t).clone() else {
                return Err(internal(x.span, "field of a non-struct"));
            };
            let mut off: u16 = 0;
            for f in &fields[..i.min(fields.len())] {
                off += self.wreg(f.ty);
            }
            let Some(f) = fields.get(i) else {
                return Err(internal(x.span, "field index"));
            };
            pl = match pl {
                Place::Regs(r) => Place::Regs(r + off),
                Place::RegIdx(r, o) => Place::RegIdx(r + off, o),
                Place::Mem(p, o) => Place::Mem(p, o + off),
                Place::Global(k) => Place::Global(k + off as u32),
            };
            t = f.ty;
            if n + 1 < path.len() {
                if let Type::Pointer(e) = self.c.info.types.under(t).clone() {
                    let p = self.fb.reg();
                    self.read_place(pl, p, 1);
                    pl = Place::Mem(p, 0);
                    t = e;
                }
            }
        }
        Ok(pl)
    }

    pub fn read_place(&mut self, pl: Place, d: Reg, w: u16) {
        match pl {
            Place::Regs(r) => self.mov(d, r, w),
            Place::RegIdx(r, o) => {
                for k in 0..w {
                    self.fb.emit(Instr::MoveIdx {
                        a: d + k,
                        b: r + k,
                        c: o,
                    });
                }
            }
            Place::Mem(p, o) => self.load_ptr(d, p, o, w),
            Place::Global(k) => self.get_global(d, k, w),
        }
    }

    pub fn write_place(&mut self, pl: Place, src: Reg, w: u16) {
        match pl {
            Place::Regs(r) => self.mov(r, src, w),
            Place::RegIdx(r, o) => {
                for k in 0..w {
                    self.fb.emit(Instr::StoreIdx {
                        a: r + k,
                        b: o,
                        c: src + k,
                    });
                }
            }
            Place::Mem(p, o) => self.store_ptr(p, o, src, w),
            Place::Global(k) => self.set_global(k, src, w),
        }
    }
}
