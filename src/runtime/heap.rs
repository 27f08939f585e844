//! The garbage-collected heap: object headers, allocation and slot access.
//!
//! Every Go value that outlives a register lives in a heap object: a header followed by
//! either `nwords` 64-bit slots (`AtomicU64`) or `nbytes` bytes (`AtomicU8`), never both.
//! Slots are read and written with `Relaxed` ordering: on x86 that is a plain `mov`, and a
//! racy Go program gets Go's wrong answers without undefined behaviour in Rust.
//! Happens-before between goroutines comes from the runtime's synchronising operations.
//!
//! # Invariants
//! 1. An `ObjRef` points at the header of an object that `Heap::alloc` made and that has
//!    not been swept. The VM keeps this true by only ever building an `ObjRef` from a word
//!    that a pointer-typed register or slot holds (low 48 bits, see `vm::value`), and the
//!    collector only frees objects that no root reaches.
//! 2. Objects never move. A pointer word's low 48 bits are an object's start or 0.
//! 3. Word access checks `i < nwords` and byte access `i < nbytes`, so an index that a torn
//!    read or a type confusion produced is an error the caller turns into a Go panic, never
//!    a wild access. A word object has `nbytes == 0` and a byte object `nwords == 0`, so no
//!    memory is ever viewed both as words and as bytes.
//! 4. Allocation never collects. Collection happens only at safepoints (see `gc`), so Rust
//!    code holding an `ObjRef` in a local between two safepoints keeps it valid.
//!
//! # Design
//! Objects are allocated one by one with the system allocator and registered in a list
//! behind a `parking_lot::Mutex` (uncontended, ~15 ns), one of 8 shards chosen per thread
//! so that workers allocating in parallel rarely meet. Rejected for now: size-class
//! pages with a bump allocator per worker, which would make allocation cheaper but is not
//! needed until a benchmark says so; the API (`alloc_words`, `alloc_bytes`) hides it.
//! Every object records its `Layout`, the pointer map of its element type, so marking is
//! precise and an interface's dynamic type can be validated against the object it holds.

use parking_lot::Mutex;
use std::alloc;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};

/// Mask selecting the object address in a pointer word (x86-64 user space is 47 bits).
pub const ADDR_MASK: u64 = (1 << 48) - 1;

/// The pointer map of a heap object's element type: an object of `n` words holds `n /
/// width` elements, and in each the slots at `ptrs` hold pointer words. One `Layout` per
/// Go type (the compiler makes them once; they live for the whole run).
#[derive(Debug)]
pub struct Layout {
    /// The Go type's name, for debugging and the disassembler (`[]*main.Node`).
    pub name: String,
    /// Element width in words (1 for scalars; a struct's flattened size). Never 0.
    pub width: u32,
    /// Offsets of pointer slots inside one element, ascending.
    pub ptrs: Vec<u32>,
    /// Objects of this layout own a Rust-side map (see `runtime::map`), traced and freed
    /// through it.
    pub is_map: bool,
    /// Go's size in bytes of one element (`unsafe.Sizeof`), for `append`'s growth rule.
    pub elem_size: u32,
}

impl Layout {
    /// A leaked (program-lifetime) layout. `width` 0 is taken as 1.
    pub fn new(name: impl Into<String>, width: u32, ptrs: Vec<u32>) -> &'static Layout {
        Box::leak(Box::new(Layout {
            name: name.into(),
            width: width.max(1),
            ptrs,
            is_map: false,
            elem_size: width.max(1) * 8,
        }))
    }

    /// A layout with Go's element size given (`[]int32` elements are 4 bytes in Go).
    pub fn sized(
        name: impl Into<String>,
        width: u32,
        ptrs: Vec<u32>,
        elem_size: u32,
    ) -> &'static Layout {
        Box::leak(Box::new(Layout {
            name: name.into(),
            width: width.max(1),
            ptrs,
            is_map: false,
            elem_size,
        }))
    }

    /// The layout of map objects.
    pub fn map() -> &'static Layout {
        static L: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
        L.get_or_init(|| {
            Box::leak(Box::new(Layout {
                name: "map".into(),
                width: 1,
                ptrs: vec![],
                is_map: true,
                elem_size: 8,
            }))
        })
    }

    /// A layout of one scalar word per element, for byte objects, boxes of scalars and
    /// anything without pointers.
    pub fn scalar(name: impl Into<String>) -> &'static Layout {
        Layout::new(name, 1, Vec::new())
    }

    pub fn has_ptrs(&self) -> bool {
        !self.ptrs.is_empty() || self.is_map
    }
}

