//! Goroutines as the scheduler sees them (`G`), the contract the VM implements to run one
//! (`Goroutine`), and the park/ready protocol every blocking primitive is built on,
//! with its waiter record (`Waiter`, Go's sudog).
//!
//! A goroutine is not an OS thread or a Rust coroutine: it is an opaque VM stack that a
//! worker runs for a bounded instruction budget by calling `Goroutine::run`. Blocking is a
//! return value: the VM asks a runtime primitive (channel, select, semaphore, timer) to
//! register the goroutine as a waiter, then returns `RunResult::Park(reason)`. Whoever
//! later dequeues that waiter calls `ready`, and the goroutine runs again.
//!
//! # The run contract (what the VM must do)
//! 1. `run(ctx, budget)` executes at most about `budget` instructions, then returns. Every
//!    return is at a safepoint: all live values are in the stack the VM owns.
//! 2. `Yield`: the budget is spent (or `runtime.Gosched`); the G goes to the global queue.
//! 3. `Park(reason)`: only right after a primitive answered `Step::Park` (it has already
//!    registered a `Waiter` for `ctx.g()` under the primitive's lock). The VM keeps the
//!    primitive's pending record (`Arc<Waiter>`, `SelectWait`, …) in its stack and, when
//!    `run` is called again, first completes the operation with the primitive's
//!    `*_resume` function. The VM must not touch the waiter's channel between the
//!    primitive's return and its own return, and must return `Park` for every `Step::Park`.
//! 4. `Exit`: the goroutine's function returned (or `Goexit` finished its defers). For the
//!    main goroutine a return ends the program (as in Go); `Goexit` of main does not.
//! 5. `Panic`/`Fatal`: an unrecovered panic or a fatal error; the program ends and
//!    `Sched::run` hands the payload back to the caller, which prints it.
//!
//! # The blocking primitives and how to resume them
//! | Go operation | call | parks with | on the next `run` |
//! |---|---|---|---|
//! | `c <- v` | `Chan::send` | `ChanSend` | `Chan::send_resume(&w)` (`Err`: panic) |
//! | `v, ok := <-c` | `Chan::recv` | `ChanReceive` | `Chan::recv_resume(&w, out)` |
//! | nil channel | `chan::nil_chan_block` | `Chan*NilChan` | never resumed |
//! | `select` | `select::select` | `Select` | `select::select_resume(sw, out)` |
//! | `select {}` | `select::select` → `Forever` | `SelectNoCases` | never resumed |
//! | `m.Lock()` | `sync::mutex_lock` | `SyncMutexLock` | `sync::mutex_lock_resume` (may park again) |
//! | `rw.RLock()` | `sync::rw_rlock` | `SyncRWMutexRLock` | nothing: done |
//! | `rw.Lock()` | `sync::rw_lock` | `SyncRWMutexLock` | `sync::rw_lock_resume` (may park again) |
//! | `wg.Wait()` | `sync::waitgroup_wait` | `SyncWaitGroupWait` | nothing: done |
//! | `notifyListWait` | `sync::notify_list_wait` | `SyncCondWait` | nothing: done |
//! | `time.Sleep` | `timer::sleep` | `Sleep` | nothing: done |
//!
//! Non-parking calls that wake others take a `Wake` (`ctx.wake()`): `Chan::close`,
//! `mutex_unlock`, `rw_runlock`, `rw_unlock`, `waitgroup_add`, `notify_list_notify_*`.
//!
//! # Who may call `ready`
//! Only the party that removed the goroutine's `Waiter` from a wait queue (a channel's
//! sendq/recvq, a semaphore queue, a timer), and for a select only the one whose
//! `SelectGroup::claim` succeeded. So every park is matched by exactly one ready.
//!
//! # Invariants
//! 1. A G's status moves Runnable → Running → {Runnable (yield), Waiting (park), Dead}
//!    and Waiting → Runnable (ready). A `ready` that arrives while the G is still Running
//!    (the waker dequeued the waiter before the worker saw `Park`) turns Running into
//!    RunningReady, and the worker's park then re-queues the G instead of parking it: no
//!    wake-up is lost (`GStatus::park`, model-checked in `tests/sched_loom.rs`).
//! 2. At most one worker runs a G at a time: only the worker that moved it to Running
//!    calls `run`, and a G is in at most one run queue (it is enqueued only on the
//!    transitions into Runnable).
//! 3. A `Waiter`'s element words are written by the waker under the primitive's lock
//!    before `ready`, and read by the G after it resumes; `ready`'s release/acquire (the
//!    status CAS and the run queue) orders the two.

