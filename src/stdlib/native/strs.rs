//! Natives of `strings`, `unicode`, `sort` and `errors`: the bodiless functions of the
//! embedded Go sources (search hot paths, Unicode tables, the bits of reflection that
//! `sort.Slice` and `errors.As` need). Unicode classes use Go's own range tables
//! (`unicode_tables.rs`).

use super::unicode_tables as ut;
use super::{str_arg, NativeData};
use crate::vm::panic::{self, GoPanic};
use crate::vm::program::{NativeCtx, NativeFn};

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "strings.Index" => (4, strings_index),
        "strings.IndexByte" => (3, strings_index_byte),
        "unicode.isDigit" => (1, |_, w| table_pred(w, ut::ND)),
        "unicode.isNumber" => (1, |_, w| table_pred(w, ut::N)),
        "unicode.isLetter" => (1, |_, w| table_pred(w, ut::L)),
        "unicode.isUpper" => (1, |_, w| table_pred(w, ut::LU)),
        "unicode.isLower" => (1, |_, w| table_pred(w, ut::LL)),
        "unicode.isTitle" => (1, |_, w| table_pred(w, ut::LT)),
        "unicode.isSpace" => (1, |_, w| table_pred(w, ut::WHITE_SPACE)),
        "unicode.isPunct" => (1, |_, w| table_pred(w, ut::P)),
        "unicode.isSymbol" => (1, |_, w| table_pred(w, ut::S)),
        "unicode.isMark" => (1, |_, w| table_pred(w, ut::M)),
        "unicode.isZs" => (1, |_, w| table_pred(w, ut::ZS)),
        "unicode.toUpper" => (1, |_, w| rune_map(w, |r| ut::to_case(0, r))),
        "unicode.toLower" => (1, |_, w| rune_map(w, |r| ut::to_case(1, r))),
        "unicode.toTitle" => (1, |_, w| rune_map(w, |r| ut::to_case(2, r))),
        "unicode.simpleFold" => (1, |_, w| rune_map(w, ut::simple_fold)),
        "sort.sliceLen" => (2, slice_len),
        "sort.sliceSwap" => (4, slice_swap),
        _ => return None,
    };
    Some(r)
}

/// Go's `unicode.Is(table, r)` on the rune in `w[0]`.
fn table_pred(w: &mut [u64], table: &[(u32, u32, u32)]) -> Result<(), GoPanic> {
    let r = w[0] as i32;
    w[0] = (r >= 0 && ut::is_in(table, r as u32)) as u64;
    Ok(())
}

/// Maps the rune in `w[0]` (negative runes map to themselves).
fn rune_map(w: &mut [u64], f: impl Fn(u32) -> u32) -> Result<(), GoPanic> {
    let r = w[0] as i64 as i32;
    if r >= 0 {
        w[0] = f(r as u32) as i32 as i64 as u64;
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
