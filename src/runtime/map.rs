//! Go maps (Go's `runtime/map.go` in miniature): any comparable key, randomized iteration
//! order, deletion during iteration, and Go's `fatal error: concurrent map writes` instead
//! of undefined behaviour when a racy program uses one map from several goroutines.
//!
//! # Invariants
//! 1. Entries live in a slab (`hashes` + `data`) and never move: an entry keeps its index
//!    until deleted, so an iterator that walks slab indices sees every entry present for
//!    the whole iteration exactly once, no deleted entry after its deletion, and entries
//!    added during iteration may or may not be produced (Go's rule). Rehashing rebuilds
//!    only the `index`.
//! 2. `state` is a non-blocking reader/writer flag: every operation holds it for its whole
//!    access to `inner`; an operation that finds it taken in a conflicting way reports
//!    Go's fatal error instead of waiting, so `inner` is never accessed concurrently with a
//!    write (no data race on a Rust `Vec`).
//! 3. `hashes[i] == 0` means slot `i` is free; a live entry's stored hash has bit 63 set.
//! 4. An `index` entry is `EMPTY`, `TOMB`, or the entry's hash with its low 32 bits
//!    replaced by slab index + 1 (`link`): a probe compares hashes without touching the
//!    slab, so a miss costs no cache line of it.
//!
//! # Design
//! Open addressing over a slab rather than Go's buckets: simpler, and the slab gives
//! iteration stability for free. Iteration starts at a random slab index and wraps around,
//! so programs cannot depend on order (as in Go). The collector traces keys and values with
//! the pointer offsets of their types.

use super::gc::Marker;
use super::types::{random_u64, EqKind, TypeTable};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU32, Ordering};

/// A map type as the compiler describes it.
#[derive(Debug)]
pub struct MapType {
    /// Comparison of keys, part by part.
    pub key_eq: Vec<EqKind>,
    /// Key and value widths in words.
    pub kw: u32,
    pub vw: u32,
    /// Pointer offsets inside a key and inside a value.
    pub key_ptrs: Vec<u32>,
    pub val_ptrs: Vec<u32>,
}

/// Errors a map operation reports to the VM.
#[derive(Debug, PartialEq)]
pub enum MapError {
    /// A Go panic (`runtime error: hash of unhashable type []int`).
    Panic(String),
    /// A Go fatal error (`concurrent map writes`): not recoverable.
    Fatal(&'static str),
}

const WRITER: u32 = 1 << 31;
const EMPTY: u64 = 0;
const TOMB: u64 = u32::MAX as u64;

/// The index entry of slab entry `e` with hash `h` (invariant 4).
fn link(h: u64, e: usize) -> u64 {
    (h & !0xffff_ffff) | (e as u64 + 1)
}

struct Inner {
    seed: u64,
    hashes: Vec<u64>,
    data: Vec<u64>,
    free: Vec<u32>,
    /// Open-addressing table of `link`s (`EMPTY`, `TOMB`; invariant 4).
    index: Vec<u64>,
    len: usize,
    used: usize,
}

/// A Go map's storage, owned by a heap object of kind `Map`.
pub struct GoMap {
    pub ty: &'static MapType,
    state: AtomicU32,
    inner: UnsafeCell<Inner>,
}

// SAFETY: all access to `inner` is guarded by `state` (invariant 2), which is an atomic
// acquired with Acquire and released with Release ordering.
unsafe impl Sync for GoMap {}
// SAFETY: as above; the map owns plain vectors.
unsafe impl Send for GoMap {}

struct ReadGuard<'a>(&'a GoMap);
impl Drop for ReadGuard<'_> {
    fn drop(&mut self) {
        self.0.state.fetch_sub(1, Ordering::Release);
    }
}
struct WriteGuard<'a>(&'a GoMap);
impl Drop for WriteGuard<'_> {
    fn drop(&mut self) {
        self.0.state.store(0, Ordering::Release);
    }
}

impl GoMap {
    pub fn new(ty: &'static MapType, hint: usize) -> GoMap {
        let cap = (hint * 4 / 3 + 1).next_power_of_two().max(8);
        GoMap {
            ty,
            state: AtomicU32::new(0),
            inner: UnsafeCell::new(Inner {
                seed: random_u64(),
                hashes: Vec::with_capacity(hint),
                data: Vec::with_capacity(hint * (ty.kw + ty.vw) as usize),
                free: Vec::new(),
                index: vec![EMPTY; cap],
                len: 0,
                used: 0,
            }),
        }
    }

    fn read(&self) -> Result<(ReadGuard<'_>, &Inner), MapError> {
        let s = self.state.fetch_add(1, Ordering::Acquire);
        let g = ReadGuard(self);
        if s & WRITER != 0 {
            return Err(MapError::Fatal("concurrent map read and map write"));
        }
        // SAFETY: invariant 2: we hold a read share and no writer holds the flag.
        Ok((g, unsafe { &*self.inner.get() }))
    }