use super::loom::{AtomicU8, AtomicUsize, Ordering};
use super::sched::Ctx;
use parking_lot::Mutex;
use std::any::Any;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::Arc;

/// Why a goroutine is parked; the text is Go's (`runtime2.go` waitReasonStrings) and is
/// shown in goroutine dumps (`goroutine 5 [chan receive]:`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    Zero = 0,
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncWaitGroupWait,
    SyncCondWait,
    Semacquire,
    IoWait,
    /// The main goroutine called `runtime.Goexit`; never readied.
    Goexit,
}

impl WaitReason {
    const ALL: [WaitReason; 16] = [
        WaitReason::Zero,
        WaitReason::ChanReceive,
        WaitReason::ChanSend,
        WaitReason::ChanReceiveNilChan,
        WaitReason::ChanSendNilChan,
        WaitReason::Select,
        WaitReason::SelectNoCases,
        WaitReason::Sleep,
        WaitReason::SyncMutexLock,
        WaitReason::SyncRWMutexRLock,
        WaitReason::SyncRWMutexLock,
        WaitReason::SyncWaitGroupWait,
        WaitReason::SyncCondWait,
        WaitReason::Semacquire,
        WaitReason::IoWait,
        WaitReason::Goexit,
    ];

    /// Go's text for the reason.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::Zero => "",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::Semacquire => "semacquire",
            WaitReason::IoWait => "IO wait",
            WaitReason::Goexit => "Goexit",
        }
    }

    fn from_u8(v: u8) -> WaitReason {
        WaitReason::ALL
            .get(v as usize)
            .copied()
            .unwrap_or(WaitReason::Zero)
    }
}

impl std::fmt::Display for WaitReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What `Goroutine::run` returns to the worker (see the run contract above).
pub enum RunResult {
    /// Budget exhausted or `runtime.Gosched`: run me again later.
    Yield,
    /// A primitive registered me as a waiter; park until someone calls `ready`.
    Park(WaitReason),
    /// The goroutine finished. `goexit` is true for `runtime.Goexit`.
    Exit { goexit: bool },
    /// An unrecovered panic: the program ends with this payload (the VM renders it).
    Panic(Box<dyn Any + Send>),
    /// A fatal error (`fatal error: sync: unlock of unlocked mutex`): the program ends.
    Fatal(String),
}

/// The VM's side of a goroutine: its frame stack and registers, opaque to the scheduler.
pub trait Goroutine: Send + 'static {
    /// Runs for at most about `budget` instructions; see the run contract.
    fn run(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult;
    /// For the VM to downcast its own stacks (GC roots, goroutine dumps).
    fn as_any(&mut self) -> &mut dyn Any;
    /// The goroutine's stack for a dump (Go's `traceback`), between runs only; `site` is
    /// the G's creation site (`G::site`), `reason` why it is parked. Stacks that cannot
    /// describe themselves give an empty one.
    fn traceback(&mut self, site: u64, reason: WaitReason) -> Traceback {
        let _ = (site, reason);
        Traceback::default()
    }
    /// Drops what the stack holds (its frames, registers, pending waiter): called once the
    /// G is dead (its `Exit`) or the program ended, so that a dead G that is still
    /// referenced (by a stale waiter, say) costs only its record, and so that
    /// G → stack → `Waiter` → G cycles break. `run` is never called again afterwards.
    fn release(&mut self) {}
}

/// A boxed stack is a stack (tests and embedders that build `Box<dyn Goroutine>`).
impl<T: Goroutine + ?Sized> Goroutine for Box<T> {
    fn run(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult {
        (**self).run(ctx, budget)
    }
    fn as_any(&mut self) -> &mut dyn Any {
        (**self).as_any()
    }
    fn traceback(&mut self, site: u64, reason: WaitReason) -> Traceback {
        (**self).traceback(site, reason)
    }
    fn release(&mut self) {
        (**self).release()
    }
}

/// A goroutine's stack as a dump shows it, made by the VM (`Goroutine::traceback`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Traceback {
    /// The frames, innermost first: (`main.f(...)` as Go prints the call, `/abs/file:line`).
    pub frames: Vec<(String, String)>,
    /// The `go` statement that made it: (enclosing function, `file:line`); `None` for
    /// main.
    pub created_by: Option<(String, String)>,
    /// Beyond Go: what it waits on, in words (`receive from channel ch (made at
    /// x.go:10:7)`).
    pub waits_on: Option<String>,
    /// Beyond Go: the blocking statement in the user's code.
    pub site: Option<BlockSite>,
}

