//! How Go values are laid out in registers and heap slots, and the helpers that pack and
//! unpack the multi-word ones.
//!
//! A register or heap slot is one 64-bit word with no tag: the compiler knows every
//! register's static type and picks typed instructions. Structs and arrays are flattened
//! into consecutive words (a `struct{a int; s string}` is 3 words).
//!
//! ```text
//! bool                 1 word: 0 or 1
//! int, int8..int64     1 word, sign-extended to 64 bits (kept so by `Wrap` after arithmetic)
//! uint, uint8..uintptr 1 word, zero-extended to 64 bits
//! float64              1 word: IEEE bits
//! float32              1 word: the f64 bits of a value rounded to f32 (`RoundF32`)
//! pointer *T           1 word: bits 0..47 the object's address, bits 48..62 a word offset
//!                      into it (&s.f, &a[i]); bit 63 set: bits 0..47 address a 2-word
//!                      ref object [object, offset] used for offsets over 32767 words
//! string               2 words: [object (kind Str) or 0, off << 32 | len]
//! slice []T            3 words: [array object or 0, off (in words; bytes for []byte),
//!                      len << 32 | cap (in elements)]
//! map, chan, func      1 word: the map object / channel object / closure object, or 0
//! interface            2 words: [type id (0 = nil), data]; data is a box object holding
//!                      the value (pointer-shaped values too), whose layout is checked
//!                      against the type id on every use (see `runtime::types`)
//! closure object       words [function id, captured words...]
//! ```
//!
//! # Invariants
//! 1. A word that a pointer-typed register or slot holds is 0 or a pointer word whose low
//!    48 bits are the start of a live object of that type's layout (see `runtime::heap`).
//!    Racy writes cannot break this, because each word is written atomically and every
//!    write to a given variable has the same static type; only an interface's two words can
//!    disagree, and every use checks the box's layout against the type word
//!    (`runtime::types`), which is why pointer-shaped values are boxed too.
//! 2. Bounds inside a multi-word value (a string's off/len, a slice's off/len/cap) are
//!    re-checked against the object's header on every use, so a torn read gives a wrong
//!    value or a Go panic, never a wild access.

use crate::runtime::heap::{ObjRef, ADDR_MASK};

/// Bit 63 of a pointer word: the address is a ref object `[object, offset]`.
pub const PTR_INDIRECT: u64 = 1 << 63;
/// Largest word offset stored inline in a pointer word.
pub const PTR_MAX_INLINE_OFF: u64 = (1 << 15) - 1;

/// Packs a string's second word.
#[inline]
pub fn str_meta(off: usize, len: usize) -> u64 {
    ((off as u64) << 32) | (len as u64 & 0xffff_ffff)
}

/// A string's length from its second word.
#[inline]
pub fn str_len(meta: u64) -> usize {
    (meta & 0xffff_ffff) as usize
}

/// A string's offset from its second word.
#[inline]
pub fn str_off(meta: u64) -> usize {
    (meta >> 32) as usize
}

/// The bytes of the string value `[obj, meta]`, clamped to the object (invariant 2).
///
/// The slice is valid until the next collection; callers use it at once.
#[inline]
pub fn str_bytes<'a>(obj: u64, meta: u64) -> &'a [u8] {
    // SAFETY: invariant 1: `obj` is a string-typed value's first word, so 0 or a live
    // string object; string objects are immutable (heap `str_bytes`). Liveness lasts until
    // the next safepoint, which the caller does not cross while holding the slice.
    let Some(o) = (unsafe { ObjRef::from_word(obj) }) else {
        return &[];
    };
    let all: &'a [u8] = unsafe_extend(o.str_bytes());
    let off = str_off(meta).min(all.len());
    let end = off.saturating_add(str_len(meta)).min(all.len());
    &all[off..end]
}

fn unsafe_extend<'a>(b: &[u8]) -> &'a [u8] {
    // SAFETY: the bytes belong to a heap object that stays allocated until the next
    // collection (heap invariant 4); see `str_bytes` for the callers' contract.
    unsafe { std::slice::from_raw_parts(b.as_ptr(), b.len()) }
}

/// Packs a slice's third word.
#[inline]
pub fn slice_lencap(len: usize, cap: usize) -> u64 {
    ((len as u64) << 32) | (cap as u64 & 0xffff_ffff)
}

#[inline]
pub fn slice_len(lc: u64) -> usize {
    (lc >> 32) as usize
}

#[inline]
pub fn slice_cap(lc: u64) -> usize {
    (lc & 0xffff_ffff) as usize
}

/// The object address of a pointer word (0 for nil).
#[inline]
pub fn ptr_obj(w: u64) -> u64 {
    w & ADDR_MASK
}

/// The inline word offset of a direct pointer word.
#[inline]
pub fn ptr_off(w: u64) -> u64 {
    (w >> 48) & PTR_MAX_INLINE_OFF
}

/// A direct pointer word to word `off` of object `obj` (`off <= PTR_MAX_INLINE_OFF`).
#[inline]
pub fn ptr_make(obj: u64, off: u64) -> u64 {
    debug_assert!(off <= PTR_MAX_INLINE_OFF);
    (obj & ADDR_MASK) | (off << 48)
}

/// Float bits helpers.
#[inline]
pub fn f(w: u64) -> f64 {
    f64::from_bits(w)
}

#[inline]
pub fn fw(x: f64) -> u64 {
    x.to_bits()
}