/// What an object's payload is.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    /// `nwords` atomic 64-bit slots (structs, arrays, boxes, closures, slices' arrays).
    Words = 0,
    /// `nbytes` bytes ([]byte arrays); mutable, accessed atomically.
    Bytes = 1,
    /// `nbytes` immutable bytes: a string's contents. Written only before publication.
    Str = 2,
    /// One word owning a `Box<runtime::map::GoMap>`.
    Map = 3,
    /// One word owning a `Box<Box<dyn Traced>>`: a Rust value that lives on the GC heap
    /// (a channel, a timer), traced through its own `trace` and dropped when swept.
    Native = 4,
}

/// A Rust value owned by a heap object of kind `Native` (issue #4: channels, timers,
/// mutexes' wait queues). The collector calls `trace` with the world stopped to mark the
/// heap words the value holds (use `Marker::mark_words` with the element's pointer
/// offsets), and drops the value when its object is swept.
pub trait Traced: Send + Sync + 'static {
    fn trace(&self, m: &mut super::gc::Marker);
    /// For downcasting to the concrete type (`as_any().downcast_ref::<Chan>()`).
    fn as_any(&self) -> &dyn std::any::Any;
}

/// The object header. The payload follows it, 8-byte aligned.
#[repr(C)]
pub struct ObjHeader {
    layout: &'static Layout,
    nwords: u32,
    nbytes: u32,
    /// Mark bit for the collector (0 white, 1 marked); see `gc`.
    pub(crate) mark: AtomicU8,
    kind: ObjKind,
}

const HEADER: usize = std::mem::size_of::<ObjHeader>();
const _: () = assert!(HEADER.is_multiple_of(8));

/// A reference to a live heap object (invariant 1). Copyable; the collector decides
/// liveness, not this handle.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(NonNull<ObjHeader>);

// SAFETY: objects are shared between goroutines on several threads by design; all
// payload access goes through atomics (or immutable string bytes written before
// publication), and headers are immutable after allocation except the mark bit, which is
// atomic.
unsafe impl Send for ObjRef {}
// SAFETY: as for Send.
unsafe impl Sync for ObjRef {}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "obj@{:#x}", self.addr())
    }
}

impl ObjRef {
    /// The object a pointer word refers to, `None` for nil.
    ///
    /// # Safety
    /// `w & ADDR_MASK` must be 0 or the start of a live object (invariant 1): the word must
    /// come from a pointer-typed register or slot of a correctly compiled program.
    #[inline]
    pub unsafe fn from_word(w: u64) -> Option<ObjRef> {
        NonNull::new((w & ADDR_MASK) as usize as *mut ObjHeader).map(ObjRef)
    }

    /// The pointer word for this object (offset 0).
    #[inline]
    pub fn word(self) -> u64 {
        self.addr() as u64
    }

    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    fn header(&self) -> &ObjHeader {
        // SAFETY: invariant 1: the object is live, so its header is initialised memory.
        unsafe { self.0.as_ref() }
    }

    #[inline]
    pub fn kind(self) -> ObjKind {
        self.header().kind
    }

