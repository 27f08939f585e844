//! The slow paths of the dispatch loop: every instruction that allocates, touches the heap
//! through a pointer, works on strings, slices, maps or interfaces, or changes frames
//! through a closure or an interface. `interp` saves the pc before calling `slow`.
//!
//! # Invariants
//! 1. Each arm reads its operands from `g.stack[base..]` and writes results there; none
//!    keeps a reference into the stack across an allocation or a call.
//! 2. A heap word is only turned into an `ObjRef` through `obj`/`deref`, i.e. from a
//!    register whose static type is a pointer (value invariant 1).

use super::frame::{DeferRec, FrameKind, Goroutine};
use super::interp::{Exit, Vm};
use super::opcode::Instr;
use super::panic::{self, GoPanic};
use super::program::{NativeCtx, NativeRequest};
use super::slice;
use super::strings::{self as gostr, decode_rune, new_string};
use super::value::{
    self, slice_cap, slice_len, slice_lencap, str_len, str_meta, PTR_INDIRECT, PTR_MAX_INLINE_OFF,
};
use crate::runtime::heap::{bytes_layout, Layout, ObjKind, ObjRef, ADDR_MASK};
use crate::runtime::map::{GoMap, MapError};
use crate::runtime::sched::Ctx;

/// What the loop does after a slow instruction.
pub enum Flow {
    /// Continue with the next instruction.
    Next,
    /// Frames changed (a call or a deferred call started): reload and spend budget.
    Frames,
    /// Jump by this offset.
    Jump(i32),
    /// Stop running the goroutine.
    Exit(Exit),
}

/// The object a pointer-typed word refers to; nil dereference panic for 0.
#[inline]
pub(super) fn obj(w: u64) -> Result<ObjRef, GoPanic> {
    // SAFETY: invariant 2: callers pass words of pointer-typed registers.
    unsafe { ObjRef::from_word(w) }.ok_or_else(panic::nil_deref)
}

/// Resolves a pointer word to (object, word or byte offset).
pub(crate) fn deref(w: u64) -> Result<(ObjRef, usize), GoPanic> {
    if w & PTR_INDIRECT != 0 {
        let r = obj(w & ADDR_MASK)?;
        let target = obj(r.get(0).unwrap_or(0))?;
        return Ok((target, r.get(1).unwrap_or(0) as usize));
    }
    Ok((obj(w)?, value::ptr_off(w) as usize))
}

fn ref_layout() -> &'static Layout {
    static L: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
    L.get_or_init(|| Layout::new("ref", 2, vec![0]))
}

pub(super) fn map_err(e: MapError) -> GoPanic {
    match e {
        MapError::Panic(m) => panic::runtime(m),
        MapError::Fatal(m) => GoPanic::Fatal(m.into()),
    }
}

/// The Go map of a map-typed word (`None` for a nil map).
pub(super) fn go_map<'a>(w: u64) -> Result<Option<&'a GoMap>, GoPanic> {
    if w == 0 {
        return Ok(None);
    }
    let o = obj(w)?;
    let Some(m) = o.map_ptr() else {
        return Err(panic::nil_deref());
    };
    // SAFETY: a map object owns its GoMap until it is swept, which cannot happen before
    // the next safepoint; GoMap is Sync (its own invariant 2 guards its contents).
    Ok(Some(unsafe { &*m.as_ptr() }))
}

impl Vm {
    /// A pointer word to word (or byte) `off` of `o`, through a ref object if needed.
    fn make_ptr(&self, o: ObjRef, off: usize) -> u64 {
        if off as u64 <= PTR_MAX_INLINE_OFF {
            return value::ptr_make(o.word(), off as u64);
        }
        let r = self.heap.alloc_words(ref_layout(), 2);
        r.set(0, o.word());
        r.set(1, off as u64);
        r.word() | PTR_INDIRECT
    }

