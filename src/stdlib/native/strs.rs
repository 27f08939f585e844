//! Natives of `strings`, `unicode`, `sort` and `errors`: the bodiless functions of the
//! embedded Go sources (search hot paths, Unicode tables, the bits of reflection that
//! `sort.Slice` and `errors.As` need).

use super::{str_arg, NativeData};
use crate::vm::panic::{self, GoPanic};
use crate::vm::program::{NativeCtx, NativeFn};

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "strings.Index" => (4, strings_index),
        "strings.IndexByte" => (3, strings_index_byte),
        "unicode.isDigit" => (1, |_, w| {
            rune_pred(w, |c| c.is_numeric() && c.is_ascii_digit() || is_nd(c))
        }),
        "unicode.isNumber" => (1, |_, w| rune_pred(w, |c| c.is_numeric())),
        "unicode.isLetter" => (1, |_, w| rune_pred(w, |c| c.is_alphabetic() && !is_mark(c))),
        "unicode.isUpper" => (1, |_, w| rune_pred(w, |c| c.is_uppercase())),
        "unicode.isLower" => (1, |_, w| rune_pred(w, |c| c.is_lowercase())),
        "unicode.isTitle" => (1, |_, w| {
            rune_pred(w, |c| matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2))
        }),
        "unicode.isSpace" => (1, |_, w| rune_pred(w, |c| c.is_whitespace())),
        "unicode.isPunct" => (1, |_, w| {
            rune_pred(w, |c| {
                c.is_ascii_punctuation()
                    || (!c.is_alphanumeric()
                        && !c.is_whitespace()
                        && !c.is_control()
                        && (c as u32) > 0x7f)
            })
        }),
        "unicode.isSymbol" => (1, |_, w| {
            rune_pred(w, |c| {
                matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
            })
        }),
        "unicode.isMark" => (1, |_, w| rune_pred(w, is_mark)),
        "unicode.toUpper" => (1, |_, w| {
            rune_map(w, |c| c.to_uppercase().next().unwrap_or(c))
        }),
        "unicode.toLower" => (1, |_, w| {
            rune_map(w, |c| c.to_lowercase().next().unwrap_or(c))
        }),
        "unicode.toTitle" => (1, |_, w| {
            rune_map(w, |c| c.to_uppercase().next().unwrap_or(c))
        }),
        "unicode.simpleFold" => (1, |_, w| rune_map(w, simple_fold)),
        "sort.sliceLen" => (2, slice_len),
        "sort.sliceSwap" => (4, slice_swap),
        _ => return None,
    };
    Some(r)
}

fn is_nd(c: char) -> bool {
    c.is_ascii_digit()
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x483..=0x489 | 0x591..=0x5bd | 0x610..=0x61a | 0x64b..=0x65f | 0x900..=0x903 | 0x93a..=0x94f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

fn simple_fold(c: char) -> char {
    let u = c.to_uppercase().next().unwrap_or(c);
    let l = c.to_lowercase().next().unwrap_or(c);
    if c == u && l != c {
        l
    } else if u != c {
        u
    } else {
        c
    }
}

fn rune_pred(w: &mut [u64], f: impl Fn(char) -> bool) -> Result<(), GoPanic> {
    let r = w[0] as u32;
    w[0] = char::from_u32(r).is_some_and(f) as u64;
    Ok(())
}

fn rune_map(w: &mut [u64], f: impl Fn(char) -> char) -> Result<(), GoPanic> {
    let r = w[0] as u32;
    if let Some(c) = char::from_u32(r) {
        w[0] = f(c) as u64;
    }
    Ok(())
}

fn find(h: &[u8], n: &[u8]) -> i64 {
    if n.is_empty() {
        return 0;
    }
    h.windows(n.len())
        .position(|w| w == n)
        .map_or(-1, |p| p as i64)
}

fn strings_index(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (s, sub) = (str_arg(w, 0), str_arg(w, 2));
    w[0] = find(&s, &sub) as u64;
    Ok(())
}

fn strings_index_byte(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let s = str_arg(w, 0);
    let c = w[2] as u8;
    w[0] = s.iter().position(|&b| b == c).map_or(-1, |p| p as i64) as u64;
    Ok(())
}

/// The slice words and element width of a slice held in an interface.
fn slice_of(ctx: &NativeCtx, tid: u64, data: u64) -> Result<([u64; 3], usize), GoPanic> {
    let nd = NativeData::of(ctx.prog);
    let elem = nd
        .and_then(|n| n.descs.get(tid as usize)?.as_ref())
        .and_then(|d| match d.kind {
            super::fmt::DescKind::Slice(e, bytes) => Some((e, bytes)),
            _ => None,
        });
    let Some((e, bytes)) = elem else {
        let name = ctx.prog.types.name(tid).to_string();
        return Err(panic::runtime(format!(
            "reflect: call of Swapper on {name} Value"
        )));
    };
    let mut s = [0u64; 3];
    ctx.prog.types.unbox(tid, data, &mut s);
    let w = if bytes {
        1
    } else {
        ctx.prog.types.get(e as u64).map_or(1, |t| t.width as usize)
    };
    Ok((s, w))
}

fn slice_len(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (s, _) = slice_of(ctx, w[0], w[1])?;
    w[0] = crate::vm::value::slice_len(s[2]) as u64;
    Ok(())
}

fn slice_swap(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (s, ew) = slice_of(ctx, w[0], w[1])?;
    let (i, j) = (w[2] as usize, w[3] as usize);
    let len = crate::vm::value::slice_len(s[2]);
    if i >= len || j >= len {
        return Err(panic::index_out_of_range(i.max(j) as i64, len));
    }
    // SAFETY: value invariant 1: a slice's first word is 0 or a live array object.
    let Some(o) = (unsafe { crate::runtime::heap::ObjRef::from_word(s[0]) }) else {
        return Ok(());
    };
    let off = s[1] as usize;
    let mut a = vec![0; ew];
    let mut b = vec![0; ew];
    crate::vm::slice::read_at(o, off + i * ew, &mut a);
    crate::vm::slice::read_at(o, off + j * ew, &mut b);
    if ew == 1 || o.kind() != crate::runtime::heap::ObjKind::Bytes {
        crate::vm::slice::write_at(o, off + i * ew, &b);
        crate::vm::slice::write_at(o, off + j * ew, &a);
    }
    Ok(())
}
