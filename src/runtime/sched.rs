//! The scheduler: runs goroutines (`G`s) on GOMAXPROCS worker threads with work stealing,
//! as Go's `runtime/proc.go`.
//!
//! # Glossary (Go's names)
//! - **G**: a goroutine (`park::G`): an id, a status, a wait reason, its creation site and
//!   an opaque VM stack that the scheduler runs but never looks into.
//! - **M**: an OS worker thread. **P**: the right to run Gs plus a local run queue. We
//!   merged M and P: a *worker* is one thread owning one `RunQ` (there is no system-call
//!   hand-off of a P, because blocking calls park the G instead of the thread). Worker `i`
//!   is Go's `allp[i]` with its M.
//! - **sched**: the global state (`Shared`): the global queue, idle workers, all Gs.
//! - **spinning**: a worker looking for work without having found any; at most one at a
//!   time is woken to spin (`wakep`).
//!
//! # Design
//! A worker loops `find_runnable` → `execute`. `find_runnable` looks, in Go's order, at:
//! the global queue every 61st tick (fairness), run-next and the local queue, a batch
//! from the global queue, due timers, other workers' queues (stealing half), and then
//! parks the thread (crossbeam-utils `Parker`), with a timeout when a timer is pending.
//! `execute` calls `Goroutine::run` with an instruction budget, so a G in an endless loop
//! returns `Yield` regularly and never starves the others (preemption by budget). Go
//! preempts by time (10 ms) with signals; an interpreter can count instructions instead.
//!
//! Rejected: one OS thread per goroutine (blocked goroutines would cost a thread each;
//! 100k blocked goroutines must fit in 100 MB); Rust async tasks (a goroutine's stack is
//! the VM's own data, so a plain "run until you must stop" call is all we need).
//!
//! # Invariants
//! 1. No lost wake-up of workers: a producer pushes work and then calls `wakep`; a worker
//!    going idle registers in `idle` and then re-checks every queue while holding the
//!    `idle` lock, which `wakep` also takes. So either the re-check sees the work or
//!    `wakep` sees the idle worker.
//! 2. At most one worker is woken to spin at a time (`nspinning` ≤ 1 when woken by
//!    `wakep`); a spinner that finds work wakes the next one (`reset_spinning`), so work
//!    fans out one worker at a time, as Go's.
//! 3. Deadlock is declared only under the `idle` lock when every worker is idle, no queue
//!    holds a G, no timer is pending, no external waker (`netpoll_add`) is registered and
//!    every live G is Waiting: then nothing can ever ready a G again. (After GOMAXPROCS
//!    shrank, a worker whose id is now ≥ GOMAXPROCS, not counted among the idle, may
//!    still be running a G; it wakes an idle worker when it retires, which re-checks.)
//! 4. Stop-the-world: while `stw` is set, no worker runs a G or touches a queue; a worker
//!    is stopped when it waits in `stw_wait`, is parked idle, or has retired (its id is
//!    ≥ GOMAXPROCS). `active` counts the others.

use super::park::{GRef, Goroutine, ReadyAction, Status, Traceback, WaitReason, G};
use super::runq::{self, RunQ};
use super::sema::SemaTable;
use super::timer::Timers;