    #[inline]
    pub fn layout(self) -> &'static Layout {
        self.header().layout
    }

    /// Number of word slots (0 for byte objects).
    #[inline]
    pub fn nwords(self) -> usize {
        self.header().nwords as usize
    }

    /// Number of bytes (0 for word objects).
    #[inline]
    pub fn nbytes(self) -> usize {
        self.header().nbytes as usize
    }

    #[inline]
    pub(crate) fn mark_bit(&self) -> &AtomicU8 {
        &self.header().mark
    }

    /// The word slots.
    #[inline]
    pub fn words(&self) -> &[AtomicU64] {
        let n = self.header().nwords as usize;
        // SAFETY: invariant 1 and the allocation in `Heap::alloc`: `n` zero-initialised
        // AtomicU64 follow the header, 8-aligned, for as long as the object is live; a
        // byte object has n == 0 so this never overlaps a byte view (invariant 3).
        unsafe {
            std::slice::from_raw_parts(
                (self.0.as_ptr() as *const u8).add(HEADER) as *const AtomicU64,
                n,
            )
        }
    }

    /// The mutable bytes of a byte object (empty for other kinds).
    #[inline]
    pub fn bytes(&self) -> &[AtomicU8] {
        let n = self.header().nbytes as usize;
        // SAFETY: as for `words`, with `nbytes` AtomicU8 after the header; a word object
        // has nbytes == 0.
        unsafe {
            std::slice::from_raw_parts(
                (self.0.as_ptr() as *const u8).add(HEADER) as *const AtomicU8,
                n,
            )
        }
    }

    /// The contents of an immutable string object; empty for any other kind.
    #[inline]
    pub fn str_bytes(&self) -> &[u8] {
        if self.header().kind != ObjKind::Str {
            return &[];
        }
        let n = self.header().nbytes as usize;
        // SAFETY: a Str object's bytes are written only by `Heap::alloc_str` before the
        // object is published, so no write can race with this shared view.
        unsafe { std::slice::from_raw_parts((self.0.as_ptr() as *const u8).add(HEADER), n) }
    }

    /// Slot `i`, or `None` past the end (invariant 3).
    #[inline]
    pub fn get(self, i: usize) -> Option<u64> {
        self.words().get(i).map(|s| s.load(Ordering::Relaxed))
    }

    /// Stores slot `i`; false past the end.
    #[inline]
    pub fn set(self, i: usize, v: u64) -> bool {
        match self.words().get(i) {
            Some(s) => {
                s.store(v, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// Runs `f` on the Rust value a `Native` object owns (`None` for other kinds). The
    /// borrow cannot outlive `f`, and no collection can happen while a mutator runs `f`
    /// (collections need every mutator at a safepoint), so the value stays alive.
    pub fn with_native<R>(self, f: impl FnOnce(&dyn Traced) -> R) -> Option<R> {
        let p = self.native_ptr()?;
        // SAFETY: the word was set by `alloc_native` from `Box::into_raw` and is never
        // changed; the object is live (invariant 1) so the box has not been dropped.
        Some(f(unsafe { &**p.as_ptr() }))
    }

    pub(crate) fn native_ptr(self) -> Option<NonNull<Box<dyn Traced>>> {
        if self.kind() != ObjKind::Native {
            return None;
        }
        NonNull::new(self.get(0)? as usize as *mut Box<dyn Traced>)
    }

    /// The raw pointer stored in a map object's single word.
    pub(crate) fn map_ptr(self) -> Option<NonNull<crate::runtime::map::GoMap>> {
        if self.kind() != ObjKind::Map {
            return None;
        }
        let w = self.get(0)?;
        NonNull::new(w as usize as *mut crate::runtime::map::GoMap)
    }
}

/// Statistics for `runtime.ReadMemStats` (names as Go's `MemStats`).
#[derive(Clone, Copy, Debug, Default)]
pub struct MemStats {
    /// Bytes of allocated heap objects (live or not yet swept).
    pub heap_alloc: u64,
    /// Cumulative bytes allocated.
    pub total_alloc: u64,
    /// Live objects.
    pub heap_objects: u64,
    /// Completed collections.
    pub num_gc: u32,
    /// Heap size at which the next collection starts.
    pub next_gc: u64,
}

/// The heap shared by every goroutine of a program.
pub struct Heap {
    /// Every allocated object, for the sweeper, in shards picked per thread so that
    /// workers allocating at once rarely contend for a lock.
    pub(crate) shards: Box<[Mutex<Vec<ObjRef>>]>,
    /// Bytes allocated and not yet freed.
    pub(crate) allocated: AtomicUsize,
    pub(crate) total_alloc: AtomicU64,
    /// Collect when `allocated` passes this (GOGC trigger); usize::MAX when GOGC=off.
    pub(crate) next_gc: AtomicUsize,
    pub(crate) num_gc: AtomicU32,
    /// Set by an allocation that passed `next_gc`; polled at safepoints.
    pub(crate) gc_wanted: AtomicBool,
    /// GOGC percentage; negative means off.
    pub(crate) gc_percent: AtomicU64,
    /// Collect at every safepoint (`MINIGO_GCSTRESS=1`).
    pub(crate) stress: AtomicBool,
    /// A goroutine is starting a collection (see `begin_collection`).
    collecting: AtomicBool,
    /// Stress mode: safepoints to skip before the next collection, so that a collection
    /// costs about as much as the work between two (see `should_collect`).
    stress_skip: AtomicU64,
}

/// The right to run a collection; released on drop.
pub struct CollectionGuard<'h>(&'h Heap);

impl Drop for CollectionGuard<'_> {
    fn drop(&mut self) {
        self.0.collecting.store(false, Ordering::Release);
    }
}

/// Number of object-list shards (see `Heap::shards`).
const SHARDS: usize = 8;

/// This thread's shard, assigned round-robin on first use.
fn shard_index() -> usize {
    use std::cell::Cell;
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static SHARD: Cell<usize> = const { Cell::new(usize::MAX) };
    }
    SHARD.with(|s| {
        if s.get() == usize::MAX {
            s.set(NEXT.fetch_add(1, Ordering::Relaxed) % SHARDS);
        }
        s.get()
    })
}

