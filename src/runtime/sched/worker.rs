//! A worker: one OS thread running goroutines (Go's M with its P), looping
//! `find_runnable` → `execute` (Go's `schedule`). Part of `sched`; the protocols it
//! follows (idle/wake-up, spinning, deadlock, stop-the-world) are stated there as
//! `sched` invariants 1–4.

use super::{finish, snapshot, wakep, Ctx, Outcome, Sched, Shared};
use crate::runtime::park::{GRef, ParkAction, RunResult, Status, WaitReason};
use crate::runtime::runq::{self, FastRand, RunQ};
use crossbeam_deque::Stealer;
use crossbeam_utils::sync::Parker;
use std::any::Any;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering::SeqCst;
use std::sync::Arc;
use std::time::Duration;

/// What one round of the search found (`Worker::look`).
enum Look {
    Found(GRef),
    Done,
    Stw,
    Retire,
    Again,
    Idle,
}

/// A worker thread: Go's M with its P.
pub(super) struct Worker {
    sh: Arc<Shared>,
    id: usize,
    q: RunQ,
    parker: Parker,
    /// Scheduling rounds (Go's `schedtick`), for the every-61st global check.
    tick: u64,
    spinning: bool,
    rand: FastRand,
}

impl Worker {
    pub(super) fn new(sh: Arc<Shared>, id: usize, q: RunQ, parker: Parker) -> Worker {
        let seed = (id as u64 + 1) ^ (std::process::id() as u64) << 20;
        Worker {
            sh,
            id,
            q,
            parker,
            tick: 0,
            spinning: false,
            rand: FastRand::new(seed),
        }
    }

    pub(super) fn run(mut self) {
        while let Some(g) = self.find_runnable() {
            self.execute(g);
        }
        // Exiting: `done` is set; leave nothing runnable behind.
        self.q.drain_to(&self.sh.injector);
        self.sh.active.fetch_sub(1, SeqCst);
        self.sh.stw_cv.notify_all();
    }

    /// Runs `g` for one budget and acts on the result (Go's `execute` + the tail of
    /// `gopark`/`goexit0`/`goschedImpl`).
    fn execute(&mut self, g: GRef) {
        let sh = &self.sh;
        debug_assert_eq!(g.status(), Status::Runnable);
        g.status.set(Status::Running);
        g.set_wait_reason(WaitReason::Zero);
        g.set_waiting_on(0);
        let res = {
            let mut stack = g.stack.lock();
            let mut ctx = Ctx {
                sh,
                g: &g,
                q: Some(&self.q),
                vm: None,
            };
            // A Rust panic in the VM is a bug; it ends the program as an internal error
            // instead of killing the worker (and hanging `run`).
            match std::panic::catch_unwind(AssertUnwindSafe(|| stack.run(&mut ctx, sh.budget))) {
                Ok(r) => r,
                Err(p) => RunResult::Fatal(format!("internal error: {}", panic_text(&*p))),
            }
        };
        match res {
            RunResult::Yield => {
                debug_assert_eq!(g.status(), Status::Running, "yield after a ready");
                g.status.set(Status::Runnable);
                sh.injector.push(g);
                // Other work waits here too: let an idle worker take one of them, so
                // CPU-bound goroutines spread over the workers.
                if !self.q.is_empty() {
                    wakep(sh);
                }
            }
            RunResult::Park(reason) => {
                g.set_wait_reason(reason);
                if g.status.park() == ParkAction::Requeue {
                    g.set_wait_reason(WaitReason::Zero);
                    self.q.put(g, &sh.injector);
                }
            }
            RunResult::Exit { goexit } => {
                g.status.set(Status::Dead);
                g.stack.lock().release();
                sh.allgs.lock().remove(&g);
                sh.nlive.fetch_sub(1, SeqCst);
                if g.id == 1 {
                    if goexit {
                        sh.main_goexit.store(true, SeqCst);
                    } else {
                        finish(sh, Outcome::Exit);
                    }
                }
            }
            RunResult::Panic(payload) => finish(
                sh,
                Outcome::Panic {
                    goid: g.id,
                    payload,
                },
            ),
            RunResult::Fatal(msg) => finish(sh, Outcome::Fatal { goid: g.id, msg }),
        }
    }

    /// Go's `findRunnable`: `None` when the program is over.
    fn find_runnable(&mut self) -> Option<GRef> {
        loop {
            match self.look() {
                Look::Found(g) => return Some(self.found(g)),
                Look::Done => return None,
                Look::Stw => self.stw_wait(),
                Look::Retire => self.retire(),
                Look::Again => {}
                Look::Idle => self.idle(),
            }
        }
    }