mod worker;
use crossbeam_deque::{Injector, Stealer};
use crossbeam_utils::sync::{Parker, Unparker};
use parking_lot::{Condvar, Mutex, RwLock};
use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed, Ordering::SeqCst};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Default instruction budget per run of a G (Go's 10 ms time slice).
pub const DEFAULT_BUDGET: u32 = 10_000;

/// How the scheduler is set up.
#[derive(Clone, Debug)]
pub struct Config {
    /// GOMAXPROCS: the number of workers running Gs at once.
    pub procs: usize,
    /// Instructions per run of a G before it must yield.
    pub budget: u32,
}

impl Config {
    /// GOMAXPROCS from the environment, else the number of CPUs (as Go).
    pub fn from_env() -> Config {
        let procs = std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(num_cpu);
        Config {
            procs,
            budget: DEFAULT_BUDGET,
        }
    }
}

/// The number of CPUs (`runtime.NumCPU`).
pub fn num_cpu() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// How the program ended.
pub enum Outcome {
    /// The main goroutine returned.
    Exit,
    /// A goroutine panicked without recovering (payload from `RunResult::Panic`).
    Panic {
        goid: u64,
        payload: Box<dyn Any + Send>,
    },
    /// A fatal error (`RunResult::Fatal`).
    Fatal { goid: u64, msg: String },
    /// Every goroutine is asleep. `main_goexit`: main called `runtime.Goexit` (Go says
    /// `no goroutines (main called runtime.Goexit) - deadlock!`).
    Deadlock { gs: Vec<GInfo>, main_goexit: bool },
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Exit => write!(f, "Exit"),
            Outcome::Panic { goid, .. } => write!(f, "Panic(goroutine {goid})"),
            Outcome::Fatal { goid, msg } => write!(f, "Fatal(goroutine {goid}: {msg})"),
            Outcome::Deadlock { gs, main_goexit } => {
                write!(f, "Deadlock(main_goexit={main_goexit}, {gs:?})")
            }
        }
    }
}

/// One goroutine in a deadlock report or dump.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GInfo {
    pub id: u64,
    pub parent: u64,
    pub site: u64,
    pub status: Status,
    pub reason: WaitReason,
    /// The channel's or lock word's address it waits on (0 if none).
    pub waiting_on: usize,
    /// Its stack as the VM describes it (empty when the stack was not available).
    pub trace: Traceback,
}

/// Per-worker state visible to others: Go's `allp[i]` as others see it.
struct PSlot {
    stealer: Stealer<GRef>,
    unparker: Unparker,
    /// Set by `wakep` when it hands the spinning role to this worker.
    spin_handoff: AtomicBool,
}

/// Stop-the-world bookkeeping (invariant 4).
struct Stw {
    /// A stop is in effect or being established.
    requested: bool,
}

/// The global scheduler state: Go's `sched` plus `allp` and `allgs`.
pub(crate) struct Shared {
    /// The global run queue.
    pub(crate) injector: Injector<GRef>,
    /// Every worker ever started, indexed by id (never shrinks; see `nprocs`).
    procs: RwLock<Vec<PSlot>>,
    /// GOMAXPROCS: workers with id ≥ this retire.
    nprocs: AtomicUsize,
    /// Ids of parked idle workers (Go's `pidle`). Its lock orders idling against `wakep`.
    idle: Mutex<Vec<usize>>,
    /// Workers looking for work (Go's `nmspinning`).
    nspinning: AtomicUsize,
    /// Every live G, in no order (Go's `allgs`); `G::allg_index` is each one's index.
    allgs: Mutex<AllGs>,
    next_goid: AtomicU64,
    /// Live Gs (`runtime.NumGoroutine`).
    nlive: AtomicUsize,
    /// External wakers (netpoll registrations, blocking-pool calls): deadlock is not
    /// declared while this is non-zero.
    external: AtomicUsize,
    pub(crate) timers: Timers,
    /// Wait queues keyed by address, for `sync` (Go's `semtable`).
    pub(crate) sema: SemaTable,
    budget: u32,
    /// The program is over; workers exit.
    done: AtomicBool,
    outcome: Mutex<Option<Outcome>>,
    outcome_cv: Condvar,
    /// The main goroutine called Goexit.
    main_goexit: AtomicBool,
    /// Fast check of `stw.requested` for workers.
    stw_flag: AtomicBool,
    stw: Mutex<Stw>,
    stw_cv: Condvar,
    /// Workers not stopped (invariant 4).
    active: AtomicUsize,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

/// A handle on a scheduler. Cheap to clone.
#[derive(Clone)]
pub struct Sched(pub(crate) Arc<Shared>);

/// What a running G sees of its worker: passed to `Goroutine::run` and to every runtime
/// primitive, so a wake-up can use the worker's run-next slot (Go's `getg().m.p`).
pub struct Ctx<'a> {
    pub(crate) sh: &'a Arc<Shared>,
    pub(crate) g: &'a GRef,
    pub(crate) q: Option<&'a RunQ>,
    /// What the running stack shares with every other (the VM's `Arc<Vm>`), opaque to
    /// the scheduler: set by the stack for the length of its run (`with_vm`), so that a
    /// `go` statement hands the new goroutine the same one instead of making its own.
    pub(crate) vm: Option<&'a (dyn Any + Send + Sync)>,
}

