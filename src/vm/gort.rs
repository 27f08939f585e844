//! Goroutines on the runtime (issue #4's integration): the record a parked goroutine
//! keeps for the operation it must complete on resume (`Pending`), and `run_program`,
//! which runs a compiled program's main goroutine as G 1 on the scheduler (`glue::VmG`)
//! and turns the scheduler's `Outcome` into Go's exit status and stderr text.
//!
//! # The park/resume protocol of natives
//! A native that may block (a channel operation, `select`, a lock, `Sleep`) calls the
//! runtime primitive; when it answers "park", the native stores the primitive's pending
//! record in `NativeCtx::pending` and requests `NativeRequest::Park { retry: true }`. The
//! dispatch loop returns `Exit::Park` (so `glue` returns `RunResult::Park`) with the pc
//! still on the `CallNative`; when the goroutine is readied and runs again, the native
//! runs again, finds its pending record, and completes the operation with the
//! primitive's `*_resume` function. Nothing recurses on the Rust stack across a park.
//!
//! # Invariants
//! 1. `Goroutine::pending` is `Some` exactly between a native's park and its re-run.
//! 2. A pending record's element words (a receiver's filled slot, a sender's value) are
//!    GC roots of its goroutine (`Pending::scan`, called by `Goroutine::scan_roots`).

use super::glue::{OsExit, VmG};
use super::interp::Vm;
use crate::runtime::gc::Marker;
use crate::runtime::park::{Goroutine as SchedG, RunResult, Traceback, WaitReason, Waiter};
use crate::runtime::sched::Ctx;
use crate::runtime::sched::{Config, Outcome, Sched};
use crate::runtime::select::SelectWait;
use crate::runtime::sync::RwLockWait;
use crate::runtime::timer::Timer;
use std::any::Any;
use std::sync::Arc;

/// A parked operation a goroutine completes when it runs again.
pub enum Pending {
    /// A channel send or receive, a semaphore, a mutex, a WaitGroup or Cond wait.
    Waiter(Arc<Waiter>),
    /// A parked `select`.
    Select(Box<SelectWait>),
    /// A parked `RWMutex.Lock`.
    RwLock(RwLockWait),
    /// `time.Sleep`.
    Sleep(Arc<Timer>),
    /// A blocking system call (file or stdin I/O) running on the blocking pool
    /// (`stdlib::native::blocking`); its result is Rust data, not heap words.
    Blocking(Arc<crate::stdlib::native::blocking::Call>),
    /// A socket operation parked on the netpoller (`runtime::netpoll`).
    Net(Arc<crate::runtime::netpoll::NetWait>),
}

impl Pending {
    /// Marks the element words this record holds (invariant 2), conservatively.
    pub fn scan(&self, m: &mut Marker) {
        let mut words = |w: &Waiter| {
            let v: Vec<u64> = w.elem_words().collect();
            m.mark_words(&v, None);
        };
        match self {
            Pending::Waiter(w) => words(w),
            Pending::Select(sw) => sw.for_each_elem(words),
            Pending::RwLock(RwLockWait::Mutex(w) | RwLockWait::Readers(w)) => words(w),
            Pending::Sleep(_) | Pending::Blocking(_) | Pending::Net(_) => {}
        }
    }
}

/// A goroutine of a program whose output is captured (tests): installs the capture
/// buffer on the worker thread for each run. `as_any` is the inner `VmG`'s, so the
/// collector finds the stack as it finds any other. (A wrapper, not a field of every
/// `VmG`: a goroutine's record stays a word smaller.)
pub struct SinkG {
    pub g: VmG,
    pub sink: crate::stdlib::native::Sink,
}