    pub(crate) fn slow(
        &self,
        g: &mut Goroutine,
        base: usize,
        ins: Instr,
        sched: Option<&Ctx<'_>>,
    ) -> Result<Flow, GoPanic> {
        let prog = &*self.prog;
        let heap = &*self.heap;
        macro_rules! r {
            ($x:expr) => {
                g.stack[base + $x as usize]
            };
        }
        macro_rules! rs {
            ($x:expr, $n:expr) => {{
                let mut v = [0u64; $n];
                v.copy_from_slice(&g.stack[base + $x as usize..base + $x as usize + $n]);
                v
            }};
        }
        macro_rules! set {
            ($x:expr, $v:expr) => {{
                let v = $v;
                g.stack[base + $x as usize..base + $x as usize + v.len()].copy_from_slice(&v);
            }};
        }
        match ins {
            Instr::MulC { a, b, c } | Instr::DivC { a, b, c } => {
                let (x, y) = (rs!(b, 2), rs!(c, 2));
                let n = (value::f(x[0]), value::f(x[1]));
                let m = (value::f(y[0]), value::f(y[1]));
                let (re, im) = if matches!(ins, Instr::MulC { .. }) {
                    super::ops::complex_mul(n, m)
                } else {
                    super::ops::complex_div(n, m)
                };
                set!(a, [value::fw(re), value::fw(im)]);
            }
            Instr::MoveN { a, b, c } => {
                let (a, b) = (base + a as usize, base + b as usize);
                g.stack.copy_within(b..b + c as usize, a);
            }
            Instr::Zero { a, b } => {
                g.stack[base + a as usize..base + a as usize + b as usize].fill(0)
            }
            Instr::LoadStr { a, k } => {
                let (o, len) = prog.strs[k as usize];
                set!(a, [o.map_or(0, |o| o.word()), str_meta(0, len as usize)]);
            }
            Instr::GetGlobal { a, k } => r!(a) = prog.globals.get(k as usize).unwrap_or(0),
            Instr::SetGlobal { a, k } => {
                prog.globals.set(k as usize, r!(a));
            }
            Instr::GlobalAddr { a, k } => r!(a) = self.make_ptr(prog.globals, k as usize),

            Instr::ConcatStr { a, b, c } => {
                let (x, y) = (rs!(b, 2), rs!(c, 2));
                let v = if str_len(x[1]) == 0 {
                    y
                } else if str_len(y[1]) == 0 {
                    x
                } else {
                    let mut s = value::str_bytes(x[0], x[1]).to_vec();
                    s.extend_from_slice(value::str_bytes(y[0], y[1]));
                    new_string(heap, &s)
                };
                set!(a, v);
            }
            Instr::EqStr { a, b, c }
            | Instr::NeStr { a, b, c }
            | Instr::LtStr { a, b, c }
            | Instr::LeStr { a, b, c } => {
                let (x, y) = (rs!(b, 2), rs!(c, 2));
                let (x, y) = (value::str_bytes(x[0], x[1]), value::str_bytes(y[0], y[1]));
                r!(a) = match ins {
                    Instr::EqStr { .. } => x == y,
                    Instr::NeStr { .. } => x != y,
                    Instr::LtStr { .. } => x < y,
                    _ => x <= y,
                } as u64;
            }
            Instr::LenStr { a, b } => {
                let x = rs!(b, 2);
                r!(a) = value::str_bytes(x[0], x[1]).len() as u64;
            }
            Instr::IndexStr { a, b, c } => {
                let x = rs!(b, 2);
                let s = value::str_bytes(x[0], x[1]);
                let i = r!(c) as i64;
                match usize::try_from(i).ok().and_then(|i| s.get(i)) {
                    Some(&byte) => r!(a) = byte as u64,
                    None => return Err(panic::index_out_of_range(i, s.len())),
                }
            }
            Instr::SliceStr { a, b, c } => {
                let x = rs!(b, 2);
                let len = value::str_bytes(x[0], x[1]).len();
                let (i, j) = (r!(c) as i64, r!(c + 1) as i64);
                panic::check_slice_bounds(i, j, 0, len, false, "length")?;
                let off = value::str_off(x[1]) + i as usize;
                let n = (j - i) as usize;
                set!(
                    a,
                    if n == 0 {
                        [0, 0]
                    } else {
                        [x[0], str_meta(off, n)]
                    }
                );
            }
            Instr::DecodeRune { a, b, c } => {
                let x = rs!(b, 2);
                let s = value::str_bytes(x[0], x[1]);
                let i = r!(c) as usize;
                let (rune, w) = decode_rune(s.get(i..).unwrap_or(&[]));
                set!(a, [rune as u64, w as u64]);
            }
            Instr::RuneToStr { a, b } => {
                let mut out = Vec::new();
                gostr::encode_rune(r!(b) as i64, &mut out);
                set!(a, new_string(heap, &out));
            }
            Instr::StrToBytes { a, b } => {
                let x = rs!(b, 2);
                let v = gostr::new_byte_slice(heap, value::str_bytes(x[0], x[1]));
                // Go's []byte("") is non-nil; an empty allocation keeps it so.
                let v = if v[0] == 0 {
                    [heap.alloc_bytes(bytes_layout(), 0).word(), 0, 0]
                } else {
                    v
                };
                set!(a, v);
            }
            Instr::BytesToStr { a, b } => {
                let s = gostr::slice_bytes(rs!(b, 3));
                set!(a, new_string(heap, &s));
            }
            Instr::StrToRunes { a, b } => {
                let x = rs!(b, 2);
                set!(a, gostr::str_to_runes(heap, value::str_bytes(x[0], x[1])));
            }
            Instr::RunesToStr { a, b } => set!(a, gostr::runes_to_str(heap, rs!(b, 3))),

            Instr::New { a, b } => {
                let l = prog.layouts[b as usize];
                r!(a) = slice::alloc_array(heap, l, 1).word();
            }
            Instr::Load { a, b, c } => {
                let (o, off) = deref(r!(b))?;
                let mut v = [0u64];
                if !slice::read_at(o, off + c as usize, &mut v) {
                    return Err(panic::nil_deref());
                }
                r!(a) = v[0];
            }
            Instr::Store { a, b, c } => {
                let (o, off) = deref(r!(a))?;
                if !slice::write_at(o, off + c as usize, &[r!(b)]) {
                    return Err(panic::nil_deref());
                }
            }
            Instr::LoadN { a, b, c } => {
                let (o, off) = deref(r!(b))?;
                for k in 0..c as usize {
                    let mut v = [0u64];
                    if !slice::read_at(o, off + k, &mut v) {
                        return Err(panic::nil_deref());
                    }
                    r!(a as usize + k) = v[0];
                }
            }
            Instr::StoreN { a, b, c } => {
                let (o, off) = deref(r!(a))?;
                for k in 0..c as usize {
                    if !slice::write_at(o, off + k, &[r!(b as usize + k)]) {
                        return Err(panic::nil_deref());
                    }
                }
            }
            Instr::Addr { a, b, c } => {
                let (o, off) = deref(r!(b))?;
                r!(a) = self.make_ptr(o, off + c as usize);
            }
            Instr::EqPtr { a, b, c } => {
                let key = |w: u64| {
                    if w == 0 {
                        Ok((0, 0))
                    } else {
                        deref(w).map(|(o, off)| (o.addr(), off))
                    }
                };
                r!(a) = (key(r!(b))? == key(r!(c))?) as u64;
            }
            Instr::PtrAddr { a, b } => {
                let w = r!(b);
                r!(a) = if w == 0 {
                    0
                } else {
                    let (o, off) = deref(w)?;
                    // Byte objects' offsets are in bytes already.
                    let scale = match o.kind() {
                        ObjKind::Words => 8,
                        _ => 1,
                    };
                    (o.addr() as u64).wrapping_add(off as u64 * scale)
                };
            }
            Instr::NilCheck { a } => {
                if r!(a) == 0 {
                    return Err(panic::nil_deref());
                }
            }

            Instr::MakeSlice { a, b, c } => {
                let (len, cap) = (r!(b) as i64, r!(b + 1) as i64);
                if len < 0 || len > u32::MAX as i64 {
                    return Err(panic::runtime("runtime error: makeslice: len out of range"));
                }
                if cap < len || cap > u32::MAX as i64 {
                    return Err(panic::runtime("runtime error: makeslice: cap out of range"));
                }
                let o = slice::alloc_array(heap, prog.layouts[c as usize], cap as usize);
                set!(a, [o.word(), 0, slice_lencap(len as usize, cap as usize)]);
            }
            Instr::LenSlice { a, b } => r!(a) = slice_len(r!(b + 2)) as u64,
            Instr::CapSlice { a, b } => r!(a) = slice_cap(r!(b + 2)) as u64,
            Instr::SliceGet { a, b, c, w }
            | Instr::SliceSet { a, b, c, w }
            | Instr::SliceAddr { a, b, c, w } => {
                let s = rs!(b, 3);
                let i = r!(c) as i64;
                let len = slice_len(s[2]);
                if i < 0 || i as usize >= len {
                    return Err(panic::index_out_of_range(i, len));
                }
                let w = w as usize;
                let off = s[1] as usize + i as usize * w;
                let lo = base + a as usize;
                // SAFETY: value invariant 1: a slice's first word is 0 or its array.
                let arr = unsafe { ObjRef::from_word(s[0]) };
                // An index below `len` outside the array only comes from a torn slice (a
                // racy read mixing two writes' words, value invariant 2): reads give zero
                // and writes are lost, as a racy program may see, never a wild access.
                match (ins, arr) {
                    (Instr::SliceGet { .. }, Some(o)) => {
                        if !slice::read_at(o, off, &mut g.stack[lo..lo + w]) {
                            g.stack[lo..lo + w].fill(0);
                        }
                    }
                    (Instr::SliceGet { .. }, None) => g.stack[lo..lo + w].fill(0),
                    (Instr::SliceSet { .. }, Some(o)) => {
                        slice::write_at(o, off, &g.stack[lo..lo + w]);
                    }
                    (Instr::SliceSet { .. }, None) => {}
                    (_, Some(o)) if slice::holds(o, off + w) => r!(a) = self.make_ptr(o, off),
                    _ => return Err(panic::index_out_of_range(i, len)),
                }
            }
            Instr::SliceSlice { a, b, c, w } | Instr::SliceSlice3 { a, b, c, w } => {
                let s = rs!(b, 3);
                let cap = slice_cap(s[2]);
                let three = matches!(ins, Instr::SliceSlice3 { .. });
                let (i, j) = (r!(c) as i64, r!(c + 1) as i64);
                let k = if three { r!(c + 2) as i64 } else { cap as i64 };
                panic::check_slice_bounds(i, j, k, cap, three, "capacity")?;
                let (i, j, k) = (i as usize, j as usize, k as usize);
                let off = s[1] + (i * w as usize) as u64;
                set!(a, [s[0], off, slice_lencap(j - i, k - i)]);
            }
            Instr::SliceOfArray { a, b, c } => {
                let (o, off) = deref(r!(b))?;
                let n = r!(c) as usize;
                set!(a, [o.word(), off as u64, slice_lencap(n, n)]);
            }
            Instr::SliceToArrayPtr { a, b, c } => {
                let s = rs!(b, 3);
                let (len, n) = (slice_len(s[2]), r!(c));
                if (len as u64) < n {
                    return Err(panic::slice_to_array(len, n));
                }
                // SAFETY: value invariant 1: a slice's first word is 0 or its array. The
                // pointer names the array object itself (never an interior address), so
                // it keeps the array alive; every access through it is checked against
                // the object (slice invariant 1), whatever a torn slice's offset says.
                r!(a) = match unsafe { ObjRef::from_word(s[0]) } {
                    Some(o) => self.make_ptr(o, s[1] as usize),
                    None => 0,
                };
            }
            Instr::Append { a, b, c } => {
                let l = prog.layouts[c as usize];
                let w = slice::layout_width(l);
                let lo = base + b as usize;
                let v = slice::append(heap, l, rs!(a, 3), &g.stack[lo..lo + w], 1)?;
                set!(a, v);
            }
            Instr::AppendSlice { a, b, c } => {
                let l = prog.layouts[c as usize];
                let (vals, n) = slice::elements(rs!(b, 3), slice::layout_width(l))?;
                set!(a, slice::append(heap, l, rs!(a, 3), &vals, n)?);
            }
            Instr::AppendStr { a, b } => {
                let x = rs!(b, 2);
                let vals: Vec<u64> = value::str_bytes(x[0], x[1])
                    .iter()
                    .map(|&b| b as u64)
                    .collect();
                let n = vals.len();
                set!(a, slice::append(heap, bytes_layout(), rs!(a, 3), &vals, n)?);
            }
            Instr::ClearSlice { a, w } => {
                let s = rs!(a, 3);
                // SAFETY: value invariant 1: a slice's first word is its array or 0.
                if let Some(o) = unsafe { ObjRef::from_word(s[0]) } {
                    let zero = [0u64; 255];
                    let w = w as usize;
                    for k in 0..slice_len(s[2]) {
                        if !slice::write_at(o, s[1] as usize + k * w, &zero[..w]) {
                            break;
                        }
                    }
                }
            }
            Instr::Copy { a, b, c, w } => {
                let (vals, n) = slice::elements(rs!(c, 3), w as usize)?;
                r!(a) = slice::copy_into(rs!(b, 3), &vals, n, w as usize) as u64;
            }
            Instr::CopyStr { a, b, c } => {
                let x = rs!(c, 2);
                let vals: Vec<u64> = value::str_bytes(x[0], x[1])
                    .iter()
                    .map(|&b| b as u64)
                    .collect();
                r!(a) = slice::copy_into(rs!(b, 3), &vals, vals.len(), 1) as u64;
            }
            Instr::CheckIndex { a, b } => {
                let (i, n) = (r!(a) as i64, r!(b));
                if i < 0 || i as u64 >= n {
                    return Err(panic::index_out_of_range(i, n as usize));
                }
            }
            Instr::MoveIdx { a, b, c } => {
                let idx = self.frame_index(g, b as usize, r!(c))?;
                r!(a) = g.stack[base + idx];
            }
            Instr::StoreIdx { a, b, c } => {
                let idx = self.frame_index(g, a as usize, r!(b))?;
                g.stack[base + idx] = r!(c);
            }

            Instr::MakeMap { .. }
            | Instr::MapGet { .. }
            | Instr::MapGetOk { .. }
            | Instr::MapSet { .. }
            | Instr::MapSlot { .. }
            | Instr::MapSlotGet { .. }
            | Instr::MapSlotSet { .. }
            | Instr::MapDelete { .. }
            | Instr::MapLen { .. }
            | Instr::MapClear { .. }
            | Instr::MapIter { .. }
            | Instr::MapNext { .. } => return self.map_op(g, base, ins),
            Instr::MakeIface { a, b, c } => {
                let t = &prog.types.types[c as usize];
                let w = t.width as usize;
                let bx = heap.alloc_words(t.layout, w);
                for k in 0..w {
                    bx.set(k, r!(b as usize + k));
                }
                set!(a, [c as u64, bx.word()]);
            }
            Instr::TypeAssert { a, b, c } => {
                return self.type_assert(g, base, a, b, c).map(|_| Flow::Next)
            }
            Instr::IfaceType { a, b } => r!(a) = prog.types.repair(r!(b), r!(b + 1)).0,
            Instr::EqIface { a, b, c } => {
                let (x, y) = (rs!(b, 2), rs!(c, 2));
                let (t1, d1) = prog.types.repair(x[0], x[1]);
                let (t2, d2) = prog.types.repair(y[0], y[1]);
                r!(a) = prog
                    .types
                    .iface_equal(t1, d1, t2, d2)
                    .map_err(panic::runtime)? as u64;
            }

            Instr::CallClosure { a, b } => {
                let w = r!(b);
                let fid = obj(w)?.get(0).ok_or_else(panic::nil_deref)?;
                self.push_call(g, base + a as usize, fid as u32, w, FrameKind::Normal)?;
                return Ok(Flow::Frames);
            }
            Instr::CallIface { a, b, c } => {
                let (tid, data) = prog.types.repair(r!(b), r!(b + 1));
                if tid == 0 {
                    return Err(panic::nil_deref());
                }
                let Some(fid) = prog.types.method(tid, c as u32) else {
                    return Err(panic::runtime(format!(
                        "minigo: internal error: type {} has no method {}",
                        prog.types.name(tid),
                        prog.method_names
                            .get(c as usize)
                            .map_or("?", |s| s.as_str())
                    )));
                };
                // The box must be the dynamic type's (a torn interface is caught here).
                let bx = prog.types.box_of(tid, data).ok_or_else(panic::nil_deref)?;
                let direct = prog.types.get(tid).is_some_and(|t| t.direct);
                r!(a) = if direct { bx.get(0).unwrap_or(0) } else { data };
                self.push_call(g, base + a as usize, fid, 0, FrameKind::Normal)?;
                return Ok(Flow::Frames);
            }
            Instr::CallNative { a, f } => {
                let n = &prog.natives[f as usize];
                let lo = base + a as usize;
                let hi = lo + n.window as usize;
                if g.stack.len() < hi {
                    g.stack.resize(hi, 0);
                }
                let site = g
                    .frames
                    .last()
                    .map_or(0, |f| (f.func as u64) << 32 | f.pc as u64);
                let mut ctx = NativeCtx {
                    heap,
                    prog: &self.prog,
                    sched,
                    goroutine: g.id,
                    site,
                    frames: &g.frames,
                    created_by: g.created_by,
                    request: None,
                    pending: &mut g.pending,
                };
                (n.f)(&mut ctx, &mut g.stack[lo..hi])?;
                match ctx.request {
                    None => {}
                    Some(NativeRequest::Yield) => return Ok(Flow::Exit(Exit::Yield)),
                    Some(NativeRequest::Exit(code)) => return Ok(Flow::Exit(Exit::Exit(code))),
                    Some(NativeRequest::Park { reason, retry }) => {
                        if retry {
                            if let Some(fr) = g.frames.last_mut() {
                                fr.pc -= 1;
                            }
                        }
                        return Ok(Flow::Exit(Exit::Park(reason)));
                    }
                }
            }
            Instr::MakeClosure { a, b, c } => {
                let site = &prog.closures[c as usize];
                let o = heap.alloc_words(site.layout, site.ncapt as usize + 1);
                o.set(0, site.func as u64);
                for k in 0..site.ncapt as usize {
                    o.set(k + 1, r!(b as usize + k));
                }
                r!(a) = o.word();
            }
            Instr::GetCapture { a, b } => {
                let clo = g.frames.last().map_or(0, |f| f.closure);
                r!(a) = obj(clo)?.get(b as usize + 1).ok_or_else(panic::nil_deref)?;
            }
            Instr::Defer { a, b } => {
                let frame = g.frames.len() as u32 - 1;
                let lo = base + a as usize;
                let rec = DeferRec {
                    frame,
                    closure: g.stack[lo],
                    args: g.stack[lo + 1..lo + 1 + b as usize].to_vec(),
                };
                // Most goroutines defer once or not at all: the first record gets room
                // for itself only (a blocked goroutine costs little), later ones double.
                if g.defers.capacity() == 0 {
                    g.defers.reserve_exact(1);
                }
                g.defers.push(rec);
            }
            Instr::RunDefers => {
                let top = g.frames.len() as u32 - 1;
                if g.defers.last().is_some_and(|d| d.frame == top) {
                    if let Some(fr) = g.frames.last_mut() {
                        fr.pc -= 1;
                    }
                    self.run_defer(g)?;
                    return Ok(Flow::Frames);
                }
            }
            Instr::Panic { a } => {
                return Err(GoPanic::Value {
                    tid: r!(a),
                    data: r!(a + 1),
                })
            }
            Instr::Recover { a } => {
                let v = super::unwind::recover(self, g);
                set!(a, v);
            }
            other => {
                return Ok(Flow::Exit(Exit::Fatal(format!(
                    "minigo: internal error: instruction {other:?} reached the slow path\n"
                ))))
            }
        }
        Ok(Flow::Next)
    }

