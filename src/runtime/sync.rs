//! The natives of package sync: `Mutex`, `RWMutex`, `WaitGroup` (and, through
//! `sema::notify_list_*`, `Cond`), operating on the words of the Go structs declared in
//! `src/stdlib/go/sync/mutex.go`. `Once`, `OnceFunc` and `Cond.Wait` itself are Go code
//! over these. Every wait parks the goroutine (`sema`), never the worker thread.
//!
//! Word layouts (one 64-bit word per field, as the VM flattens structs):
//! - `Mutex`: `[state, sema]`. `state` = `LOCKED` bit | waiters << 1.
//! - `RWMutex`: `[w.state, w.sema, writerSem, readerSem, readerCount, readerWait]`, the
//!   algorithm of Go's `sync/rwmutex.go` (a writer subtracts `MAX_READERS` from
//!   `readerCount`, so new readers see it negative and queue behind the writer).
//! - `WaitGroup`: `[state, sema]`; `state` = counter << 32 | waiters, as Go's.
//!
//! # Invariants
//! 1. A Mutex's waiter count changes only under the sema shard lock for `state`'s
//!    address (and equals the length of its queue there); the lock-free fast paths only
//!    flip the `LOCKED` bit (lock: set it when clear; unlock: `LOCKED` → 0 without
//!    waiters).
//! 2. Unlock with waiters either wakes the first waiter to compete again (Go's normal
//!    mode: a running goroutine may barge in first, which avoids lock convoys) or, when
//!    that waiter has waited over 1 ms, hands it the lock without clearing `LOCKED`
//!    (Go's starvation mode). A woken waiter learns which from `Waiter::success`
//!    (`mutex_lock_resume`); one that lost the race re-queues at the front.
//! 3. `int32` fields are kept sign-extended in their words (the VM's invariant).
//!
//! # Happens-before
//! Unlock happens before the Lock that follows it; `wg.Add`/`Done` happen before the
//! `Wait` they release; `RUnlock` before the writer's `Lock`; `Unlock` before later
//! `RLock`s: all through the state words' `AcqRel` atomics or the shard lock.

use super::park::{WaitReason, Waiter};
use super::sched::{Ctx, Wake};
use super::sema::{self, addr_of, semacquire, semrelease, Step};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A misuse that Go reports as a fatal error or a panic; the VM raises it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncError {
    /// `fatal error: sync: unlock of unlocked mutex`.
    UnlockOfUnlocked,
    /// `fatal error: sync: RUnlock of unlocked RWMutex`.
    RUnlockOfUnlocked,
    /// `fatal error: sync: Unlock of unlocked RWMutex`.
    RwUnlockOfUnlocked,
    /// `panic: sync: negative WaitGroup counter`.
    NegativeWaitGroup,
    /// The words given are fewer than the struct has (a VM bug).
    BadLayout,
}

impl SyncError {
    /// Go's message (after `fatal error: ` or `panic: `).
    pub fn message(self) -> &'static str {
        match self {
            SyncError::UnlockOfUnlocked => "sync: unlock of unlocked mutex",
            SyncError::RUnlockOfUnlocked => "sync: RUnlock of unlocked RWMutex",
            SyncError::RwUnlockOfUnlocked => "sync: Unlock of unlocked RWMutex",
            SyncError::NegativeWaitGroup => "sync: negative WaitGroup counter",
            SyncError::BadLayout => "internal error: sync object layout",
        }
    }

    /// Fatal errors cannot be recovered; the others are ordinary panics.
    pub fn is_fatal(self) -> bool {
        !matches!(self, SyncError::NegativeWaitGroup)
    }
}

const LOCKED: u64 = 1;
const WAITER: u64 = 2;
const MAX_READERS: i32 = 1 << 30;
/// A waiter blocked this long gets the lock handed over (Go's `starvationThresholdNs`).
const STARVATION_NS: u64 = 1_000_000;

fn word(ws: &[AtomicU64], i: usize) -> Result<&AtomicU64, SyncError> {
    ws.get(i).ok_or(SyncError::BadLayout)
}

