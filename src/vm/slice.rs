//! Slices over heap arrays: element access (words or bytes, the element width taken from
//! the array object's own layout), Go's `append` growth rule (`growslice` with size-class
//! rounding, so `cap` prints what Go prints), and `copy`.
//!
//! # Invariants
//! 1. Every element access is checked against the array object's header (value invariant
//!    2), whatever the slice words say.
//! 2. Appending never writes past `len` into a shared array beyond the slice's `cap`.
//! 3. A torn slice (racy words from two writes) whose bounds pass its own `len`/`cap` but
//!    not its array's reads zero elements there and drops writes: a racy program gets
//!    wrong values, never a wild access and never a panic Go would not raise.

use super::panic::{self, GoPanic};
use super::value::{slice_cap, slice_len, slice_lencap};
use crate::runtime::heap::{bytes_layout, Heap, Layout, ObjKind, ObjRef};
use std::sync::atomic::Ordering;

/// Words per element of layout `l` (one per byte for []byte).
pub fn layout_width(l: &'static Layout) -> usize {
    if std::ptr::eq(l, bytes_layout()) {
        1
    } else {
        l.width as usize
    }
}

/// Reads `out.len()` words starting at word offset `off` (for byte objects: the byte at
/// `off`); false outside the object.
pub fn read_at(o: ObjRef, off: usize, out: &mut [u64]) -> bool {
    match o.kind() {
        ObjKind::Bytes | ObjKind::Str => match o.bytes().get(off) {
            Some(b) => {
                if let Some(x) = out.first_mut() {
                    *x = b.load(Ordering::Relaxed) as u64;
                }
                true
            }
            None => false,
        },
        _ => {
            let w = out.len();
            let words = o.words();
            let Some(src) = off.checked_add(w).and_then(|end| words.get(off..end)) else {
                return false;
            };
            for (d, s) in out.iter_mut().zip(src) {
                *d = s.load(Ordering::Relaxed);
            }
            true
        }
    }
}

/// Writes `vals` at word offset `off` (byte objects: one byte); false outside the object.
pub fn write_at(o: ObjRef, off: usize, vals: &[u64]) -> bool {
    match o.kind() {
        ObjKind::Bytes => match o.bytes().get(off) {
            Some(b) => {
                b.store(vals.first().copied().unwrap_or(0) as u8, Ordering::Relaxed);
                true
            }
            None => false,
        },
        ObjKind::Words => {
            let w = vals.len();
            let words = o.words();
            let Some(dst) = off.checked_add(w).and_then(|end| words.get(off..end)) else {
                return false;
            };
            for (d, s) in dst.iter().zip(vals) {
                d.store(*s, Ordering::Relaxed);
            }
            true
        }
        _ => false,
    }
}

/// Whether array object `o` has at least `end` element words (bytes for byte objects).
pub fn holds(o: ObjRef, end: usize) -> bool {
    match o.kind() {
        ObjKind::Bytes | ObjKind::Str => o.bytes().len() >= end,
        _ => o.words().len() >= end,
    }
}

/// A zeroed array object of `cap` elements of layout `l`.
pub fn alloc_array(heap: &Heap, l: &'static Layout, cap: usize) -> ObjRef {
    if std::ptr::eq(l, bytes_layout()) {
        heap.alloc_bytes(l, cap)
    } else {
        heap.alloc_words(l, cap * l.width as usize)
    }
}