/// Where a goroutine blocked: the statement of the innermost frame in the user's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockSite {
    /// Global source offsets of the statement's text (`source::Span`'s).
    pub lo: u32,
    pub hi: u32,
    /// `file:line:col`.
    pub at: String,
    /// The statement's source text (its line from the position on, without a comment).
    pub text: String,
}

/// A goroutine's status, Go's `_Grunnable`, `_Grunning`, `_Gwaiting`, `_Gdead`, plus
/// `RunningReady` (invariant 1), which Go does not need because its `gopark` switches
/// stacks before the unlock that lets a waker in.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable = 1,
    Running = 2,
    Waiting = 4,
    Dead = 6,
    RunningReady = 9,
}

/// The status word and its transitions: the lock-free heart of park/ready.
pub struct GStatus(AtomicU8);

/// What the caller of `GStatus::ready` must do.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadyAction {
    /// The G was Waiting and is now Runnable: put it on a run queue.
    Enqueue,
    /// The G is still Running; its worker will re-queue it when it sees `Park`.
    Deferred,
}

/// What the worker must do after a `Park` result.
#[derive(Debug, PartialEq, Eq)]
pub enum ParkAction {
    /// The G is Waiting; a later `ready` enqueues it.
    Parked,
    /// A `ready` came first; the G is Runnable again: put it on a run queue.
    Requeue,
}

impl GStatus {
    pub fn new(s: Status) -> GStatus {
        GStatus(AtomicU8::new(s as u8))
    }

    pub fn get(&self) -> Status {
        match self.0.load(Ordering::Acquire) {
            1 => Status::Runnable,
            2 => Status::Running,
            4 => Status::Waiting,
            9 => Status::RunningReady,
            _ => Status::Dead,
        }
    }

    pub fn set(&self, s: Status) {
        self.0.store(s as u8, Ordering::Release);
    }

    /// Makes a parked (or parking) G runnable. Caller: the one party that dequeued its
    /// waiter. `Err` on a ready of a G that is neither Waiting nor Running (a bug).
    pub fn ready(&self) -> Result<ReadyAction, Status> {
        loop {
            let cur = self.0.load(Ordering::Acquire);
            let (next, action) = match cur {
                4 => (Status::Runnable, ReadyAction::Enqueue),
                2 => (Status::RunningReady, ReadyAction::Deferred),
                _ => return Err(self.get()),
            };
            if self
                .0
                .compare_exchange(cur, next as u8, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                return Ok(action);
            }
        }
    }

    /// The worker's half: the G returned `Park`.
    pub fn park(&self) -> ParkAction {
        match self.0.compare_exchange(
            Status::Running as u8,
            Status::Waiting as u8,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => ParkAction::Parked,
            Err(_) => {
                debug_assert_eq!(self.get(), Status::RunningReady);
                self.set(Status::Runnable);
                ParkAction::Requeue
            }
        }
    }
}

/// A goroutine: Go's `g`. Shared (`GRef`) by the run queues, waiters and the all-Gs list.
///
/// The VM stack `S` lives inline, at the end of the record, so a goroutine is one
/// allocation for its record plus whatever its stack allocates (registers, frames): a
/// `G<VmG>` made by `go` is coerced to `G<dyn Goroutine>` (`GRef`) without a second box.
pub struct G<S: ?Sized = dyn Goroutine> {
    /// Go's goid: 1 for main, then increasing.
    pub id: u64,
    /// The goid of the goroutine whose `go` statement made this one (0 for main).
    pub parent: u64,
    /// Where the `go` statement is, opaque to the scheduler (the VM's pc or span), for
    /// `created by ... at file:line` in dumps.
    pub site: u64,
    pub(crate) status: GStatus,
    wait_reason: AtomicU8,
    /// What it waits on (a channel's or a lock word's address; 0 unknown), for the dump.
    waiting_on: AtomicUsize,
    /// Its index in the scheduler's all-Gs list; changed only under that list's lock.
    pub(crate) allg_index: AtomicUsize,
    /// The VM stack. Locked by the worker that runs the G (invariant 2), and by
    /// `StopTheWorld::for_each_g`; never contended otherwise. Released (`Goroutine::
    /// release`) when the G dies.
    pub(crate) stack: Mutex<S>,
}

/// A shared goroutine handle.
pub type GRef = Arc<G>;

impl<S: Goroutine> G<S> {
    pub(crate) fn new(id: u64, parent: u64, site: u64, stack: S) -> G<S> {
        G {
            id,
            parent,
            site,
            status: GStatus::new(Status::Runnable),
            wait_reason: AtomicU8::new(0),
            waiting_on: AtomicUsize::new(0),
            allg_index: AtomicUsize::new(usize::MAX),
            stack: Mutex::new(stack),
        }
    }
}