impl<'a> Ctx<'a> {
    /// The running goroutine.
    pub fn g(&self) -> &GRef {
        self.g
    }

    /// The scheduler.
    pub fn sched(&self) -> Sched {
        Sched(self.sh.clone())
    }

    /// The same context with the running stack's shared state attached (see `vm`).
    pub fn with_vm<'b>(&'b self, vm: &'b (dyn Any + Send + Sync)) -> Ctx<'b> {
        Ctx {
            sh: self.sh,
            g: self.g,
            q: self.q,
            vm: Some(vm),
        }
    }

    /// The running stack's shared state, if it attached one (`with_vm`).
    pub fn vm(&self) -> Option<&(dyn Any + Send + Sync)> {
        self.vm
    }

    /// `go f()`: a new G, run next on this worker (Go's `newproc`).
    pub fn go<S: Goroutine>(&self, stack: S, site: u64) -> GRef {
        let g = new_g(self.sh, self.g.id, site, stack);
        put_runnable(self.sh, g.clone(), self.q);
        g
    }

    /// Makes `g` runnable; the caller dequeued its waiter (park's "who may call ready").
    pub fn ready(&self, g: &GRef) {
        ready(self.sh, g, self.q);
    }

    /// The waker for this worker (run-next slot included).
    pub fn wake(&self) -> Wake<'a> {
        Wake {
            sh: self.sh,
            q: self.q,
        }
    }

    /// A context for tests and natives outside a worker (no run-next slot).
    pub fn detached(sched: &'a Sched, g: &'a GRef) -> Ctx<'a> {
        Ctx {
            sh: &sched.0,
            g,
            q: None,
            vm: None,
        }
    }
}

/// The right to make Gs runnable: a worker's (with its run-next slot) or the scheduler's
/// (global queue). Primitives that wake goroutines take one.
pub struct Wake<'a> {
    sh: &'a Arc<Shared>,
    q: Option<&'a RunQ>,
}

impl Wake<'_> {
    pub(crate) fn shared(&self) -> &Shared {
        self.sh
    }

    /// Go's `goready`; see park's "who may call ready".
    pub fn ready(&self, g: &GRef) {
        ready(self.sh, g, self.q);
    }
}

fn new_g<S: Goroutine>(sh: &Arc<Shared>, parent: u64, site: u64, stack: S) -> GRef {
    let id = sh.next_goid.fetch_add(1, SeqCst);
    let g: GRef = Arc::new(G::new(id, parent, site, stack));
    sh.nlive.fetch_add(1, SeqCst);
    sh.allgs.lock().add(&g);
    g
}

/// The live Gs: a list with swap-removal by the index each G keeps, so adding and
/// removing a G is O(1) without hashing, and 100k Gs cost a word each.
#[derive(Default)]
pub(crate) struct AllGs(Vec<GRef>);

impl AllGs {
    fn add(&mut self, g: &GRef) {
        g.allg_index.store(self.0.len(), Relaxed);
        self.0.push(g.clone());
    }

