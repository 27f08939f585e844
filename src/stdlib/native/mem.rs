//! `runtime.ReadMemStats`: the heap's statistics (`runtime::heap::MemStats`) written into
//! the fields of a Go `runtime.MemStats` that minigo keeps (the others stay zero).
//!
//! The word offsets below follow the field order of `stdlib/go/runtime/runtime.go`'s
//! `MemStats` (every field one word; `PauseNs` and `PauseEnd` 256 each).

use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn};

const ALLOC: usize = 0;
const TOTAL_ALLOC: usize = 1;
const SYS: usize = 2;
const HEAP_ALLOC: usize = 6;
const HEAP_SYS: usize = 7;
const HEAP_INUSE: usize = 9;
const HEAP_OBJECTS: usize = 11;
const NEXT_GC: usize = 21;
/// After `PauseTotalNs` (23) and the two 256-word arrays.
const NUM_GC: usize = 24 + 2 * 256;
const ENABLE_GC: usize = NUM_GC + 3;

/// `ReadMemStats(m *MemStats)`: window `[m]`.
fn read_mem_stats(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (o, off) = crate::vm::exec::deref(w[0])?;
    let st = ctx.heap.mem_stats();
    let fields = [
        (ALLOC, st.heap_alloc),
        (TOTAL_ALLOC, st.total_alloc),
        (SYS, st.heap_alloc),
        (HEAP_ALLOC, st.heap_alloc),
        (HEAP_SYS, st.heap_alloc),
        (HEAP_INUSE, st.heap_alloc),
        (HEAP_OBJECTS, st.heap_objects),
        (NEXT_GC, st.next_gc),
        (NUM_GC, st.num_gc as u64),
        (ENABLE_GC, 1),
    ];
    for (k, v) in fields {
        if !o.set(off + k, v) {
            return Err(crate::vm::panic::nil_deref());
        }
    }
    Ok(())
}

/// The natives of this file by qualified name: (window, function).
pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    match name {
        "runtime.ReadMemStats" => Some((1, read_mem_stats)),
        _ => None,
    }
}
