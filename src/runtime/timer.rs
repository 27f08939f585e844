//! Timers: `time.Sleep`, `After`, `Tick`, `NewTimer`, `NewTicker`, `AfterFunc`, as Go's
//! `runtime/time.go`, driving wake-ups from the scheduler's find-work loop.
//!
//! A `Timer` has an action: wake a sleeping G, send the time on a channel (without
//! blocking: a slow ticker reader misses ticks, as in Go), or call a function (AfterFunc
//! starts a goroutine). Workers run due timers in `find_runnable` before looking at their
//! queues, and an idle worker parks with a deadline at the earliest timer.
//!
//! # Invariants
//! 1. `pending` counts active timers plus timers being fired; a fired one-shot timer
//!    leaves `pending` only after its action has made its G runnable, so the deadlock
//!    detector never sees "no runnable G and no timer" in between.
//! 2. Each arming (`add`, `reset`, a ticker's next period) bumps `seq` and pushes a heap
//!    entry with it; stopping bumps `seq`. An entry whose `seq` is not its timer's current
//!    one is stale and is discarded when popped (lazy deletion), or when the heap has
//!    grown past twice the pending timers (`push` sweeps it, so stopped timers with far
//!    deadlines — a `NewTimer(time.Hour)` stopped in a loop — do not pile up).
//! 3. Go 1.23 semantics: a timer's action runs under the timer's lock after checking
//!    `seq`, and `stop`/`reset` drain the timer's channel under the same lock, so after
//!    `Stop` or `Reset` returns no value sent for an earlier arming can be received.
//! 4. A timer's `Go` action word (an `AfterFunc`'s function value) is a GC root while
//!    the timer is armed (`for_each_root`): an armed AfterFunc runs even if the program
//!    dropped its `*Timer`. A `Send` timer is no root of its channel: when the program
//!    drops the channel the VM cancels the timer (`Timer::cancel`), so an unreferenced,
//!    unstopped Ticker stops firing and no longer counts as pending (Go 1.23 collects
//!    such timers too).
//!
//! # Design
//! One global heap behind a lock, not Go's heap per P: with a heap per worker, timers of
//! an idle or retired worker must be stolen or run by others, and the deadlock detector
//! and idle deadlines must look at every heap. The lock is taken only when a timer is
//! added, stopped or due (`next` is checked lock-free), which is rare next to channel
//! operations; revisit on a benchmark with many timers.

use super::chan::Chan;
use super::park::{GRef, WaitReason};
use super::sched::{Ctx, Sched};
use parking_lot::Mutex;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Fills a timer channel's element with the current time (the VM's `time.Time` words).
pub type TimeValueFn = Arc<dyn Fn(&mut [u64]) + Send + Sync>;

/// A callback run by the worker that fires a timer.
pub type TimerFn = Arc<dyn Fn(&Sched) + Send + Sync>;

/// Starts a goroutine for a `Go` timer's word (the VM's `AfterFunc`).
pub type GoFn = Arc<dyn Fn(&Sched, u64) + Send + Sync>;

/// What a timer does when it fires.
pub enum TimerAction {
    /// `time.Sleep`: make the G runnable.
    Wake(GRef),
    /// `time.After`, `NewTimer`, `NewTicker`: send `value` (filled with the current time
    /// by the VM's closure) on `chan` without blocking.
    Send { chan: Arc<Chan>, value: TimeValueFn },
    /// Callbacks: run on the worker that fires the timer; it must not block.
    Func(TimerFn),
    /// `time.AfterFunc`: `start(sched, word)` starts a goroutine running the function
    /// value `word`, which stays a GC root while the timer is armed (invariant 4).
    Go { word: u64, start: GoFn },
}

struct TimerState {
    /// Due time in ns since the scheduler's start.
    when: u64,
    /// Ticker period in ns (0: one-shot).
    period: u64,
    /// Arming generation (invariant 2).
    seq: u64,
    active: bool,
}

/// One timer (Go's `runtime.timer`).
pub struct Timer {
    id: u64,
    st: Mutex<TimerState>,
    action: TimerAction,
    /// The scheduler's pending count (invariant 1), for `cancel`.
    pending: Arc<AtomicUsize>,
}

impl Timer {
    /// The channel of a `Send` timer (`t.C`).
    pub fn chan(&self) -> Option<&Arc<Chan>> {
        match &self.action {
            TimerAction::Send { chan, .. } => Some(chan),
            _ => None,
        }
    }

    /// Whether the timer is armed.
    pub fn active(&self) -> bool {
        self.st.lock().active
    }

    /// Disarms the timer without touching its channel: the program can no longer reach
    /// it (invariant 4). Its heap entry goes stale and is dropped lazily.
    pub fn cancel(&self) {
        let mut st = self.st.lock();
        st.seq += 1;
        if st.active {
            st.active = false;
            self.pending.fetch_sub(1, SeqCst);
        }
    }
}

struct Entry {
    when: u64,
    seq: u64,
    t: Arc<Timer>,
}