    /// Removes `g` (a no-op if it is not listed).
    pub(crate) fn remove(&mut self, g: &GRef) {
        let i = g.allg_index.load(Relaxed);
        if self.0.get(i).is_none_or(|x| !Arc::ptr_eq(x, g)) {
            return;
        }
        self.0.swap_remove(i);
        if let Some(moved) = self.0.get(i) {
            moved.allg_index.store(i, Relaxed);
        }
        g.allg_index.store(usize::MAX, Relaxed);
        if self.0.capacity() > 4 * self.0.len() + 64 {
            self.0.shrink_to(2 * self.0.len());
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &GRef> {
        self.0.iter()
    }
}

/// Puts a Runnable G on a queue and wakes a worker if useful.
fn put_runnable(sh: &Arc<Shared>, g: GRef, q: Option<&RunQ>) {
    match q {
        Some(q) => {
            // A G in run-next is not stealable: wake a helper only if the old run-next
            // went to the stealable local queue.
            if q.put_next(g, &sh.injector) {
                wakep(sh);
            }
        }
        None => {
            sh.injector.push(g);
            wakep(sh);
        }
    }
}

/// Go's `goready`: see park's "who may call ready".
pub(crate) fn ready(sh: &Arc<Shared>, g: &GRef, q: Option<&RunQ>) {
    match g.status.ready() {
        Ok(ReadyAction::Enqueue) => put_runnable(sh, g.clone(), q),
        Ok(ReadyAction::Deferred) => {}
        Err(s) => debug_assert!(false, "ready of goroutine {} in status {s:?}", g.id),
    }
}

/// Wakes an idle worker to spin if none is spinning (Go's `wakep`; invariant 2).
fn wakep(sh: &Shared) {
    if sh.nspinning.load(SeqCst) != 0 {
        return;
    }
    if sh.nspinning.compare_exchange(0, 1, SeqCst, SeqCst).is_err() {
        return;
    }
    let id = sh.idle.lock().pop();
    match id {
        Some(id) => {
            let procs = sh.procs.read();
            if let Some(p) = procs.get(id) {
                p.spin_handoff.store(true, SeqCst);
                p.unparker.unpark();
            }
        }
        None => {
            sh.nspinning.fetch_sub(1, SeqCst);
        }
    }
}

impl Sched {
    pub fn new(cfg: Config) -> Sched {
        Sched(Arc::new(Shared {
            injector: Injector::new(),
            procs: RwLock::new(Vec::new()),
            nprocs: AtomicUsize::new(cfg.procs.max(1)),
            idle: Mutex::new(Vec::new()),
            nspinning: AtomicUsize::new(0),
            allgs: Mutex::new(AllGs::default()),
            next_goid: AtomicU64::new(1),
            nlive: AtomicUsize::new(0),
            external: AtomicUsize::new(0),
            timers: Timers::new(),
            sema: SemaTable::new(),
            budget: cfg.budget.max(1),
            done: AtomicBool::new(false),
            outcome: Mutex::new(None),
            outcome_cv: Condvar::new(),
            main_goexit: AtomicBool::new(false),
            stw_flag: AtomicBool::new(false),
            stw: Mutex::new(Stw { requested: false }),
            stw_cv: Condvar::new(),
            active: AtomicUsize::new(0),
            threads: Mutex::new(Vec::new()),
        }))
    }

    /// Runs the program whose main goroutine is `main` (goid 1) until it ends, and
    /// returns how. Blocks the calling thread; the workers are joined before returning.
    pub fn run<S: Goroutine>(&self, main: S) -> Outcome {
        let sh = &self.0;
        let g = new_g(sh, 0, 0, main);
        sh.injector.push(g);
        spawn_workers(sh, sh.nprocs.load(SeqCst));
        let outcome = {
            let mut o = sh.outcome.lock();
            while o.is_none() {
                sh.outcome_cv.wait(&mut o);
            }
            o.take()
        };
        // Step 1: every worker sees `done` (set by `finish`) and exits; wake them all.
        self.unpark_all();
        // Step 2: join the threads (a worker finishing a run of a G exits right after).
        loop {
            let hs: Vec<JoinHandle<()>> = std::mem::take(&mut *sh.threads.lock());
            if hs.is_empty() {
                break;
            }
            for h in hs {
                let _ = h.join();
            }
        }
        // Step 3: release every stack, breaking G → stack → Waiter → G cycles.
        let gs: Vec<GRef> = std::mem::take(&mut sh.allgs.lock().0);
        for g in gs {
            g.stack.lock().release();
        }
        while runq::global_get_one(&sh.injector).is_some() {}
        sh.timers.clear();
        outcome.unwrap_or(Outcome::Exit)
    }

    fn unpark_all(&self) {
        for p in self.0.procs.read().iter() {
            p.unparker.unpark();
        }
    }

    /// A waker from outside a worker (timers, netpoll): wakes through the global queue.
    pub fn wake(&self) -> Wake<'_> {
        Wake {
            sh: &self.0,
            q: None,
        }
    }

    /// Makes `g` runnable from outside a worker (timers, netpoll).
    pub fn ready(&self, g: &GRef) {
        ready(&self.0, g, None);
    }

    /// `go f()` from outside a G (e.g. `time.AfterFunc`): a new G on the global queue.
    pub fn go<S: Goroutine>(&self, stack: S, parent: u64, site: u64) -> GRef {
        let g = new_g(&self.0, parent, site, stack);
        put_runnable(&self.0, g.clone(), None);
        g
    }

    /// `runtime.NumGoroutine`.
    pub fn num_goroutine(&self) -> usize {
        self.0.nlive.load(SeqCst)
    }

    /// `runtime.GOMAXPROCS(0)`.
    pub fn gomaxprocs(&self) -> usize {
        self.0.nprocs.load(SeqCst)
    }

    /// `runtime.GOMAXPROCS(n)`: sets the number of workers (n ≥ 1) and returns the old
    /// value. Stops the world like Go's `procresize`. `ctx` is the caller's, if a G.
    pub fn set_gomaxprocs(&self, n: usize, ctx: Option<&Ctx<'_>>) -> usize {
        let n = n.max(1);
        let stw = self.stop_the_world(ctx);
        let old = self.0.nprocs.swap(n, SeqCst);
        let started = self.0.procs.read().len();
        if n > started {
            spawn_workers(&self.0, n);
        }
        drop(stw);
        self.unpark_all();
        old
    }

    /// A timer became the earliest: wake an idle worker so it parks again with the new
    /// deadline (busy workers check timers every scheduling round).
    pub(crate) fn wake_idle_for_timer(&self) {
        let id = self.0.idle.lock().pop();
        if let Some(id) = id {
            if let Some(p) = self.0.procs.read().get(id) {
                p.unparker.unpark();
            }
        }
    }

    /// Entries in the timer heap, stale ones included (for tests of its sweep).
    pub fn timer_entries(&self) -> usize {
        self.0.timers.entries()
    }

    /// GC roots held by the scheduler: the channel of every armed timer (call with the
    /// world stopped). Goroutine stacks are enumerated by `StopTheWorld::for_each_g`.
    pub fn for_each_timer_chan(&self, f: impl FnMut(&Arc<super::chan::Chan>)) {
        self.0.timers.for_each_chan(f);
    }

    /// Registers an external waker (a netpoll registration or a blocking call in
    /// flight): no deadlock is declared until `netpoll_done`.
    pub fn netpoll_add(&self) {
        self.0.external.fetch_add(1, SeqCst);
    }

    pub fn netpoll_done(&self) {
        self.0.external.fetch_sub(1, SeqCst);
        wakep(&self.0);
    }

    /// A snapshot of every live goroutine, by id (for `runtime.Stack`-like dumps).
    pub fn goroutines(&self) -> Vec<GInfo> {
        snapshot(&self.0)
    }

    /// Stops the world: returns once every other worker is stopped (invariant 4). Called
    /// from a G (`ctx` given, e.g. the GC at a budget safepoint) or from outside. The
    /// world restarts when the guard drops.
    pub fn stop_the_world(&self, ctx: Option<&Ctx<'_>>) -> StopTheWorld<'_> {
        let sh = &self.0;
        let me_active = usize::from(ctx.is_some_and(|c| c.q.is_some()));
        let mut st = sh.stw.lock();
        while st.requested {
            // Another stop is in effect: count as stopped meanwhile.
            if me_active == 1 {
                sh.active.fetch_sub(1, SeqCst);
                sh.stw_cv.notify_all();
                while st.requested {
                    sh.stw_cv.wait(&mut st);
                }
                sh.active.fetch_add(1, SeqCst);
            } else {
                sh.stw_cv.wait(&mut st);
            }
        }
        st.requested = true;
        sh.stw_flag.store(true, SeqCst);
        while sh.active.load(SeqCst) > me_active && !sh.done.load(SeqCst) {
            sh.stw_cv.wait_for(&mut st, Duration::from_millis(1));
        }
        StopTheWorld {
            sched: self,
            current: ctx.map(|c| c.g.id),
        }
    }
}

/// The world is stopped while this lives. Go's `stopTheWorld`/`startTheWorld`.
pub struct StopTheWorld<'s> {
    sched: &'s Sched,
    current: Option<u64>,
}

impl StopTheWorld<'_> {
    /// Calls `f` on every live G with its VM stack; the stack is `None` for the G that
    /// stopped the world (its `run` holds it: the VM scans that one itself). Order: by id.
    pub fn for_each_g(&self, mut f: impl FnMut(&G, Option<&mut dyn Goroutine>)) {
        let mut gs: Vec<GRef> = self.sched.0.allgs.lock().iter().cloned().collect();
        gs.sort_by_key(|g| g.id);
        for g in gs {
            if Some(g.id) == self.current {
                f(&g, None);
                continue;
            }
            match g.stack.try_lock() {
                Some(mut s) => f(&g, Some(&mut *s)),
                None => f(&g, None),
            }
        }
    }