    #[allow(clippy::mut_from_ref)]
    fn write(&self) -> Result<(WriteGuard<'_>, &mut Inner), MapError> {
        match self
            .state
            .compare_exchange(0, WRITER, Ordering::Acquire, Ordering::Relaxed)
        {
            Ok(_) => {
                // SAFETY: invariant 2: we hold the writer flag exclusively.
                Ok((WriteGuard(self), unsafe { &mut *self.inner.get() }))
            }
            Err(s) if s & WRITER != 0 => Err(MapError::Fatal("concurrent map writes")),
            Err(_) => Err(MapError::Fatal("concurrent map read and map write")),
        }
    }

    fn stride(&self) -> usize {
        (self.ty.kw + self.ty.vw) as usize
    }

    fn hash(&self, tt: &TypeTable, seed: u64, key: &[u64]) -> Result<u64, MapError> {
        tt.hash(&self.ty.key_eq, key, seed)
            .map(|h| h | 1 << 63)
            .map_err(MapError::Panic)
    }

    /// Finds the slab index of `key`.
    fn find(
        &self,
        tt: &TypeTable,
        inner: &Inner,
        key: &[u64],
        h: u64,
    ) -> Result<Option<usize>, MapError> {
        let mask = inner.index.len() - 1;
        let mut i = h as usize & mask;
        let kw = self.ty.kw as usize;
        let stride = self.stride();
        loop {
            match inner.index[i] {
                EMPTY => return Ok(None),
                TOMB => {}
                x if (x ^ h) >> 32 != 0 => {}
                x => {
                    let e = (x as u32 - 1) as usize;
                    if inner.hashes[e] == h {
                        let k = &inner.data[e * stride..e * stride + kw];
                        if tt.equal(&self.ty.key_eq, k, key).map_err(MapError::Panic)? {
                            return Ok(Some(e));
                        }
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Looks `key` up, copying the value to `out` (zeroed when absent); reports presence.
    pub fn get(&self, tt: &TypeTable, key: &[u64], out: &mut [u64]) -> Result<bool, MapError> {
        let (_g, inner) = self.read()?;
        let h = self.hash(tt, inner.seed, key)?;
        let found = self.find(tt, inner, key, h)?;
        let kw = self.ty.kw as usize;
        let stride = self.stride();
        match found {
            Some(e) => {
                let v = &inner.data[e * stride + kw..(e + 1) * stride];
                for (o, x) in out.iter_mut().zip(v) {
                    *o = *x;
                }
                Ok(true)
            }
            None => {
                out.fill(0);
                Ok(false)
            }
        }
    }

    /// Sets `m[key] = val`.
    pub fn set(&self, tt: &TypeTable, key: &[u64], val: &[u64]) -> Result<(), MapError> {
        let (_g, inner) = self.write()?;
        let e = self.find_or_insert(tt, inner, key)?;
        let (kw, stride) = (self.ty.kw as usize, self.stride());
        inner.data[e * stride + kw..(e + 1) * stride].copy_from_slice(&val[..stride - kw]);
        Ok(())
    }

    /// The slab index of `key`'s entry, inserted with a zero value if absent (Go's
    /// `mapassign`): `m[k] op= v` looks the key up once (`slot`, `slot_get`, `slot_set`).
    pub fn slot(&self, tt: &TypeTable, key: &[u64]) -> Result<usize, MapError> {
        let (_g, inner) = self.write()?;
        self.find_or_insert(tt, inner, key)
    }

    /// Copies the value of entry `e` (from `slot`) to `out`; zeros if `e` is no longer a
    /// live entry (only a racy program can delete it in between: a wrong value, never a
    /// wild read).
    pub fn slot_get(&self, e: usize, out: &mut [u64]) -> Result<(), MapError> {
        let (_g, inner) = self.read()?;
        let (kw, stride) = (self.ty.kw as usize, self.stride());
        match inner.hashes.get(e) {
            Some(&h) if h != 0 => {
                let v = &inner.data[e * stride + kw..(e + 1) * stride];
                for (o, x) in out.iter_mut().zip(v) {
                    *o = *x;
                }
            }
            _ => out.fill(0),
        }
        Ok(())
    }

    /// Sets the value of entry `e` (from `slot`); dropped if `e` is no longer a live
    /// entry (as `slot_get`).
    pub fn slot_set(&self, e: usize, val: &[u64]) -> Result<(), MapError> {
        let (_g, inner) = self.write()?;
        let (kw, stride) = (self.ty.kw as usize, self.stride());
        if inner.hashes.get(e).is_some_and(|&h| h != 0) {
            inner.data[e * stride + kw..(e + 1) * stride].copy_from_slice(&val[..stride - kw]);
        }
        Ok(())
    }

    /// `key`'s entry, inserted (zero value) if absent; the caller holds the writer flag.
    /// Inlined: `set` is hot (`m[k] = v`), and a call here cost it ~10%.
    #[inline(always)]
    fn find_or_insert(
        &self,
        tt: &TypeTable,
        inner: &mut Inner,
        key: &[u64],
    ) -> Result<usize, MapError> {
        let h = self.hash(tt, inner.seed, key)?;
        let kw = self.ty.kw as usize;
        let stride = self.stride();
        if let Some(e) = self.find(tt, inner, key, h)? {
            return Ok(e);
        }
        if (inner.used + 1) * 4 > inner.index.len() * 3 {
            let want = ((inner.len + 1) * 2).next_power_of_two().max(8);
            rehash(inner, want);
        }
        let e = match inner.free.pop() {
            Some(e) => e as usize,
            None => {
                inner.hashes.push(0);
                inner.data.resize(inner.data.len() + stride, 0);
                inner.hashes.len() - 1
            }
        };
        inner.hashes[e] = h;
        inner.data[e * stride..e * stride + kw].copy_from_slice(&key[..kw]);
        // A reused slot's value is zero: `delete` clears it.
        let mask = inner.index.len() - 1;
        let mut i = h as usize & mask;
        while inner.index[i] != EMPTY && inner.index[i] != TOMB {
            i = (i + 1) & mask;
        }
        if inner.index[i] == EMPTY {
            inner.used += 1;
        }
        inner.index[i] = link(h, e);
        inner.len += 1;
        Ok(e)
    }

    /// `delete(m, key)`.
    pub fn delete(&self, tt: &TypeTable, key: &[u64]) -> Result<(), MapError> {
        let (_g, inner) = self.write()?;
        let h = self.hash(tt, inner.seed, key)?;
        let Some(e) = self.find(tt, inner, key, h)? else {
            return Ok(());
        };
        let mask = inner.index.len() - 1;
        let mut i = h as usize & mask;
        while inner.index[i] != link(h, e) {
            i = (i + 1) & mask;
        }
        inner.index[i] = TOMB;
        inner.hashes[e] = 0;
        let stride = self.stride();
        inner.data[e * stride..(e + 1) * stride].fill(0);
        inner.free.push(e as u32);
        inner.len -= 1;
        Ok(())
    }

    /// `clear(m)`.
    pub fn clear(&self) -> Result<(), MapError> {
        let (_g, inner) = self.write()?;
        inner.hashes.clear();
        inner.data.clear();
        inner.free.clear();
        inner.index.fill(EMPTY);
        inner.len = 0;
        inner.used = 0;
        Ok(())
    }

    pub fn len(&self) -> Result<usize, MapError> {
        let (_g, inner) = self.read()?;
        Ok(inner.len)
    }

    pub fn is_empty(&self) -> Result<bool, MapError> {
        Ok(self.len()? == 0)
    }

    /// Starts an iteration: (random start, slab length now). See `iter_next`.
    pub fn iter_start(&self) -> Result<(usize, usize), MapError> {
        let (_g, inner) = self.read()?;
        let n = inner.hashes.len();
        let start = if n == 0 {
            0
        } else {
            (random_u64() % n as u64) as usize
        };
        Ok((start, n))
    }

    /// Advances an iteration at step `pos` (0-based, of `n` slab slots starting at
    /// `start`): copies the next live entry's key and value to `key`/`val` and returns the
    /// following step, or `None` when done (invariant 1).
    pub fn iter_next(
        &self,
        start: usize,
        n: usize,
        mut pos: usize,
        key: &mut [u64],
        val: &mut [u64],
    ) -> Result<Option<usize>, MapError> {
        let (_g, inner) = self.read()?;
        let kw = self.ty.kw as usize;
        let stride = self.stride();
        while pos < n {
            let e = (start + pos) % n;
            pos += 1;
            if inner.hashes.get(e).is_some_and(|&h| h != 0) {
                let d = &inner.data[e * stride..(e + 1) * stride];
                for (o, x) in key.iter_mut().zip(&d[..kw]) {
                    *o = *x;
                }
                for (o, x) in val.iter_mut().zip(&d[kw..]) {
                    *o = *x;
                }
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    /// Marks the pointers in keys and values. Called by the collector with the world
    /// stopped, so no operation holds `state`.
    pub(crate) fn trace(&self, m: &mut Marker) {
        // SAFETY: gc invariant 3: the world is stopped, so no map operation is running and
        // nothing writes `inner` while we read it.
        let inner = unsafe { &*self.inner.get() };
        let stride = self.stride();
        let kw = self.ty.kw as usize;
        if self.ty.key_ptrs.is_empty() && self.ty.val_ptrs.is_empty() {
            return;
        }
        for (e, &h) in inner.hashes.iter().enumerate() {
            if h == 0 {
                continue;
            }
            let d = &inner.data[e * stride..(e + 1) * stride];
            m.mark_words(&d[..kw], Some(&self.ty.key_ptrs));
            m.mark_words(&d[kw..], Some(&self.ty.val_ptrs));
        }
    }
}

fn rehash(inner: &mut Inner, cap: usize) {
    let mut index = vec![EMPTY; cap];
    let mask = cap - 1;
    for (e, &h) in inner.hashes.iter().enumerate() {
        if h == 0 {
            continue;
        }
        let mut i = h as usize & mask;
        while index[i] != EMPTY {
            i = (i + 1) & mask;
        }
        index[i] = link(h, e);
    }
    inner.index = index;
    inner.used = inner.len;
}