/// Go's size classes (runtime/sizeclasses.go) up to 32 KB.
const SIZE_CLASSES: [usize; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Go's `roundupsize`: the size class of a request, less the 8-byte malloc header that
/// Go 1.22+ puts in objects with pointers larger than 512 bytes.
fn roundupsize(size: usize, noscan: bool) -> usize {
    let mut req = size;
    if req <= 32768 - 8 {
        if !noscan && req > 512 {
            req += 8;
        }
        let i = SIZE_CLASSES.partition_point(|&c| c < req);
        return SIZE_CLASSES.get(i).copied().unwrap_or(req) - (req - size);
    }
    size.div_ceil(8192) * 8192
}

/// The new capacity for growing a slice from `old_cap` to hold `new_len` elements of
/// `elem_size` bytes (Go 1.27's `growslice`: `nextslicecap`, at least 32 bytes when
/// growing from an empty slice, then `roundupsize`). Verified against Go 1.27: appending
/// one by one gives caps 4 8 16 … 512 848 1280 for []int, 32 64 … 512 896 1408 for []byte,
/// 2 4 … 32 71 143 303 591 for []string.
pub fn grow_cap(old_cap: usize, new_len: usize, elem_size: usize, noscan: bool) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap * 2;
    if new_len > doublecap {
        newcap = new_len;
    } else if old_cap < 256 {
        newcap = doublecap;
    } else {
        while newcap < new_len {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if elem_size == 0 {
        return newcap;
    }
    let mut mem = newcap * elem_size;
    if old_cap == 0 {
        mem = mem.max(32);
    }
    (roundupsize(mem, noscan) / elem_size).max(new_len)
}

/// `append(s, elems...)` where `vals` holds `n` elements of `l.width` words (bytes: one
/// word per byte).
pub fn append(
    heap: &Heap,
    l: &'static Layout,
    s: [u64; 3],
    vals: &[u64],
    n: usize,
) -> Result<[u64; 3], GoPanic> {
    let len = slice_len(s[2]);
    let cap = slice_cap(s[2]);
    let off = s[1] as usize;
    let w = layout_width(l);
    let new_len = len + n;
    if new_len > u32::MAX as usize {
        return Err(panic::runtime("runtime error: growslice: len out of range"));
    }
    // SAFETY: value invariant 1: `s[0]` is a slice's array word.
    let old = unsafe { ObjRef::from_word(s[0]) };
    let (arr, aoff, acap) = match old {
        // A torn slice's cap may exceed its array (invariant 1): then it grows instead.
        Some(o) if new_len <= cap && holds(o, off + new_len * w) => (o, off, cap),
        _ => {
            let ncap = grow_cap(cap, new_len, l.elem_size as usize, l.ptrs.is_empty());
            let arr = alloc_array(heap, l, ncap);
            let mut tmp = vec![0u64; w];
            if let Some(o) = old {
                for k in 0..len {
                    // Past the array only for a torn slice: those elements read as zero.
                    if read_at(o, off + k * w, &mut tmp) {
                        write_at(arr, k * w, &tmp);
                    }
                }
            }
            (arr, 0, ncap)
        }
    };
    for k in 0..n {
        let v = vals.get(k * w..(k + 1) * w).unwrap_or(&[]);
        if !write_at(arr, aoff + (len + k) * w, v) {
            return Err(panic::index_out_of_range((len + k) as i64, acap));
        }
    }
    Ok([arr.word(), aoff as u64, slice_lencap(new_len, acap)])
}

/// The elements of slice `s` as words (width `w` each; bytes one word each).
pub fn elements(s: [u64; 3], w: usize) -> Result<(Vec<u64>, usize), GoPanic> {
    // SAFETY: value invariant 1.
    let Some(o) = (unsafe { ObjRef::from_word(s[0]) }) else {
        return Ok((Vec::new(), 0));
    };
    let len = slice_len(s[2]);
    let off = s[1] as usize;
    let mut out = vec![0u64; len * w];
    for k in 0..len {
        // Past the array only for a torn slice (invariant 1): those elements are zero.
        let _ = read_at(o, off + k * w, &mut out[k * w..(k + 1) * w]);
    }
    Ok((out, len))
}

/// `copy(dst, src)` given the source elements (`w` words each); returns the count copied.
pub fn copy_into(dst: [u64; 3], src: &[u64], src_len: usize, w: usize) -> usize {
    // SAFETY: value invariant 1.
    let Some(o) = (unsafe { ObjRef::from_word(dst[0]) }) else {
        return 0;
    };
    let n = slice_len(dst[2]).min(src_len);
    let off = dst[1] as usize;
    for k in 0..n {
        let v = src.get(k * w..(k + 1) * w).unwrap_or(&[]);
        if !write_at(o, off + k * w, v) {
            return k;
        }
    }
    n
}