impl SchedG for SinkG {
    fn run(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult {
        use crate::stdlib::native;
        native::set_capture_sink(Some(self.sink.clone()));
        let r = self.g.run(ctx, budget);
        native::set_capture_sink(None);
        r
    }

    fn as_any(&mut self) -> &mut dyn Any {
        self.g.as_any()
    }

    fn traceback(&mut self, site: u64, reason: WaitReason) -> Traceback {
        self.g.traceback(site, reason)
    }

    fn release(&mut self) {
        self.g.release()
    }
}

/// Hands `g` to `start` as the scheduler should take it: wrapped in `SinkG` when
/// `sink` (the current thread's capture buffer, for tests) is set.
pub fn with_sink<R>(
    g: VmG,
    sink: Option<crate::stdlib::native::Sink>,
    start: impl FnOnce(StartG) -> R,
) -> R {
    match sink {
        Some(sink) => start(StartG::Sink(SinkG { g, sink })),
        None => start(StartG::Plain(g)),
    }
}

/// A new goroutine's stack, plain or capturing its output (`with_sink`).
pub enum StartG {
    Plain(VmG),
    Sink(SinkG),
}

impl StartG {
    /// `go`: a new G for this stack on the worker of `ctx` (run next).
    pub fn go_on(self, ctx: &Ctx<'_>, site: u64) {
        match self {
            StartG::Plain(g) => drop(ctx.go(g, site)),
            StartG::Sink(g) => drop(ctx.go(g, site)),
        }
    }

    /// `go` from outside a G (a timer firing).
    pub fn go_from(self, sched: &Sched, parent: u64, site: u64) {
        match self {
            StartG::Plain(g) => drop(sched.go(g, parent, site)),
            StartG::Sink(g) => drop(sched.go(g, parent, site)),
        }
    }
}

/// Runs `prog`'s entry as the main goroutine on a scheduler with GOMAXPROCS workers
/// (the environment variable, else the number of CPUs); returns the exit status. Program
/// output is flushed before any runtime report, which goes to stderr.
pub fn run_program(prog: Arc<super::Program>) -> i32 {
    let sources = prog.sources.clone();
    let sched = Sched::new(Config::from_env());
    run_main_on(&sched, prog, &|outcome| match outcome {
        Outcome::Deadlock { gs, main_goexit } => {
            use std::io::IsTerminal;
            let fancy = std::io::stderr().is_terminal();
            super::traceback::deadlock_report(gs, *main_goexit, sources.as_deref(), fancy)
        }
        _ => String::new(),
    })
}

/// Runs `prog`'s entry as goroutine 1 on `sched` to the program's end and turns the
/// outcome into Go's exit status: stdout is flushed, then a panic's or fatal error's text
/// (a deadlock's as `deadlock` writes it) goes to stderr.
pub fn run_main_on(
    sched: &Sched,
    prog: Arc<super::Program>,
    deadlock: &dyn Fn(&Outcome) -> String,
) -> i32 {
    use crate::stdlib::native;
    let entry = prog.entry.unwrap_or(0);
    let vm = Arc::new(Vm::new(prog));
    let main = VmG::new(vm, 1, entry, &[]);
    let outcome = match crate::stdlib::native::capture_sink() {
        Some(sink) => sched.run(SinkG { g: main, sink }),
        None => sched.run(main),
    };
    let code = exit_status(&outcome, deadlock);
    native::flush();
    code
}

/// Go's exit status for a program's `outcome`, after writing its report: stdout is
/// flushed first, then a panic's or fatal error's text (a deadlock's as `deadlock` writes
/// it) goes to stderr. `os.Exit(n)` is status n.
pub fn exit_status(outcome: &Outcome, deadlock: &dyn Fn(&Outcome) -> String) -> i32 {
    use crate::stdlib::native;
    match outcome {
        Outcome::Exit => 0,
        Outcome::Panic { payload, .. } => {
            if let Some(OsExit(code)) = payload.downcast_ref::<OsExit>() {
                *code
            } else {
                let text = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| "panic: (unprintable)\n".into());
                native::flush();
                native::write_stderr(text.as_bytes());
                2
            }
        }
        Outcome::Fatal { msg, .. } => {
            native::flush();
            native::write_stderr(msg.as_bytes());
            2
        }
        Outcome::Deadlock { .. } => {
            native::flush();
            native::write_stderr(deadlock(outcome).as_bytes());
            2
        }
    }
}