/// The smallest heap target, as Go's 4 MB minimum.
pub const MIN_HEAP: usize = 4 << 20;

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// A heap configured from the environment (`GOGC`, `MINIGO_GCSTRESS`).
    pub fn new() -> Heap {
        let h = Heap {
            shards: (0..SHARDS).map(|_| Mutex::new(Vec::new())).collect(),
            allocated: AtomicUsize::new(0),
            total_alloc: AtomicU64::new(0),
            next_gc: AtomicUsize::new(MIN_HEAP),
            num_gc: AtomicU32::new(0),
            gc_wanted: AtomicBool::new(false),
            gc_percent: AtomicU64::new(100),
            stress: AtomicBool::new(false),
            collecting: AtomicBool::new(false),
            stress_skip: AtomicU64::new(0),
        };
        if let Ok(v) = std::env::var("GOGC") {
            h.set_gc_percent(parse_gogc(&v));
        }
        if std::env::var("MINIGO_GCSTRESS").is_ok_and(|v| v == "1") {
            h.set_stress(true);
        }
        h
    }

    /// Sets GOGC (negative: off), as `debug.SetGCPercent`; returns the previous value.
    pub fn set_gc_percent(&self, pct: i64) -> i64 {
        let old = self.gc_percent.swap(pct as u64, Ordering::Relaxed) as i64;
        self.retarget(self.allocated.load(Ordering::Relaxed));
        old
    }

    pub fn gc_percent(&self) -> i64 {
        self.gc_percent.load(Ordering::Relaxed) as i64
    }

    pub fn set_stress(&self, on: bool) {
        self.stress.store(on, Ordering::Relaxed);
    }

    pub fn stress(&self) -> bool {
        self.stress.load(Ordering::Relaxed)
    }

    /// Sets the next trigger from the live size after a collection.
    pub(crate) fn retarget(&self, live: usize) {
        let pct = self.gc_percent();
        let next = if pct < 0 {
            usize::MAX
        } else {
            let grow = live.saturating_mul(pct as usize) / 100;
            live.saturating_add(grow).max(MIN_HEAP)
        };
        self.next_gc.store(next, Ordering::Relaxed);
    }

    /// True when a safepoint should collect (the trigger passed, or stress mode).
    #[inline]
    pub fn gc_due(&self) -> bool {
        self.gc_wanted.load(Ordering::Relaxed) || self.stress.load(Ordering::Relaxed)
    }

    /// Claims the right to collect, or `None` if another goroutine is already starting
    /// one. With several workers, only the claimant stops the world; the others just
    /// yield, so that their stacks are free for it to scan (a second goroutine waiting to
    /// stop the world from inside its own run would hold its stack).
    pub fn begin_collection(&self) -> Option<CollectionGuard<'_>> {
        self.collecting
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .ok()
            .map(|_| CollectionGuard(self))
    }

    /// Asks for a collection at the next safepoint (`runtime.GC()`).
    pub fn request_gc(&self) {
        self.gc_wanted.store(true, Ordering::Relaxed);
    }

    /// Whether a safepoint should collect now: the trigger passed, or stress mode and
    /// its countdown ran out. Stress mode collects at every safepoint while the heap and
    /// stacks are small, and proportionally less often as they grow (one collection per
    /// `scanned words / 1024` safepoints), so a million-frame recursion stays linear.
    pub fn should_collect(&self) -> bool {
        if self.gc_wanted.load(Ordering::Relaxed) {
            return true;
        }
        if !self.stress.load(Ordering::Relaxed) {
            return false;
        }
        let left = self.stress_skip.load(Ordering::Relaxed);
        if left == 0 {
            return true;
        }
        self.stress_skip.store(left - 1, Ordering::Relaxed);
        false
    }

    /// Sets the stress countdown after a collection that scanned `words` words: one
    /// safepoint per 64 words, so that with the stress quantum (16 budget units per
    /// safepoint) the work between two collections is about what a collection scans.
    /// Small heaps and stacks are still collected at every safepoint; a 1 GB stack
    /// (`fatal error: stack overflow`) costs a few times its normal run, not hundreds.
    pub(crate) fn after_stress_collection(&self, words: u64) {
        self.stress_skip.store(words / 64, Ordering::Relaxed);
    }

    /// A zeroed word object of `nwords` slots. Never collects (invariant 4).
    pub fn alloc_words(&self, layout: &'static Layout, nwords: usize) -> ObjRef {
        self.alloc(layout, ObjKind::Words, nwords, 0)
    }

    /// A zeroed mutable byte object.
    pub fn alloc_bytes(&self, layout: &'static Layout, nbytes: usize) -> ObjRef {
        self.alloc(layout, ObjKind::Bytes, 0, nbytes)
    }

    /// An immutable string object holding `s`.
    pub fn alloc_str(&self, s: &[u8]) -> ObjRef {
        let o = self.alloc(str_layout(), ObjKind::Str, 0, s.len());
        for (dst, b) in o.bytes_raw().iter().zip(s) {
            dst.store(*b, Ordering::Relaxed);
        }
        o
    }

    /// A `Native` object owning `v` (see `Traced`).
    pub fn alloc_native(&self, layout: &'static Layout, v: Box<dyn Traced>) -> ObjRef {
        let o = self.alloc(layout, ObjKind::Native, 1, 0);
        o.set(0, Box::into_raw(Box::new(v)) as usize as u64);
        o
    }

    /// A map object owning `m`.
    pub(crate) fn alloc_map(
        &self,
        layout: &'static Layout,
        m: Box<crate::runtime::map::GoMap>,
    ) -> ObjRef {
        let o = self.alloc(layout, ObjKind::Map, 1, 0);
        o.set(0, Box::into_raw(m) as usize as u64);
        o
    }

    fn alloc(
        &self,
        layout: &'static Layout,
        kind: ObjKind,
        nwords: usize,
        nbytes: usize,
    ) -> ObjRef {
        let size = alloc_size(nwords, nbytes);
        let lay = alloc::Layout::from_size_align(size, 8).unwrap_or_else(|_| out_of_memory());
        // SAFETY: `lay` has non-zero size (it includes the header).
        let p = unsafe { alloc::alloc_zeroed(lay) } as *mut ObjHeader;
        let Some(nn) = NonNull::new(p) else {
            out_of_memory()
        };
        if nn.as_ptr() as u64 & !ADDR_MASK != 0 {
            out_of_memory();
        }
        // SAFETY: `p` is a fresh allocation of at least HEADER bytes, aligned to 8.
        unsafe {
            p.write(ObjHeader {
                layout,
                nwords: u32::try_from(nwords).unwrap_or_else(|_| out_of_memory()),
                nbytes: u32::try_from(nbytes).unwrap_or_else(|_| out_of_memory()),
                mark: AtomicU8::new(0),
                kind,
            })
        };
        let o = ObjRef(nn);
        self.shards[shard_index()].lock().push(o);
        let total = self.allocated.fetch_add(size, Ordering::Relaxed) + size;
        self.total_alloc.fetch_add(size as u64, Ordering::Relaxed);
        if total >= self.next_gc.load(Ordering::Relaxed) {
            self.gc_wanted.store(true, Ordering::Relaxed);
        }
        o
    }

    /// Frees `o`. Called only by the sweeper for an unreachable object.
    pub(crate) fn free(&self, o: ObjRef) -> usize {
        if o.kind() == ObjKind::Map {
            if let Some(m) = o.map_ptr() {
                // SAFETY: the map word was set by `alloc_map` from `Box::into_raw` and is
                // never changed; the object is unreachable so nothing else uses the map.
                drop(unsafe { Box::from_raw(m.as_ptr()) });
            }
        }
        if let Some(p) = o.native_ptr() {
            // SAFETY: as for maps: set once by `alloc_native`, object unreachable.
            drop(unsafe { Box::from_raw(p.as_ptr()) });
        }
        let size = alloc_size(o.nwords(), o.nbytes());
        let lay = alloc::Layout::from_size_align(size, 8).unwrap_or_else(|_| out_of_memory());
        // SAFETY: the object was allocated in `alloc` with this very layout (sizes come
        // from its immutable header) and is unreachable, so no reference to it remains.
        unsafe { alloc::dealloc(o.0.as_ptr() as *mut u8, lay) };
        size
    }

    pub fn mem_stats(&self) -> MemStats {
        MemStats {
            heap_alloc: self.allocated.load(Ordering::Relaxed) as u64,
            total_alloc: self.total_alloc.load(Ordering::Relaxed),
            heap_objects: self.shards.iter().map(|s| s.lock().len() as u64).sum(),
            num_gc: self.num_gc.load(Ordering::Relaxed),
            next_gc: self.next_gc.load(Ordering::Relaxed) as u64,
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for shard in self.shards.iter() {
            let objs = std::mem::take(&mut *shard.lock());
            for o in objs {
                self.free(o);
            }
        }
    }
}