impl PartialEq for Entry {
    fn eq(&self, o: &Entry) -> bool {
        self.key() == o.key()
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Entry) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    fn cmp(&self, o: &Entry) -> std::cmp::Ordering {
        self.key().cmp(&o.key())
    }
}
impl Entry {
    fn key(&self) -> (u64, u64, u64) {
        (self.when, self.t.id, self.seq)
    }
}

/// The scheduler's timer heap.
pub struct Timers {
    start: Instant,
    heap: Mutex<BinaryHeap<Reverse<Entry>>>,
    /// Earliest entry's `when` (u64::MAX: none), for the lock-free check.
    next: AtomicU64,
    /// Invariant 1 (shared with every timer, for `Timer::cancel`).
    pending: Arc<AtomicUsize>,
    next_id: AtomicU64,
}

impl Default for Timers {
    fn default() -> Self {
        Timers::new()
    }
}

impl Timers {
    pub fn new() -> Timers {
        Timers {
            start: Instant::now(),
            heap: Mutex::new(BinaryHeap::new()),
            next: AtomicU64::new(u64::MAX),
            pending: Arc::new(AtomicUsize::new(0)),
            next_id: AtomicU64::new(1),
        }
    }

    /// Nanoseconds since the scheduler started (the timers' clock).
    pub fn now(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    /// Heap entries, stale ones included (invariant 2).
    pub fn entries(&self) -> usize {
        self.heap.lock().len()
    }

    /// Active or firing timers (invariant 1).
    pub fn pending(&self) -> usize {
        self.pending.load(SeqCst)
    }

    /// Whether some armed timer could make a goroutine runnable, for deadlock detection:
    /// any but a `Send` timer whose channel no goroutine is waiting on. Go 1.23 keeps a
    /// timer channel's timer out of its heap while nobody waits on the channel, so
    /// `t := time.NewTicker(d); select {}` is a deadlock there (Go's `checkdead` sees no
    /// timer); firing such a timer would only fill the channel's buffer, never wake
    /// anyone. Called under the scheduler's idle lock, so it never blocks on a timer or
    /// channel lock (a busy one counts as able to wake), and it takes no timer lock
    /// while holding the heap's (lock order: timer, heap).
    pub fn can_wake(&self) -> bool {
        if self.pending() == 0 {
            return false;
        }
        let armed: Vec<(Arc<Timer>, u64)> = self
            .heap
            .lock()
            .iter()
            .map(|e| (e.0.t.clone(), e.0.seq))
            .collect();
        armed.iter().any(|(t, seq)| {
            let live = t.st.try_lock().is_none_or(|st| st.active && st.seq == *seq);
            live && t.chan().is_none_or(|c| c.has_receiver())
        })
    }

    /// Whether a timer is due now.
    pub fn due(&self) -> bool {
        let next = self.next.load(SeqCst);
        next != u64::MAX && next <= self.now()
    }

    /// When the earliest timer is due, if any.
    pub fn next_deadline(&self) -> Option<Instant> {
        match self.next.load(SeqCst) {
            u64::MAX => None,
            n => Some(self.start + Duration::from_nanos(n)),
        }
    }

    /// Caller must hold `heap`.
    fn update_next(&self, heap: &BinaryHeap<Reverse<Entry>>) {
        let n = heap.peek().map_or(u64::MAX, |e| e.0.when);
        self.next.store(n, SeqCst);
    }

    /// Pushes an entry for the timer's current arming. Caller holds `t.st` (passed in).
    /// Returns whether it became the earliest.
    fn push(&self, t: &Arc<Timer>, st: &TimerState) -> bool {
        let mut heap = self.heap.lock();
        if heap.len() > 2 * self.pending() + 1024 {
            // Invariant 2's sweep. Lock order is timer then heap, so a timer's state is
            // only tried here; a busy one (like `t`, whose lock the caller holds) stays.
            heap.retain(|e| {
                e.0.t
                    .st
                    .try_lock()
                    .is_none_or(|s| s.seq == e.0.seq && s.active)
            });
        }
        heap.push(Reverse(Entry {
            when: st.when,
            seq: st.seq,
            t: t.clone(),
        }));
        let earliest = heap.peek().is_some_and(|e| Arc::ptr_eq(&e.0.t, t));
        self.update_next(&heap);
        earliest
    }

    /// Runs every due timer's action (see the module doc). Returns how many fired.
    pub fn run_due(&self, sched: &Sched) -> usize {
        if !self.due() {
            return 0;
        }
        let now = self.now();
        let mut due = Vec::new();
        {
            let mut heap = self.heap.lock();
            while heap.peek().is_some_and(|e| e.0.when <= now) {
                if let Some(Reverse(e)) = heap.pop() {
                    due.push(e);
                }
            }
            self.update_next(&heap);
        }
        let mut fired = 0;
        for e in due {
            let t = &e.t;
            let mut st = t.st.lock();
            if st.seq != e.seq || !st.active {
                continue; // stale (invariant 2)
            }
            fired += 1;
            let rearm = st.period > 0;
            if rearm {
                // A ticker: next tick one period on, skipping missed ones (as Go).
                st.when += st.period;
                if st.when <= now {
                    st.when = now + st.period - (now - st.when) % st.period;
                }
                st.seq += 1;
                self.push(t, &st);
            } else {
                st.active = false;
            }
            run_action(&t.action, sched);
            if !rearm {
                self.pending.fetch_sub(1, SeqCst);
            }
        }
        fired
    }

    /// Drops every timer (the program ended).
    pub fn clear(&self) {
        let mut heap = self.heap.lock();
        heap.clear();
        self.update_next(&heap);
        self.pending.store(0, SeqCst);
    }

    /// GC roots: the word of every armed `Go` timer (invariant 4).
    pub fn for_each_root(&self, mut f: impl FnMut(u64)) {
        for e in self.heap.lock().iter() {
            if let TimerAction::Go { word, .. } = &e.0.t.action {
                // A stopped timer's stale entry is no root; a busy one (being fired or
                // re-armed: the world is stopped, so never) counts.
                let live =
                    e.0.t
                        .st
                        .try_lock()
                        .is_none_or(|s| s.active && s.seq == e.0.seq);
                if live {
                    f(*word);
                }
            }
        }
    }

    /// The channel of every armed timer.
    pub fn for_each_chan(&self, mut f: impl FnMut(&Arc<Chan>)) {
        for e in self.heap.lock().iter() {
            if let Some(c) = e.0.t.chan() {
                f(c);
            }
        }
    }
}

fn run_action(a: &TimerAction, sched: &Sched) {
    match a {
        TimerAction::Wake(g) => sched.ready(g),
        TimerAction::Send { chan, value } => {
            let mut v = vec![0u64; chan.elem_words()];
            value(&mut v);
            chan.try_send(&sched.wake(), &v);
        }
        TimerAction::Func(f) => f(sched),
        TimerAction::Go { word, start } => start(sched, *word),
    }
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX / 2)
}

