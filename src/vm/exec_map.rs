//! The map instructions, out of the dispatch loop: keys and values move between the
//! registers and `runtime::map::GoMap` without allocating (a map operation is one hash and
//! one probe sequence, the ones in the map benchmarks included).

use super::exec::{go_map, map_err, Flow};
use super::frame::Goroutine;
use super::interp::Vm;
use super::opcode::Instr;
use super::panic::{self, GoPanic};
use crate::runtime::heap::Layout;
use crate::runtime::map::GoMap;

/// Scratch space for a key or value read out of a map, on the Rust stack when small.
enum Buf {
    Small([u64; 16], usize),
    Big(Vec<u64>),
}

impl Buf {
    fn new(n: usize) -> Buf {
        if n <= 16 {
            Buf::Small([0; 16], n)
        } else {
            Buf::Big(vec![0; n])
        }
    }

    fn get(&mut self) -> &mut [u64] {
        match self {
            Buf::Small(a, n) => &mut a[..*n],
            Buf::Big(v) => v,
        }
    }
}

impl Vm {
    pub(super) fn map_op(
        &self,
        g: &mut Goroutine,
        base: usize,
        ins: Instr,
    ) -> Result<Flow, GoPanic> {
        let prog = &*self.prog;
        let tt = &prog.types;
        let reg = |x: u16| base + x as usize;
        match ins {
            Instr::MakeMap { a, b, c } => {
                let hint = (g.stack[reg(b)] as i64).clamp(0, 1 << 20) as usize;
                let m = Box::new(GoMap::new(prog.map_types[c as usize], hint));
                g.stack[reg(a)] = self.heap.alloc_map(Layout::map(), m).word();
            }
            Instr::MapGet { a, b, c } | Instr::MapGetOk { a, b, c } => {
                let map = go_map(g.stack[reg(b)])?;
                // A live map's own type wins over the instruction's (they agree in a
                // correct program); the instruction's serves a nil map.
                let ty = match map {
                    Some(m) => m.ty,
                    None => prog
                        .map_types
                        .get(c as usize)
                        .ok_or_else(panic::nil_deref)?,
                };
                let (kw, vw) = (ty.kw as usize, ty.vw as usize);
                let lo = reg(a);
                let mut val = Buf::new(vw);
                let key = &g.stack[lo..lo + kw];
                let found = match map {
                    Some(m) => m.get(tt, key, val.get()).map_err(map_err)?,
                    None => {
                        // Hashing still panics for an unhashable interface key, as in Go.
                        tt.hash(&ty.key_eq, key, 0).map_err(panic::runtime)?;
                        false
                    }
                };
                g.stack[lo..lo + vw].copy_from_slice(val.get());
                if let Instr::MapGetOk { .. } = ins {
                    g.stack[lo + vw] = found as u64;
                }
            }
            Instr::MapSet { a, b, c } => {
                let Some(m) = go_map(g.stack[reg(a)])? else {
                    return Err(panic::nil_map_write());
                };
                let (kw, vw) = (m.ty.kw as usize, m.ty.vw as usize);
                let key = &g.stack[reg(b)..reg(b) + kw];
                let val = &g.stack[reg(c)..reg(c) + vw];
                m.set(tt, key, val).map_err(map_err)?;
            }
            Instr::MapSlot { a, b, c } => {
                let Some(m) = go_map(g.stack[reg(b)])? else {
                    return Err(panic::nil_map_write());
                };
                let kw = m.ty.kw as usize;
                let key = &g.stack[reg(c)..reg(c) + kw];
                g.stack[reg(a)] = m.slot(tt, key).map_err(map_err)? as u64;
            }
            Instr::MapSlotGet { a, b, c } => {
                // The map was not nil at the `MapSlot` and the register still holds it.
                let m = go_map(g.stack[reg(b)])?.ok_or_else(panic::nil_deref)?;
                let vw = m.ty.vw as usize;
                let e = g.stack[reg(c)] as usize;
                m.slot_get(e, &mut g.stack[reg(a)..reg(a) + vw])
                    .map_err(map_err)?;
            }
            Instr::MapSlotSet { a, b, c } => {
                let m = go_map(g.stack[reg(a)])?.ok_or_else(panic::nil_deref)?;
                let vw = m.ty.vw as usize;
                let e = g.stack[reg(b)] as usize;
                m.slot_set(e, &g.stack[reg(c)..reg(c) + vw])
                    .map_err(map_err)?;
            }
            Instr::MapDelete { a, b } => {
                if let Some(m) = go_map(g.stack[reg(a)])? {
                    let kw = m.ty.kw as usize;
                    m.delete(tt, &g.stack[reg(b)..reg(b) + kw])
                        .map_err(map_err)?;
                }
            }
            Instr::MapLen { a, b } => {
                g.stack[reg(a)] = match go_map(g.stack[reg(b)])? {
                    Some(m) => m.len().map_err(map_err)? as u64,
                    None => 0,
                }
            }
            Instr::MapClear { a } => {
                if let Some(m) = go_map(g.stack[reg(a)])? {
                    m.clear().map_err(map_err)?;
                }
            }
            Instr::MapIter { a, b } => {
                let w = g.stack[reg(b)];
                let v = match go_map(w)? {
                    Some(m) => {
                        let (start, n) = m.iter_start().map_err(map_err)?;
                        [w, start as u64, n as u64, 0]
                    }
                    None => [0, 0, 0, 0],
                };
                g.stack[reg(a)..reg(a) + 4].copy_from_slice(&v);
            }
            Instr::MapNext { a, b, j } => {
                let lo = reg(a);
                let it = [
                    g.stack[lo],
                    g.stack[lo + 1],
                    g.stack[lo + 2],
                    g.stack[lo + 3],
                ];
                let Some(m) = go_map(it[0])? else {
                    return Ok(Flow::Jump(j as i32));
                };
                let (kw, vw) = (m.ty.kw as usize, m.ty.vw as usize);
                let out = reg(b);
                let (key, val) = g.stack[out..out + kw + vw].split_at_mut(kw);
                let next = m
                    .iter_next(it[1] as usize, it[2] as usize, it[3] as usize, key, val)
                    .map_err(map_err)?;
                match next {
                    Some(pos) => g.stack[lo + 3] = pos as u64,
                    None => return Ok(Flow::Jump(j as i32)),
                }
            }
            _ => {}
        }
        Ok(Flow::Next)
    }
}