    /// The scheduler-side roots: every timer's channel is reached through the timers.
    pub fn sched(&self) -> &Sched {
        self.sched
    }
}

impl Drop for StopTheWorld<'_> {
    fn drop(&mut self) {
        let sh = &self.sched.0;
        let mut st = sh.stw.lock();
        st.requested = false;
        sh.stw_flag.store(false, SeqCst);
        sh.stw_cv.notify_all();
    }
}

fn snapshot(sh: &Shared) -> Vec<GInfo> {
    let gs: Vec<GRef> = sh.allgs.lock().iter().cloned().collect();
    let mut v: Vec<GInfo> = gs
        .iter()
        .map(|g| GInfo {
            id: g.id,
            parent: g.parent,
            site: g.site,
            status: g.status(),
            reason: g.wait_reason(),
            waiting_on: g.waiting_on(),
            // Every G is parked when this runs (a deadlock), so no worker holds a stack;
            // `try_lock` keeps a dump from ever waiting on one that does.
            trace: g
                .stack
                .try_lock()
                .map(|mut s| s.traceback(g.site, g.wait_reason()))
                .unwrap_or_default(),
        })
        .collect();
    v.sort_by_key(|i| i.id);
    v
}

/// Ends the program with `o` (the first outcome wins).
fn finish(sh: &Shared, o: Outcome) {
    let mut cur = sh.outcome.lock();
    if cur.is_none() && !sh.done.load(SeqCst) {
        *cur = Some(o);
    }
    sh.done.store(true, SeqCst);
    sh.outcome_cv.notify_all();
    drop(cur);
    sh.stw_cv.notify_all();
    for p in sh.procs.read().iter() {
        p.unparker.unpark();
    }
}

fn spawn_workers(sh: &Arc<Shared>, upto: usize) {
    let mut procs = sh.procs.write();
    let mut threads = sh.threads.lock();
    while procs.len() < upto {
        let id = procs.len();
        let q = RunQ::new();
        let parker = Parker::new();
        procs.push(PSlot {
            stealer: q.stealer(),
            unparker: parker.unparker().clone(),
            spin_handoff: AtomicBool::new(false),
        });
        sh.active.fetch_add(1, SeqCst);
        let sh2 = sh.clone();
        let h = std::thread::Builder::new()
            .name(format!("minigo-worker-{id}"))
            .spawn(move || worker::Worker::new(sh2, id, q, parker).run());
        match h {
            Ok(h) => threads.push(h),
            Err(_) => {
                // Could not start a thread: run with fewer workers.
                sh.active.fetch_sub(1, SeqCst);
                procs.pop();
                break;
            }
        }
    }
}