impl ObjRef {
    /// Byte view used while filling a fresh string (kind Str, before publication).
    fn bytes_raw(&self) -> &[AtomicU8] {
        let n = self.header().nbytes as usize;
        // SAFETY: as for `bytes`; only `alloc_str` calls this, before publication.
        unsafe {
            std::slice::from_raw_parts(
                (self.0.as_ptr() as *const u8).add(HEADER) as *const AtomicU8,
                n,
            )
        }
    }
}

fn alloc_size(nwords: usize, nbytes: usize) -> usize {
    HEADER + nwords * 8 + nbytes.div_ceil(8) * 8
}

/// The layout shared by all string objects.
pub fn str_layout() -> &'static Layout {
    static L: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
    L.get_or_init(|| Layout::scalar("string"))
}

/// The layout shared by all []byte backing arrays.
pub fn bytes_layout() -> &'static Layout {
    static L: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
    L.get_or_init(|| Layout::sized("[]uint8", 1, vec![], 1))
}

/// Parses GOGC: a percentage or `off`.
pub fn parse_gogc(v: &str) -> i64 {
    if v.eq_ignore_ascii_case("off") {
        -1
    } else {
        v.trim().parse::<i64>().unwrap_or(100)
    }
}

fn out_of_memory() -> ! {
    eprintln!("fatal error: runtime: out of memory");
    std::process::exit(2)
}
