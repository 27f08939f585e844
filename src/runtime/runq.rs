//! Run queues: each worker's local queue (a crossbeam-deque `Worker`, FIFO) with its
//! run-next slot, the global queue (an `Injector`), and work stealing. Go's
//! `runqput`/`runqget`/`runqsteal`/`globrunqget` in `proc.go`.
//!
//! # Invariants
//! 1. A G is in at most one queue or slot at a time (park invariant 2): it is pushed only
//!    on a transition into Runnable, and popped exactly once.
//! 2. `runnext` is owned by its worker's thread and is never stolen: it holds the G that
//!    the running G just readied (Go's `ready(gp, next=true)`), so a ping-pong pair runs
//!    back to back on one worker with warm caches.
//! 3. A chain of run-next hand-offs cannot starve the local queue: after `RUNNEXT_STREAK`
//!    consecutive run-next picks, the local queue goes first. (Go instead lets the
//!    run-next G inherit the rest of the time slice; we have no clock per slice.)
//! 4. The local queue holds at most `LOCAL_CAP` Gs; more go to the global queue (Go's
//!    256-entry `runq` and `runqputslow`), so readying 100k goroutines at once (a
//!    `close`) does not grow one worker's deque to 100k slots (crossbeam frees a grown
//!    deque's old buffers only later, so the peak would be twice that).
//!
//! # Design
//! crossbeam-deque gives lock-free local queues with batch stealing (`steal_batch_and_pop`
//! moves about half of a victim's queue, as Go's `runqsteal` does). Rejected: Go's fixed
//! 256-entry ring with overflow to the global queue, which crossbeam already covers with
//! a growable buffer; and tokio's LIFO slot semantics, which is our run-next.

use super::park::GRef;
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use std::cell::{Cell, RefCell};

/// After this many consecutive run-next picks the local queue is served first.
pub const RUNNEXT_STREAK: u32 = 32;

/// The local queue's bound (invariant 4; Go's `len(p.runq)`).
pub const LOCAL_CAP: usize = 256;

/// A worker's own queue: Go's P's `runq` and `runnext`. Lives on the worker's thread.
pub struct RunQ {
    pub(crate) local: Worker<GRef>,
    runnext: RefCell<Option<GRef>>,
    streak: Cell<u32>,
}

impl RunQ {
    pub fn new() -> RunQ {
        RunQ {
            local: Worker::new_fifo(),
            runnext: RefCell::new(None),
            streak: Cell::new(0),
        }
    }

    pub fn stealer(&self) -> Stealer<GRef> {
        self.local.stealer()
    }

    /// Puts `g` in run-next; the previous occupant goes to the local queue (or the
    /// global one when full). Returns whether something went to a queue (stealable work
    /// appeared).
    pub fn put_next(&self, g: GRef, global: &Injector<GRef>) -> bool {
        match self.runnext.borrow_mut().replace(g) {
            Some(old) => {
                self.put(old, global);
                true
            }
            None => false,
        }
    }

    /// Puts `g` at the tail of the local queue, or of the global one when the local
    /// queue is full (invariant 4).
    pub fn put(&self, g: GRef, global: &Injector<GRef>) {
        if self.local.len() >= LOCAL_CAP {
            global.push(g);
        } else {
            self.local.push(g);
        }
    }

    /// The next G to run from this worker's own queues (invariant 3).
    pub fn get(&self) -> Option<GRef> {
        if self.streak.get() >= RUNNEXT_STREAK {
            if let Some(g) = self.local.pop() {
                self.streak.set(0);
                return Some(g);
            }
        }
        if let Some(g) = self.runnext.borrow_mut().take() {
            self.streak.set(self.streak.get() + 1);
            return Some(g);
        }
        self.streak.set(0);
        self.local.pop()
    }

    pub fn is_empty(&self) -> bool {
        self.runnext.borrow().is_none() && self.local.is_empty()
    }

    /// Moves everything to the global queue (the worker is retiring: GOMAXPROCS shrank).
    pub fn drain_to(&self, global: &Injector<GRef>) {
        if let Some(g) = self.runnext.borrow_mut().take() {
            global.push(g);
        }
        while let Some(g) = self.local.pop() {
            global.push(g);
        }
    }
}

impl Default for RunQ {
    fn default() -> Self {
        RunQ::new()
    }
}

/// One G from the global queue (Go's `globrunqget` for the every-61st-tick check).
pub fn global_get_one(global: &Injector<GRef>) -> Option<GRef> {
    loop {
        match global.steal() {
            Steal::Success(g) => return Some(g),
            Steal::Empty => return None,
            Steal::Retry => continue,
        }
    }
}

/// A batch from the global queue into `q`, returning one G to run.
pub fn global_get_batch(global: &Injector<GRef>, q: &RunQ) -> Option<GRef> {
    loop {
        match global.steal_batch_and_pop(&q.local) {
            Steal::Success(g) => return Some(g),
            Steal::Empty => return None,
            Steal::Retry => continue,
        }
    }
}

/// Steals half of some other worker's queue into `q` (Go's `stealWork`), visiting the
/// victims in an order starting at `start`. `me` is skipped.
pub fn steal(stealers: &[Stealer<GRef>], me: usize, start: usize, q: &RunQ) -> Option<GRef> {
    let n = stealers.len();
    for i in 0..n {
        let victim = (start + i) % n;
        if victim == me {
            continue;
        }
        let Some(s) = stealers.get(victim) else {
            continue;
        };
        loop {
            match s.steal_batch_and_pop(&q.local) {
                Steal::Success(g) => return Some(g),
                Steal::Empty => break,
                Steal::Retry => continue,
            }
        }
    }
    None
}

/// A small xorshift generator per worker (Go's `cheaprand`): steal order, select order.
pub struct FastRand(Cell<u64>);

impl FastRand {
    pub fn new(seed: u64) -> FastRand {
        FastRand(Cell::new(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1))
    }

    pub fn next(&self) -> u64 {
        let mut x = self.0.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0.set(x);
        x
    }

    /// Uniform in `0..n` (`n > 0`), by Lemire's multiply-shift.
    pub fn below(&self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }
}
