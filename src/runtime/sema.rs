//! Semaphores and wait queues keyed by address: the parking primitive under `sync`, as
//! Go's `runtime/sema.go` (`semacquire`/`semrelease`, `notifyList*`).
//!
//! A `sync.Mutex`'s state lives in the Go struct's words on the heap (`state`, `sema`),
//! so the primitives take the words (`&AtomicU64`, heap slots, which never move) and keep
//! the queues of parked goroutines on the runtime side, in a table keyed by the word's
//! address: Go's `semaRoot` treap, here a sharded `HashMap` (`SemaTable`).
//!
//! # Invariants
//! 1. A queue for an address changes only under its shard's lock, and every decision to
//!    park (count is 0) or to wake (a waiter exists) is made under that same lock, so a
//!    release can never miss an acquirer that decided to park.
//! 2. `semrelease` hands the unit directly to the first waiter (it never increments the
//!    count while a waiter is queued), so a woken `semacquire` owns its unit and never
//!    loops: resuming is always `Done`. Go does this only in "handoff" mode; we always
//!    do, trading some throughput for FIFO fairness and a simpler resume contract.
//! 3. An empty queue is removed from its shard, so the table's size is bounded by the
//!    number of parked goroutines.
//!
//! # Happens-before
//! `semrelease` happens before the `semacquire` it satisfies: through the shard lock when
//! the unit is handed over, through the count's `AcqRel` CAS otherwise.

use super::park::{WaitReason, Waiter};
use super::sched::{Ctx, Wake};
use parking_lot::Mutex;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

const SHARDS: usize = 64;

/// The result of a primitive that may park: Go's "block, then resume" split in two.
pub enum Step<P> {
    Done,
    /// Return `RunResult::Park(reason)`; keep `P` and resume with the primitive's
    /// `*_resume` function.
    Park(P, WaitReason),
}

/// One shard: address → its FIFO of parked waiters.
type Shard = Mutex<HashMap<usize, VecDeque<Arc<Waiter>>>>;

/// Queues of parked goroutines keyed by a word's address (Go's `semtable`).
pub(crate) struct SemaTable {
    shards: Box<[Shard]>,
}

impl SemaTable {
    pub(crate) fn new() -> SemaTable {
        SemaTable {
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
        }
    }

    /// Runs `f` with the queue for `addr` under its shard lock (invariant 1); an empty
    /// queue is dropped afterwards (invariant 3).
    pub(crate) fn with_queue<R>(
        &self,
        addr: usize,
        f: impl FnOnce(&mut VecDeque<Arc<Waiter>>) -> R,
    ) -> R {
        let i = (addr >> 3).wrapping_mul(0x9E37_79B9) % SHARDS;
        let mut shard = self.shards[i].lock();
        let q = shard.entry(addr).or_default();
        let r = f(q);
        if q.is_empty() {
            shard.remove(&addr);
        }
        r
    }
}

/// The address that keys a word's queue.
pub fn addr_of(w: &AtomicU64) -> usize {
    w as *const AtomicU64 as usize
}

/// Takes a unit if the count is positive (Go's `cansemacquire`).
fn cansemacquire(sema: &AtomicU64) -> bool {
    let mut v = sema.load(Ordering::Acquire);
    while v & 0xffff_ffff > 0 {
        match sema.compare_exchange_weak(v, v - 1, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return true,
            Err(x) => v = x,
        }
    }
    false
}

/// Go's `semacquire`: takes a unit of the `uint32` semaphore in `sema`, or parks. On
/// `Park`, resuming is just `Done` (invariant 2).
pub fn semacquire(ctx: &Ctx<'_>, sema: &AtomicU64, reason: WaitReason) -> Step<Arc<Waiter>> {
    if cansemacquire(sema) {
        return Step::Done;
    }
    let addr = addr_of(sema);
    ctx.sh.sema.with_queue(addr, |q| {
        if cansemacquire(sema) {
            return Step::Done;
        }
        let w = Waiter::with_slot(ctx.g().clone(), 0, None);
        ctx.g().set_waiting_on(addr);
        q.push_back(w.clone());
        Step::Park(w, reason)
    })
}

/// Go's `semrelease`: hands a unit to the first waiter, or adds it to the count.
pub fn semrelease(wake: &Wake<'_>, sema: &AtomicU64) {
    let w = wake
        .shared()
        .sema
        .with_queue(addr_of(sema), |q| match q.pop_front() {
            Some(w) => Some(w),
            None => {
                sema.fetch_add(1, Ordering::AcqRel);
                None
            }
        });
    if let Some(w) = w {
        w.set_success(true);
        wake.ready(&w.g);
    }
}

/// Go's `notifyListAdd`: takes a ticket (the `wait` word, a wrapping `uint32`).
pub fn notify_list_add(wait: &AtomicU64) -> u32 {
    let mut v = wait.load(Ordering::Acquire);
    loop {
        let next = (v as u32).wrapping_add(1) as u64;
        match wait.compare_exchange_weak(v, next, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return v as u32,
            Err(x) => v = x,
        }
    }
}

/// `a < b` for wrapping tickets (Go's `less`).
fn ticket_less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

/// Go's `notifyListWait`: parks until ticket `t` is notified. `nl` is the notifyList's
/// words `[wait, notify, ...]`; the queue is keyed by `nl[0]`'s address.
pub fn notify_list_wait(
    ctx: &Ctx<'_>,
    wait: &AtomicU64,
    notify: &AtomicU64,
    t: u32,
) -> Step<Arc<Waiter>> {
    let addr = addr_of(wait);
    ctx.sh.sema.with_queue(addr, |q| {
        if ticket_less(t, notify.load(Ordering::Acquire) as u32) {
            return Step::Done;
        }
        let w = Waiter::new(ctx.g().clone(), &[u64::from(t)], None);
        ctx.g().set_waiting_on(addr);
        q.push_back(w.clone());
        Step::Park(w, WaitReason::SyncCondWait)
    })
}

/// Go's `notifyListNotifyOne`: wakes the waiter holding the oldest unnotified ticket.
pub fn notify_list_notify_one(wake: &Wake<'_>, wait: &AtomicU64, notify: &AtomicU64) {
    if wait.load(Ordering::Acquire) == notify.load(Ordering::Acquire) {
        return;
    }
    let woken = wake.shared().sema.with_queue(addr_of(wait), |q| {
        let t = notify.load(Ordering::Acquire) as u32;
        if t == wait.load(Ordering::Acquire) as u32 {
            return None;
        }
        notify.store(u64::from(t.wrapping_add(1)), Ordering::Release);
        let i = q.iter().position(|w| {
            w.elem
                .first()
                .is_some_and(|e| e.load(Ordering::Relaxed) == u64::from(t))
        })?;
        q.remove(i)
    });
    if let Some(w) = woken {
        w.set_success(true);
        wake.ready(&w.g);
    }
}

/// Go's `notifyListNotifyAll`: wakes every waiter.
pub fn notify_list_notify_all(wake: &Wake<'_>, wait: &AtomicU64, notify: &AtomicU64) {
    if wait.load(Ordering::Acquire) == notify.load(Ordering::Acquire) {
        return;
    }
    let all: Vec<Arc<Waiter>> = wake.shared().sema.with_queue(addr_of(wait), |q| {
        notify.store(wait.load(Ordering::Acquire), Ordering::Release);
        q.drain(..).collect()
    });
    for w in all {
        w.set_success(true);
        wake.ready(&w.g);
    }
}