/// Adds `d` to the `int32` in `w` (kept sign-extended); returns the new value.
fn add_i32(w: &AtomicU64, d: i32) -> i32 {
    let mut v = w.load(Ordering::Acquire);
    loop {
        let n = (v as i32).wrapping_add(d);
        match w.compare_exchange_weak(v, n as i64 as u64, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return n,
            Err(x) => v = x,
        }
    }
}

/// `m.Lock()`; `m` is the Mutex's words. On `Park`, call `mutex_lock_resume` when
/// woken (it may park again).
pub fn mutex_lock(ctx: &Ctx<'_>, m: &[AtomicU64]) -> Result<Step<Arc<Waiter>>, SyncError> {
    let state = word(m, 0)?;
    if try_acquire(state) {
        return Ok(Step::Done);
    }
    Ok(lock_slow(ctx, state, ctx.sh.timers.now(), false))
}

/// Continues a parked `m.Lock()` after wake-up: done if the lock was handed to us
/// (starvation), else compete again, re-queued at the front (as Go's woken waiters).
pub fn mutex_lock_resume(
    ctx: &Ctx<'_>,
    m: &[AtomicU64],
    w: &Waiter,
) -> Result<Step<Arc<Waiter>>, SyncError> {
    if w.success() {
        return Ok(Step::Done);
    }
    let state = word(m, 0)?;
    if try_acquire(state) {
        return Ok(Step::Done);
    }
    let since = w.elem.first().map_or(0, |e| e.load(Ordering::Relaxed));
    Ok(lock_slow(ctx, state, since, true))
}

/// Takes the lock if it is free, whatever the waiter count (barging, invariant 1).
fn try_acquire(state: &AtomicU64) -> bool {
    let mut s = state.load(Ordering::Acquire);
    while s & LOCKED == 0 {
        match state.compare_exchange_weak(s, s | LOCKED, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return true,
            Err(x) => s = x,
        }
    }
    false
}

/// Under the shard lock: take the lock or enqueue (front for a woken waiter). `since`
/// is when this Lock call first waited, in the scheduler's clock.
fn lock_slow(ctx: &Ctx<'_>, state: &AtomicU64, since: u64, front: bool) -> Step<Arc<Waiter>> {
    let addr = addr_of(state);
    ctx.sh.sema.with_queue(addr, |q| {
        let mut s = state.load(Ordering::Acquire);
        loop {
            let (next, park) = if s & LOCKED == 0 {
                (s | LOCKED, false)
            } else {
                (s + WAITER, true)
            };
            match state.compare_exchange(s, next, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) if park => {
                    let w = Waiter::new(ctx.g().clone(), &[since], None);
                    ctx.g().set_waiting_on(addr);
                    if front {
                        q.push_front(w.clone());
                    } else {
                        q.push_back(w.clone());
                    }
                    return Step::Park(w, WaitReason::SyncMutexLock);
                }
                Ok(_) => return Step::Done,
                Err(x) => s = x,
            }
        }
    })
}

/// `m.TryLock()`.
pub fn mutex_try_lock(m: &[AtomicU64]) -> Result<bool, SyncError> {
    Ok(try_acquire(word(m, 0)?))
}

/// `m.Unlock()`: wakes the first waiter to compete for the lock (Go's normal mode), or
/// hands the lock straight to it if it has waited over `STARVATION_NS` (Go's
/// starvation mode), so a waiter cannot be starved by barging lockers.
pub fn mutex_unlock(wake: &Wake<'_>, m: &[AtomicU64]) -> Result<(), SyncError> {
    let state = word(m, 0)?;
    if state
        .compare_exchange(LOCKED, 0, Ordering::AcqRel, Ordering::Acquire)
        .is_ok()
    {
        return Ok(());
    }
    let sh = wake.shared();
    let woken = sh.sema.with_queue(addr_of(state), |q| {
        let mut s = state.load(Ordering::Acquire);
        loop {
            if s & LOCKED == 0 {
                return Err(SyncError::UnlockOfUnlocked);
            }
            let Some(front) = q.front().filter(|_| s >= WAITER) else {
                match state.compare_exchange(s, s & !LOCKED, Ordering::AcqRel, Ordering::Acquire) {
                    Ok(_) => return Ok(None),
                    Err(x) => {
                        s = x;
                        continue;
                    }
                }
            };
            let since = front.elem.first().map_or(0, |e| e.load(Ordering::Relaxed));
            let handoff = sh.timers.now().saturating_sub(since) > STARVATION_NS;
            let next = if handoff {
                s - WAITER
            } else {
                (s - WAITER) & !LOCKED
            };
            match state.compare_exchange(s, next, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return Ok(q.pop_front().map(|w| (w, handoff))),
                Err(x) => s = x,
            }
        }
    })?;
    if let Some((w, handoff)) = woken {
        w.set_success(handoff);
        wake.ready(&w.g);
    }
    Ok(())
}