    /// Checks that register `first + idx` lies in the running frame; returns the offset.
    fn frame_index(&self, g: &Goroutine, first: usize, idx: u64) -> Result<usize, GoPanic> {
        let nregs = g
            .frames
            .last()
            .and_then(|f| self.prog.func(f.func))
            .map_or(0, |f| f.nregs as usize);
        let k = first.checked_add(usize::try_from(idx).unwrap_or(usize::MAX));
        match k {
            Some(k) if k < nregs => Ok(k),
            _ => Err(panic::index_out_of_range(
                idx as i64,
                nregs.saturating_sub(first),
            )),
        }
    }

    fn type_assert(
        &self,
        g: &mut Goroutine,
        base: usize,
        a: u16,
        b: u16,
        c: u16,
    ) -> Result<(), GoPanic> {
        let prog = &*self.prog;
        let site = &prog.asserts[c as usize];
        let (tid, data) = prog
            .types
            .repair(g.stack[base + b as usize], g.stack[base + b as usize + 1]);
        let lo = base + a as usize;
        if site.iface {
            let missing = if tid == 0 {
                None
            } else {
                site.methods
                    .iter()
                    .find(|&&m| prog.types.method(tid, m).is_none())
                    .copied()
            };
            let ok = tid != 0 && missing.is_none();
            if !ok && !site.ok {
                if tid == 0 {
                    return Err(panic::runtime(format!(
                        "interface conversion: interface is nil, not {}",
                        site.target_name
                    )));
                }
                let m = missing
                    .and_then(|m| prog.method_names.get(m as usize))
                    .map_or("?", |s| s.as_str());
                return Err(panic::runtime(format!(
                    "interface conversion: {} is not {}: missing method {m}",
                    prog.types.name(tid),
                    site.target_name
                )));
            }
            let v = if ok { [tid, data] } else { [0, 0] };
            g.stack[lo..lo + 2].copy_from_slice(&v);
            if site.ok {
                g.stack[lo + 2] = ok as u64;
            }
            return Ok(());
        }
        let w = prog
            .types
            .get(site.target as u64)
            .map_or(0, |t| t.width as usize);
        let mut out = vec![0u64; w];
        let ok = tid == site.target as u64 && prog.types.unbox(tid, data, &mut out);
        if !ok {
            if !site.ok {
                let dyn_name = if tid == 0 {
                    "nil"
                } else {
                    prog.types.name(tid)
                };
                return Err(panic::runtime(format!(
                    "interface conversion: {} is {dyn_name}, not {}",
                    site.src_name, site.target_name
                )));
            }
            out.fill(0);
        }
        g.stack[lo..lo + w].copy_from_slice(&out);
        if site.ok {
            g.stack[lo + w] = ok as u64;
        }
        Ok(())
    }
}
