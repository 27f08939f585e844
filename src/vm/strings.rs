//! Strings as Go has them: immutable bytes (usually, not necessarily, UTF-8), indexed by
//! byte and ranged by rune. Decoding follows `unicode/utf8.DecodeRune`: an invalid or
//! truncated sequence, an overlong form or a surrogate decodes as U+FFFD of width 1.
//! Also the conversions between strings, []byte and []rune that allocate.

use super::value::{self, slice_lencap, str_meta};
use crate::runtime::heap::{bytes_layout, Heap, Layout, ObjKind, ObjRef};
use std::sync::atomic::Ordering;

pub const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the rune at the start of `b`: (rune, width); (U+FFFD, 1) when invalid and
/// (U+FFFD, 0) for empty input.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Appends the UTF-8 encoding of `r` (invalid runes as U+FFFD), as Go's `string(r)`.
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// A new string value (two words) holding `s`.
pub fn new_string(heap: &Heap, s: &[u8]) -> [u64; 2] {
    if s.is_empty() {
        return [0, 0];
    }
    let o = heap.alloc_str(s);
    [o.word(), str_meta(0, s.len())]
}

/// The byte contents of a []byte slice value, copied (elements read atomically).
pub fn slice_bytes(s: [u64; 3]) -> Vec<u8> {
    // SAFETY: value invariant 1: `s[0]` is a []byte slice's array word.
    let Some(o) = (unsafe { ObjRef::from_word(s[0]) }) else {
        return Vec::new();
    };
    if o.kind() == crate::runtime::heap::ObjKind::Words {
        // A slice of a byte array that lives in a words object (a flattened `[N]byte`
        // variable or field): one word per byte.
        let words = o.words();
        let off = (s[1] as usize).min(words.len());
        let end = off.saturating_add(value::slice_len(s[2])).min(words.len());
        return words[off..end]
            .iter()
            .map(|w| w.load(Ordering::Relaxed) as u8)
            .collect();
    }
    let bytes = o.bytes();
    let off = (s[1] as usize).min(bytes.len());
    let end = off.saturating_add(value::slice_len(s[2])).min(bytes.len());
    bytes[off..end]
        .iter()
        .map(|b| b.load(Ordering::Relaxed))
        .collect()
}

/// A new []byte slice value holding a copy of `b`.
pub fn new_byte_slice(heap: &Heap, b: &[u8]) -> [u64; 3] {
    if b.is_empty() {
        return [0, 0, 0];
    }
    let o = heap.alloc_bytes(bytes_layout(), b.len());
    for (d, s) in o.bytes().iter().zip(b) {
        d.store(*s, Ordering::Relaxed);
    }
    [o.word(), 0, slice_lencap(b.len(), b.len())]
}

/// The layout of []rune / []int32 backing arrays.
pub fn runes_layout() -> &'static Layout {
    static L: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
    L.get_or_init(|| Layout::sized("[]int32", 1, vec![], 4))
}

/// `[]rune(s)`.
pub fn str_to_runes(heap: &Heap, s: &[u8]) -> [u64; 3] {
    let mut rs = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        rs.push(r as u64);
        i += w.max(1);
    }
    if rs.is_empty() {
        return [0, 0, 0];
    }
    let o = heap.alloc_words(runes_layout(), rs.len());
    for (k, r) in rs.iter().enumerate() {
        o.set(k, *r);
    }
    [o.word(), 0, slice_lencap(rs.len(), rs.len())]
}

/// `string(rs)` for a []rune slice value.
pub fn runes_to_str(heap: &Heap, s: [u64; 3]) -> [u64; 2] {
    let mut out = Vec::new();
    // SAFETY: value invariant 1: `s[0]` is a []rune slice's array word.
    if let Some(o) = unsafe { ObjRef::from_word(s[0]) } {
        if o.kind() == ObjKind::Words {
            let off = s[1] as usize;
            for k in 0..value::slice_len(s[2]) {
                let Some(r) = o.get(off + k) else { break };
                encode_rune(r as u32 as i32 as i64, &mut out);
            }
        }
    }
    new_string(heap, &out)
}