    /// One round of `find_runnable`'s search, in Go's order; borrows the shared state
    /// instead of cloning its `Arc` (this runs once per G switch).
    fn look(&mut self) -> Look {
        let sh = &self.sh;
        if sh.done.load(SeqCst) {
            return Look::Done;
        }
        if sh.stw_flag.load(SeqCst) {
            return Look::Stw;
        }
        if self.id >= sh.nprocs.load(SeqCst) {
            return Look::Retire;
        }
        if sh.timers.due() && sh.timers.run_due(&Sched(sh.clone())) > 0 {
            return Look::Again;
        }
        self.tick += 1;
        if self.tick.is_multiple_of(61) {
            if let Some(g) = runq::global_get_one(&sh.injector) {
                return Look::Found(g);
            }
        }
        if let Some(g) = self.q.get() {
            return Look::Found(g);
        }
        if let Some(g) = runq::global_get_batch(&sh.injector, &self.q) {
            return Look::Found(g);
        }
        if let Some(g) = self.steal() {
            return Look::Found(g);
        }
        Look::Idle
    }

    fn steal(&self) -> Option<GRef> {
        let procs = self.sh.procs.read();
        let n = self.sh.nprocs.load(SeqCst).min(procs.len());
        if n <= 1 {
            return None;
        }
        let stealers: Vec<Stealer<GRef>> =
            procs.iter().take(n).map(|p| p.stealer.clone()).collect();
        drop(procs);
        runq::steal(&stealers, self.id, self.rand.below(n), &self.q)
    }

    /// Found work: stop spinning, and if we were the last spinner wake another
    /// (Go's `resetspinning`; invariant 2).
    fn found(&mut self, g: GRef) -> GRef {
        if self.spinning {
            self.spinning = false;
            if self.sh.nspinning.fetch_sub(1, SeqCst) == 1 {
                wakep(&self.sh);
            }
        }
        g
    }

    /// Whether any queue holds a G (the re-check of invariant 1).
    fn any_work(&self) -> bool {
        if !self.sh.injector.is_empty() || !self.q.is_empty() {
            return true;
        }
        let procs = self.sh.procs.read();
        procs.iter().any(|p| !p.stealer.is_empty())
    }

    /// No work found: park the thread until woken (Go's `stopm`), declaring a deadlock
    /// if nothing could ever wake anyone (invariant 3).
    fn idle(&mut self) {
        let sh = self.sh.clone();
        if self.spinning {
            self.spinning = false;
            sh.nspinning.fetch_sub(1, SeqCst);
        }
        {
            let mut idle = sh.idle.lock();
            idle.push(self.id);
            if self.any_work() || sh.timers.due() {
                idle.retain(|&i| i != self.id);
                return;
            }
            let nprocs = sh.nprocs.load(SeqCst);
            let nidle = idle.iter().filter(|&&i| i < nprocs).count();
            if nidle >= nprocs
                && !sh.timers.can_wake()
                && sh.external.load(SeqCst) == 0
                && !sh.stw_flag.load(SeqCst)
                && all_parked(&sh)
            {
                let gs = snapshot(&sh);
                let main_goexit = sh.main_goexit.load(SeqCst);
                drop(idle);
                finish(&sh, Outcome::Deadlock { gs, main_goexit });
                return;
            }
        }
        sh.active.fetch_sub(1, SeqCst);
        if sh.stw_flag.load(SeqCst) {
            let _st = sh.stw.lock();
            sh.stw_cv.notify_all();
        }
        match sh.timers.next_deadline() {
            Some(d) => self.parker.park_deadline(d),
            None => self.parker.park(),
        }
        sh.active.fetch_add(1, SeqCst);
        sh.idle.lock().retain(|&i| i != self.id);
        let handoff = sh
            .procs
            .read()
            .get(self.id)
            .is_some_and(|p| p.spin_handoff.swap(false, SeqCst));
        if handoff {
            self.spinning = true;
        }
    }

    /// GOMAXPROCS shrank below our id: hand our Gs to the global queue and sleep until it
    /// grows again or the program ends.
    fn retire(&mut self) {
        let sh = self.sh.clone();
        self.q.drain_to(&sh.injector);
        if self.spinning {
            self.spinning = false;
            sh.nspinning.fetch_sub(1, SeqCst);
        }
        wakep(&sh);
        sh.active.fetch_sub(1, SeqCst);
        {
            let _st = sh.stw.lock();
            sh.stw_cv.notify_all();
        }
        while self.id >= sh.nprocs.load(SeqCst) && !sh.done.load(SeqCst) {
            self.parker.park_timeout(Duration::from_millis(100));
        }
        sh.active.fetch_add(1, SeqCst);
    }

    /// The world is being stopped: wait at this safepoint until it restarts.
    fn stw_wait(&mut self) {
        let sh = self.sh.clone();
        let mut st = sh.stw.lock();
        sh.active.fetch_sub(1, SeqCst);
        sh.stw_cv.notify_all();
        while st.requested && !sh.done.load(SeqCst) {
            sh.stw_cv.wait(&mut st);
        }
        sh.active.fetch_add(1, SeqCst);
    }
}

/// Whether every live G is Waiting (`sched` invariant 3): none is running on a worker
/// that GOMAXPROCS left out of the idle count, or queued.
fn all_parked(sh: &Shared) -> bool {
    sh.allgs
        .lock()
        .iter()
        .all(|g| matches!(g.status(), Status::Waiting | Status::Dead))
}

fn panic_text(p: &(dyn Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic in the runtime".to_string()
    }
}