impl Sched {
    /// Arms a new timer due after `delay`, repeating every `period` if given (a ticker).
    pub fn add_timer(
        &self,
        delay: Duration,
        period: Option<Duration>,
        action: TimerAction,
    ) -> Arc<Timer> {
        let ts = &self.0.timers;
        let t = Arc::new(Timer {
            id: ts.next_id.fetch_add(1, SeqCst),
            st: Mutex::new(TimerState {
                when: ts.now().saturating_add(nanos(delay)),
                period: period.map_or(0, |p| nanos(p).max(1)),
                seq: 1,
                active: true,
            }),
            action,
            pending: ts.pending.clone(),
        });
        let earliest = {
            let st = t.st.lock();
            ts.pending.fetch_add(1, SeqCst);
            ts.push(&t, &st)
        };
        if earliest {
            self.wake_idle_for_timer();
        }
        t
    }

    /// `t.Stop()`: disarms; true if the timer was armed. Drains its channel (Go 1.23).
    pub fn stop_timer(&self, t: &Arc<Timer>) -> bool {
        let mut st = t.st.lock();
        let was = st.active;
        st.seq += 1;
        if was {
            st.active = false;
            self.0.timers.pending.fetch_sub(1, SeqCst);
        }
        // Go 1.23's timer channels are synchronous: a value fired but not yet received
        // counts as pending, so stopping discards it and reports true.
        let drained = t.chan().map_or(0, |c| c.drain_buffer());
        was || drained > 0
    }

    /// `t.Reset(d)`: re-arms for `delay` (keeping a ticker's period, or setting a new one
    /// if given); true if the timer was armed. Drains its channel (Go 1.23).
    pub fn reset_timer(&self, t: &Arc<Timer>, delay: Duration, period: Option<Duration>) -> bool {
        let ts = &self.0.timers;
        let earliest = {
            let mut st = t.st.lock();
            let was = st.active;
            if !was {
                ts.pending.fetch_add(1, SeqCst);
            }
            st.active = true;
            st.seq += 1;
            st.when = ts.now().saturating_add(nanos(delay));
            if let Some(p) = period {
                st.period = nanos(p).max(1);
            }
            // As in `stop_timer`: an unreceived value made the timer still active.
            let drained = t.chan().map_or(0, |c| c.drain_buffer());
            let earliest = ts.push(t, &st);
            (earliest, was || drained > 0)
        };
        if earliest.0 {
            self.wake_idle_for_timer();
        }
        earliest.1
    }
}

/// The result of `sleep`.
pub enum SleepStep {
    Done,
    /// Return `RunResult::Park(WaitReason::Sleep)`; nothing to do on resume.
    Park(Arc<Timer>),
}

/// `time.Sleep(d)`: parks the G until `d` has passed (returns at once for d ≤ 0).
pub fn sleep(ctx: &Ctx<'_>, d: Duration) -> SleepStep {
    if d.is_zero() {
        return SleepStep::Done;
    }
    ctx.g().set_wait_reason(WaitReason::Sleep);
    let t = ctx
        .sched()
        .add_timer(d, None, TimerAction::Wake(ctx.g().clone()));
    SleepStep::Park(t)
}
