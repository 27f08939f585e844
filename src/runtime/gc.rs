//! The collector: non-moving, stop-the-world mark-sweep over `heap::Heap`.
//!
//! Colours, as in Lua's `lgc.h` and Go's `mgc.go`: an object is *white* when its mark bit
//! is 0, *grey* when its mark bit is 1 and it is on the marker's `gray` stack (its slots
//! not yet scanned), *black* when its mark bit is 1 and it has been scanned.
//!
//! # Invariants
//! 1. Tri-colour: during marking no black object points to a white object. It holds
//!    trivially because the world is stopped: no mutator runs between `collect`'s start and
//!    end, so nothing can store a white pointer into a black object (no write barrier).
//! 2. When the grey stack is empty every object reachable from the roots is black; the
//!    sweeper frees exactly the white objects and resets black ones to white, so between
//!    collections every object's mark bit is 0 (`debug_assert!` in `sweep`).
//! 3. Collections happen only at safepoints: the instruction-budget check of a running
//!    goroutine (see `vm::interp`), or a parked goroutine. At a safepoint every live value
//!    is in a register, a frame record, a defer record, a global or a heap object, so the
//!    roots below are complete; allocation itself never collects (`heap` invariant 4).
//! 4. Precise roots (`mark_ptr`) must be pointer words; conservative roots (`mark_maybe`)
//!    may be any word and are checked against the set of objects first, so a stale or
//!    mistyped register can only keep garbage alive, never make the marker follow a
//!    non-pointer.
//!
//! # Design
//! Roots are given by the caller as a closure that feeds a `Marker`: goroutine stacks
//! (with per-function pointer maps, or conservatively), globals, and whatever the
//! scheduler holds outside the heap (issue #4: parked waiters' elements, timers). Rust
//! values that live on the heap (maps, and `heap::Traced` values such as channels) are
//! traced through their objects, so a channel reachable from Go code needs no root. Rejected: reference counting (cycles leak,
//! atomics on every copy), an incremental or concurrent collector (needs a write barrier on
//! every pointer store; revisit if pause times matter), a moving collector (pointers to
//! fields would need updating and natives could not hold `ObjRef`s across allocation).
//! Trigger: GOGC-style, collect when the heap has grown by GOGC% since the last live size
//! (minimum 4 MB); `GOGC=off` disables it; `MINIGO_GCSTRESS=1` collects at every safepoint.

use super::heap::{Heap, ObjKind, ObjRef, ADDR_MASK};
use std::sync::atomic::Ordering;

/// Marks objects reachable from the roots the caller reports.
pub struct Marker<'h> {
    heap: &'h Heap,
    gray: Vec<ObjRef>,
    /// Sorted addresses of all objects, built on the first conservative root.
    known: Option<Vec<usize>>,
    objects: &'h [&'h [ObjRef]],
}

impl<'h> Marker<'h> {
    /// Marks the object a pointer word refers to (nil is ignored).
    ///
    /// Precondition (invariant 4): `w` came from a slot or register that holds a pointer
    /// word of the running program.
    #[inline]
    pub fn mark_ptr(&mut self, w: u64) {
        // SAFETY: precondition above together with heap invariant 1.
        if let Some(o) = unsafe { ObjRef::from_word(w) } {
            self.shade(o);
        }
    }

    /// Marks `w` if it is a pointer word to an existing object; any other word is ignored.
    pub fn mark_maybe(&mut self, w: u64) {
        let addr = (w & ADDR_MASK) as usize;
        if addr == 0 || !addr.is_multiple_of(8) {
            return;
        }
        let objects = self.objects;
        let known = self.known.get_or_insert_with(|| {
            let mut v: Vec<usize> = objects
                .iter()
                .flat_map(|s| s.iter())
                .map(|o| o.addr())
                .collect();
            v.sort_unstable();
            v
        });
        if known.binary_search(&addr).is_ok() {
            self.mark_ptr(addr as u64);
        }
    }

    /// Marks the pointer words of `words` selected by `ptrs` (indices), or every word
    /// conservatively when `ptrs` is `None`.
    pub fn mark_words(&mut self, words: &[u64], ptrs: Option<&[u32]>) {
        match ptrs {
            Some(ps) => {
                for &p in ps {
                    if let Some(&w) = words.get(p as usize) {
                        self.mark_ptr(w);
                    }
                }
            }
            None => {
                for &w in words {
                    self.mark_maybe(w);
                }
            }
        }
    }

    /// Marks an object itself (white to grey).
    #[inline]
    pub fn shade(&mut self, o: ObjRef) {
        if o.mark_bit().swap(1, Ordering::Relaxed) == 0 {
            self.gray.push(o);
        }
    }

    /// Scans grey objects until none is left (invariant 2).
    fn drain(&mut self) {
        while let Some(o) = self.gray.pop() {
            match o.kind() {
                ObjKind::Words => {
                    let lay = o.layout();
                    if lay.ptrs.is_empty() {
                        continue;
                    }
                    let w = lay.width as usize;
                    let words = o.words();
                    let mut base = 0;
                    while base + w <= words.len() {
                        for &p in &lay.ptrs {
                            let v = words[base + p as usize].load(Ordering::Relaxed);
                            self.mark_ptr(v);
                        }
                        base += w;
                    }
                }
                ObjKind::Map => {
                    if let Some(m) = o.map_ptr() {
                        // SAFETY: the map is owned by this live object (set once by
                        // `alloc_map`); the world is stopped so no map operation runs.
                        unsafe { m.as_ref() }.trace(self);
                    }
                }
                ObjKind::Native => {
                    if let Some(p) = o.native_ptr() {
                        // SAFETY: owned by this live object (set once by `alloc_native`);
                        // the world is stopped, so the value is not being dropped.
                        unsafe { p.as_ref() }.trace(self);
                    }
                }
                ObjKind::Bytes | ObjKind::Str => {}
            }
        }
    }
}

/// What one collection did.
#[derive(Clone, Copy, Debug, Default)]
pub struct GcReport {
    pub freed_objects: usize,
    pub freed_bytes: usize,
    pub live_bytes: usize,
}

/// Collects: marks from the roots that `roots` reports, then sweeps.
///
/// Precondition (invariant 3): every mutator of `heap` is stopped at a safepoint and
/// `roots` reports all of their live values.
pub fn collect(heap: &Heap, roots: &mut dyn FnMut(&mut Marker)) -> GcReport {
    let mut shards: Vec<_> = heap.shards.iter().map(|s| s.lock()).collect();
    let objects: Vec<&[ObjRef]> = shards.iter().map(|s| &s[..]).collect();
    let mut m = Marker {
        heap,
        gray: Vec::new(),
        known: None,
        objects: &objects,
    };
    roots(&mut m);
    m.drain();
    let _ = m.heap;
    drop(m);
    drop(objects);
    let mut rep = GcReport::default();
    for objects in shards.iter_mut() {
        objects.retain(|&o| {
            if o.mark_bit().swap(0, Ordering::Relaxed) == 1 {
                true
            } else {
                rep.freed_objects += 1;
                rep.freed_bytes += heap.free(o);
                false
            }
        });
        debug_assert!(objects
            .iter()
            .all(|o| o.mark_bit().load(Ordering::Relaxed) == 0));
    }
    drop(shards);
    let live = heap.allocated.fetch_sub(rep.freed_bytes, Ordering::Relaxed) - rep.freed_bytes;
    rep.live_bytes = live;
    heap.retarget(live);
    heap.num_gc.fetch_add(1, Ordering::Relaxed);
    heap.gc_wanted.store(false, Ordering::Relaxed);
    rep
}
