//! The one native of `flag`: `zeroValueOf`, the bit of reflection `isZeroValue` needs to
//! print a `Value`'s default as Go's `PrintDefaults` does (Go calls `reflect.New` on the
//! flag value's type, or on its element type for a pointer).

use super::fmt::DescKind;
use super::NativeData;
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn};
use crate::vm::value;

/// `zeroValueOf(v any) any`: a zero value of v's dynamic type; for a pointer type, a
/// pointer to a new zero value of its element type. nil for nil.
fn zero_value_of(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let tid = w[0];
    let types = &ctx.prog.types;
    let Some(t) = types.get(tid) else {
        w[0] = 0;
        w[1] = 0;
        return Ok(());
    };
    let elem = NativeData::of(ctx.prog)
        .and_then(|nd| nd.descs.get(tid as usize)?.as_ref())
        .and_then(|d| match d.kind {
            DescKind::Pointer(e) => Some(e),
            _ => None,
        });
    let mut words = vec![0u64; t.width as usize];
    if let (Some(e), Some(first)) = (elem.and_then(|e| types.get(e as u64)), words.first_mut()) {
        let obj = ctx.heap.alloc_words(e.layout, (e.width as usize).max(1));
        *first = value::ptr_make(obj.word(), 0);
    }
    let bx = ctx.heap.alloc_words(t.layout, words.len());
    for (k, x) in words.iter().enumerate() {
        bx.set(k, *x);
    }
    w[0] = tid;
    w[1] = bx.word();
    Ok(())
}

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    match name {
        "flag.zeroValueOf" => Some((2, zero_value_of)),
        _ => None,
    }
}