/// `rw.RLock()`. On `Park`, resuming is `Done`.
pub fn rw_rlock(ctx: &Ctx<'_>, rw: &[AtomicU64]) -> Result<Step<Arc<Waiter>>, SyncError> {
    let (reader_sem, reader_count) = (word(rw, 3)?, word(rw, 4)?);
    if add_i32(reader_count, 1) < 0 {
        // A writer is pending: wait for it.
        return Ok(semacquire(ctx, reader_sem, WaitReason::SyncRWMutexRLock));
    }
    Ok(Step::Done)
}

/// `rw.TryRLock()`.
pub fn rw_try_rlock(rw: &[AtomicU64]) -> Result<bool, SyncError> {
    let reader_count = word(rw, 4)?;
    let mut c = reader_count.load(Ordering::Acquire);
    loop {
        if (c as i32) < 0 {
            return Ok(false);
        }
        let n = ((c as i32) + 1) as i64 as u64;
        match reader_count.compare_exchange(c, n, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return Ok(true),
            Err(x) => c = x,
        }
    }
}

/// `rw.RUnlock()`.
pub fn rw_runlock(wake: &Wake<'_>, rw: &[AtomicU64]) -> Result<(), SyncError> {
    let (writer_sem, reader_count, reader_wait) = (word(rw, 2)?, word(rw, 4)?, word(rw, 5)?);
    let r = add_i32(reader_count, -1);
    if r < 0 {
        if r + 1 == 0 || r + 1 == -MAX_READERS {
            return Err(SyncError::RUnlockOfUnlocked);
        }
        // A writer is pending; the last departing reader wakes it.
        if add_i32(reader_wait, -1) == 0 {
            semrelease(wake, writer_sem);
        }
    }
    Ok(())
}

/// Where a parked `rw.Lock()` is.
pub enum RwLockWait {
    /// Waiting for `rw.w` (the writers' mutex).
    Mutex(Arc<Waiter>),
    /// Holding `rw.w`, waiting for the active readers to leave.
    Readers(Arc<Waiter>),
}

/// `rw.Lock()`; on `Park` call `rw_lock_resume` when woken.
pub fn rw_lock(ctx: &Ctx<'_>, rw: &[AtomicU64]) -> Result<Step<RwLockWait>, SyncError> {
    match mutex_lock(ctx, rw)? {
        Step::Park(w, _) => Ok(Step::Park(
            RwLockWait::Mutex(w),
            WaitReason::SyncRWMutexLock,
        )),
        Step::Done => rw_lock_announce(ctx, rw),
    }
}

/// Continues a parked `rw.Lock()`; may park again (then resume again).
pub fn rw_lock_resume(
    ctx: &Ctx<'_>,
    rw: &[AtomicU64],
    w: RwLockWait,
) -> Result<Step<RwLockWait>, SyncError> {
    match w {
        RwLockWait::Mutex(w) => match mutex_lock_resume(ctx, rw, &w)? {
            Step::Park(w, _) => Ok(Step::Park(
                RwLockWait::Mutex(w),
                WaitReason::SyncRWMutexLock,
            )),
            Step::Done => rw_lock_announce(ctx, rw),
        },
        RwLockWait::Readers(_) => Ok(Step::Done),
    }
}

