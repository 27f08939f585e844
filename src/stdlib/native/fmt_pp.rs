//! `fmt`'s printer-state methods (`(*pp).doPrintf`, `doPrint`, `doPrintln`) in Rust, so
//! that every Go-written entry point of `fmt` (`Fprintf`, `Errorf`, `Fprintln`, ...)
//! formats with the natives of `fmt.rs`. They append to `p.buf` (pp's first field) and,
//! for `Errorf`, record `%w` operands in `p.wrapped` when `p.wrapErrs` is set.

use super::fmt::{iface_args, printer, Printer};
use super::NativeData;
use crate::runtime::heap::{Layout, ObjRef};
use crate::vm::panic::{self, GoPanic};
use crate::vm::program::NativeCtx;
use crate::vm::{slice, value};

/// The object and word offset a pointer word designates.
fn deref(p: u64) -> Result<(ObjRef, usize), GoPanic> {
    if p & value::PTR_INDIRECT != 0 {
        return Err(panic::runtime(
            "minigo: internal error: far pointer to fmt.pp",
        ));
    }
    // SAFETY: value invariant 1: a pointer-typed word is 0 or points into a live object.
    let o = unsafe { ObjRef::from_word(value::ptr_obj(p)) }.ok_or_else(panic::nil_deref)?;
    Ok((o, value::ptr_off(p) as usize))
}

/// Appends the printer's output to `p.buf` and stores `%w` indices.
fn finish(ctx: &NativeCtx, pw: u64, pr: &Printer) -> Result<(), GoPanic> {
    let (o, off) = deref(pw)?;
    let mut buf = [0u64; 3];
    slice::read_at(o, off, &mut buf);
    let mut bytes = crate::vm::strings::slice_bytes(buf);
    bytes.extend_from_slice(&pr.buf);
    let s = crate::vm::strings::new_byte_slice(ctx.heap, &bytes);
    slice::write_at(o, off, &s);
    if !pr.wrapped.is_empty() {
        if let Some((_, wrapped)) = NativeData::of(ctx.prog).and_then(|n| n.pp_offsets) {
            static INTS: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
            let l = INTS.get_or_init(|| Layout::scalar("int"));
            let n = pr.wrapped.len();
            let arr = ctx.heap.alloc_words(l, n);
            for (k, i) in pr.wrapped.iter().enumerate() {
                arr.set(k, *i as u64);
            }
            let sl = [arr.word(), 0, value::slice_lencap(n, n)];
            slice::write_at(o, off + wrapped as usize, &sl);
        }
    }
    Ok(())
}

fn wrap_errs(ctx: &NativeCtx, pw: u64) -> bool {
    let Some((we, _)) = NativeData::of(ctx.prog).and_then(|n| n.pp_offsets) else {
        return false;
    };
    let Ok((o, off)) = deref(pw) else {
        return false;
    };
    let mut v = [0u64];
    slice::read_at(o, off + we as usize, &mut v);
    v[0] != 0
}

/// `func (p *pp) doPrintf(format string, a []any)`.
pub fn do_printf(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let format = super::str_arg(w, 1);
    let args = iface_args(w, 3)?;
    let mut pr = printer(ctx);
    pr.wrap_errs = wrap_errs(ctx, w[0]);
    pr.do_printf(&format, &args);
    finish(ctx, w[0], &pr)
}

/// `func (p *pp) doPrint(a []any)`.
pub fn do_print(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = iface_args(w, 1)?;
    let mut pr = printer(ctx);
    pr.do_print(&args);
    finish(ctx, w[0], &pr)
}

/// `func (p *pp) doPrintln(a []any)`.
pub fn do_println(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let args = iface_args(w, 1)?;
    let mut pr = printer(ctx);
    pr.do_println(&args);
    finish(ctx, w[0], &pr)
}