impl<S: ?Sized> G<S> {
    pub fn status(&self) -> Status {
        self.status.get()
    }

    pub fn wait_reason(&self) -> WaitReason {
        WaitReason::from_u8(self.wait_reason.load(Ordering::Relaxed))
    }

    pub(crate) fn set_wait_reason(&self, r: WaitReason) {
        self.wait_reason.store(r as u8, Ordering::Relaxed);
    }

    /// The address of the channel or lock word this G waits on (0 if none or unknown).
    pub fn waiting_on(&self) -> usize {
        self.waiting_on.load(Ordering::Relaxed)
    }

    pub(crate) fn set_waiting_on(&self, addr: usize) {
        self.waiting_on.store(addr, Ordering::Relaxed);
    }
}

impl std::fmt::Debug for G {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "goroutine {} [{:?}]", self.id, self.status())
    }
}

/// The claim shared by all the waiters of one `select` (Go's `g.selectDone` plus which
/// case won): the first waker to `claim` it owns the goroutine's wake-up.
pub struct SelectGroup {
    winner: AtomicUsize,
}

const NO_WINNER: usize = usize::MAX;

impl SelectGroup {
    pub fn new() -> SelectGroup {
        SelectGroup {
            winner: AtomicUsize::new(NO_WINNER),
        }
    }

    /// Claims the select for case `case`; false if another case already won.
    pub fn claim(&self, case: usize) -> bool {
        self.winner
            .compare_exchange(NO_WINNER, case, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// The winning case, if any.
    pub fn winner(&self) -> Option<usize> {
        match self.winner.load(Ordering::Acquire) {
            NO_WINNER => None,
            c => Some(c),
        }
    }
}

impl Default for SelectGroup {
    fn default() -> Self {
        SelectGroup::new()
    }
}

/// A goroutine waiting in a queue: Go's sudog. One per blocking operation (a select makes
/// one per case, sharing a `SelectGroup`).
pub struct Waiter {
    pub g: GRef,
    /// The element: the value a sender offers (sendq), or the slot a sender fills for a
    /// receiver (recvq). Written under the queue's lock before `ready` (invariant 3).
    pub elem: Box<[AtomicU64]>,
    /// Woken by a real communication (true) or by `close` (false): Go's `sudog.success`.
    /// For a semaphore: the semaphore was handed to us (Go's `ticket`).
    success: AtomicBool,
    /// For a select: the group and this case's index.
    pub(crate) select: Option<(Arc<SelectGroup>, usize)>,
}

impl Waiter {
    pub fn new(g: GRef, elem: &[u64], select: Option<(Arc<SelectGroup>, usize)>) -> Arc<Waiter> {
        Arc::new(Waiter {
            g,
            elem: elem.iter().map(|&w| AtomicU64::new(w)).collect(),
            success: AtomicBool::new(false),
            select,
        })
    }

    /// A waiter with `n` zeroed element words.
    pub fn with_slot(g: GRef, n: usize, select: Option<(Arc<SelectGroup>, usize)>) -> Arc<Waiter> {
        Arc::new(Waiter {
            g,
            elem: (0..n).map(|_| AtomicU64::new(0)).collect(),
            success: AtomicBool::new(false),
            select,
        })
    }

    /// Takes the wake-up for this waiter: always true for a plain waiter; for a select,
    /// true only for the first case to fire. Call under the queue's lock, before
    /// touching `elem`.
    pub fn claim(&self) -> bool {
        match &self.select {
            None => true,
            Some((grp, case)) => grp.claim(*case),
        }
    }

    /// For a select waiter: whether its select already fired (by any case).
    pub fn is_stale(&self) -> bool {
        matches!(&self.select, Some((grp, _)) if grp.winner().is_some())
    }

    pub fn success(&self) -> bool {
        self.success.load(Ordering::Acquire)
    }

    pub(crate) fn set_success(&self, ok: bool) {
        self.success.store(ok, Ordering::Release);
    }

    /// Copies the element into `out` (as many words as both have).
    pub fn read_elem(&self, out: &mut [u64]) {
        for (o, w) in out.iter_mut().zip(self.elem.iter()) {
            *o = w.load(Ordering::Relaxed);
        }
    }

    pub(crate) fn write_elem(&self, val: &[u64]) {
        for (w, &v) in self.elem.iter().zip(val.iter()) {
            w.store(v, Ordering::Relaxed);
        }
    }

    /// The element words, for the GC (world stopped).
    pub fn elem_words(&self) -> impl Iterator<Item = u64> + '_ {
        self.elem.iter().map(|w| w.load(Ordering::Relaxed))
    }
}