/// Holding `rw.w`: announce the writer to readers and wait for the active ones.
fn rw_lock_announce(ctx: &Ctx<'_>, rw: &[AtomicU64]) -> Result<Step<RwLockWait>, SyncError> {
    let (writer_sem, reader_count, reader_wait) = (word(rw, 2)?, word(rw, 4)?, word(rw, 5)?);
    let r = add_i32(reader_count, -MAX_READERS) + MAX_READERS;
    if r != 0 && add_i32(reader_wait, r) != 0 {
        return Ok(
            match semacquire(ctx, writer_sem, WaitReason::SyncRWMutexLock) {
                Step::Done => Step::Done,
                Step::Park(w, why) => Step::Park(RwLockWait::Readers(w), why),
            },
        );
    }
    Ok(Step::Done)
}

/// `rw.TryLock()`.
pub fn rw_try_lock(wake: &Wake<'_>, rw: &[AtomicU64]) -> Result<bool, SyncError> {
    let reader_count = word(rw, 4)?;
    if !mutex_try_lock(rw)? {
        return Ok(false);
    }
    let neg = (-MAX_READERS) as i64 as u64;
    if reader_count
        .compare_exchange(0, neg, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        mutex_unlock(wake, rw)?;
        return Ok(false);
    }
    Ok(true)
}

/// `rw.Unlock()`: releases the readers that queued behind the writer, then `rw.w`.
pub fn rw_unlock(wake: &Wake<'_>, rw: &[AtomicU64]) -> Result<(), SyncError> {
    let (reader_sem, reader_count) = (word(rw, 3)?, word(rw, 4)?);
    let r = add_i32(reader_count, MAX_READERS);
    if r >= MAX_READERS {
        return Err(SyncError::RwUnlockOfUnlocked);
    }
    for _ in 0..r {
        semrelease(wake, reader_sem);
    }
    mutex_unlock(wake, rw)
}

/// `wg.Add(delta)`: at zero, releases every waiter.
pub fn waitgroup_add(wake: &Wake<'_>, wg: &[AtomicU64], delta: i64) -> Result<(), SyncError> {
    let (state, sema) = (word(wg, 0)?, word(wg, 1)?);
    let add = (delta as u64) << 32;
    let s = state.fetch_add(add, Ordering::AcqRel).wrapping_add(add);
    let v = (s >> 32) as u32 as i32;
    let w = s as u32;
    if v < 0 {
        return Err(SyncError::NegativeWaitGroup);
    }
    if v > 0 || w == 0 {
        return Ok(());
    }
    // Counter is zero with waiters: reset and wake them all (as Go's Add).
    state.store(0, Ordering::Release);
    for _ in 0..w {
        semrelease(wake, sema);
    }
    Ok(())
}

/// `wg.Wait()`. On `Park`, resuming is `Done`.
pub fn waitgroup_wait(ctx: &Ctx<'_>, wg: &[AtomicU64]) -> Result<Step<Arc<Waiter>>, SyncError> {
    let (state, sema) = (word(wg, 0)?, word(wg, 1)?);
    let mut s = state.load(Ordering::Acquire);
    loop {
        if s >> 32 == 0 {
            return Ok(Step::Done);
        }
        match state.compare_exchange(s, s + 1, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return Ok(semacquire(ctx, sema, WaitReason::SyncWaitGroupWait)),
            Err(x) => s = x,
        }
    }
}

/// The `sync.Cond` natives on a `notifyList`'s words `[wait, notify, queue]`.
pub fn notify_list_add(nl: &[AtomicU64]) -> Result<u32, SyncError> {
    Ok(sema::notify_list_add(word(nl, 0)?))
}

/// `notifyListWait(l, t)`; on `Park` resuming is `Done`.
pub fn notify_list_wait(
    ctx: &Ctx<'_>,
    nl: &[AtomicU64],
    t: u32,
) -> Result<Step<Arc<Waiter>>, SyncError> {
    Ok(sema::notify_list_wait(ctx, word(nl, 0)?, word(nl, 1)?, t))
}

pub fn notify_list_notify_one(wake: &Wake<'_>, nl: &[AtomicU64]) -> Result<(), SyncError> {
    sema::notify_list_notify_one(wake, word(nl, 0)?, word(nl, 1)?);
    Ok(())
}

pub fn notify_list_notify_all(wake: &Wake<'_>, nl: &[AtomicU64]) -> Result<(), SyncError> {
    sema::notify_list_notify_all(wake, word(nl, 0)?, word(nl, 1)?);
    Ok(())
}
