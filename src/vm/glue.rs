//! The VM on the scheduler: `VmG` is a VM goroutine as `runtime::park::Goroutine` (the
//! run contract of issue #4), and the collection it starts at a safepoint stops the world
//! and scans every goroutine's stack.
//!
//! # Invariants
//! 1. A collection runs only inside `stop_the_world`: every other G is between runs (at
//!    a safepoint) and the collecting G is at its own `Yield`, so the roots are complete
//!    (gc invariant 3). Only one G at a time tries (`Heap::begin_collection`); the others
//!    yield normally and so release their stacks. A G whose stack the scheduler cannot
//!    hand over is a fatal error, never a skipped root.
//! 2. `RunResult::Park` is returned exactly when a native asked for it
//!    (`NativeRequest::Park`), i.e. right after a runtime primitive answered "park".

use super::frame::Goroutine;
use super::interp::{Exit, Vm};
use crate::runtime::gc::GcReport;
use crate::runtime::park::{Goroutine as SchedG, RunResult, Status, Traceback, WaitReason};
use crate::runtime::sched::Ctx;
use std::any::Any;
use std::sync::Arc;

/// The payload of `RunResult::Panic` when Go code called `os.Exit(code)`: the program
/// ends with this status (the driver downcasts it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsExit(pub i32);

/// A VM goroutine run by the scheduler: the stack inside the scheduler's `G` record
/// (`park::G<VmG>`), so a goroutine is that one record plus its registers and frames.
pub struct VmG {
    /// The program and heap, shared by every goroutine of the program (`go` passes the
    /// parent's on through `Ctx::vm`).
    pub vm: Arc<Vm>,
    pub g: Goroutine,
    /// Where the goroutine's output goes when a test captures it (`gort::inherit_sink`);
    /// installed on the worker thread for each run.
    pub sink: Option<crate::stdlib::native::Sink>,
}

impl VmG {
    /// A goroutine that will call `func` with `args` (`go f(args)`); `id` is the
    /// scheduler's G id.
    pub fn new(vm: Arc<Vm>, id: u64, func: u32, args: &[u64]) -> VmG {
        let g = Goroutine::new(id, &vm.prog, func, args);
        VmG { vm, g, sink: None }
    }

    /// The `Vm` of the goroutine running on `ctx` (`None` outside a VM goroutine).
    pub fn current_vm(ctx: &Ctx<'_>) -> Option<Arc<Vm>> {
        ctx.vm()?.downcast_ref::<Arc<Vm>>().cloned()
    }
}

impl SchedG for VmG {
    fn run(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult {
        use crate::stdlib::native;
        if let Some(s) = &self.sink {
            native::set_capture_sink(Some(s.clone()));
        }
        let r = self.run_vm(ctx, budget);
        if self.sink.is_some() {
            native::set_capture_sink(None);
        }
        r
    }

    fn as_any(&mut self) -> &mut dyn Any {
        self
    }

    fn traceback(&mut self, site: u64, reason: WaitReason) -> Traceback {
        super::traceback::traceback(&self.vm, &self.g, site, reason)
    }

    fn release(&mut self) {
        let g = &mut self.g;
        g.stack = Vec::new();
        g.frames = Vec::new();
        g.defers = Vec::new();
        g.panics = Vec::new();
        g.panic_stack = Vec::new();
        g.pending = None;
        self.sink = None;
    }
}

impl VmG {
    fn run_vm(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult {
        let budget = i32::try_from(budget).unwrap_or(i32::MAX).max(1);
        // The scheduler numbers goroutines (main is 1); panics and dumps print that id.
        self.g.id = ctx.g().id;
        let ctx = &ctx.with_vm(&self.vm);
        match self.vm.run_in(&mut self.g, budget, Some(ctx)) {
            Exit::Yield => {
                if self.vm.heap.should_collect() {
                    if let Err(msg) = collect_world(&self.vm, ctx, &self.g) {
                        return RunResult::Fatal(msg);
                    }
                    self.g.shrink_stack(&self.vm.prog);
                }
                RunResult::Yield
            }
            Exit::Done => RunResult::Exit { goexit: false },
            Exit::Goexit => RunResult::Exit { goexit: true },
            Exit::Park(reason) => RunResult::Park(reason),
            Exit::Panic(report) => RunResult::Panic(Box::new(self.vm.render_panic(&report))),
            Exit::Fatal(text) => RunResult::Fatal(text),
            Exit::Exit(code) => RunResult::Panic(Box::new(OsExit(code))),
        }
    }
}

/// Roots beyond the goroutines' and their programs': a live REPL session's globals
/// object and its latest program's strings (`repl::child`). Set at most once per process.
static EXTRA_ROOTS: std::sync::OnceLock<ExtraRoots> = std::sync::OnceLock::new();

/// A function that marks extra roots (see `set_extra_roots`).
pub type ExtraRoots = Box<dyn Fn(&mut crate::runtime::gc::Marker) + Send + Sync>;

/// Registers the process's extra roots (the live REPL session's); false if already set.
pub fn set_extra_roots(f: ExtraRoots) -> bool {
    EXTRA_ROOTS.set(f).is_ok()
}

/// Stops the world and collects with every goroutine's roots; `me` is the calling G,
/// whose stack the scheduler does not hand out (it is running).
pub fn collect_world(vm: &Vm, ctx: &Ctx<'_>, me: &Goroutine) -> Result<GcReport, String> {
    let Some(_claim) = vm.heap.begin_collection() else {
        return Ok(GcReport::default());
    };
    let sched = ctx.sched();
    let stw = sched.stop_the_world(Some(ctx));
    // A collection may already have run while we waited for the world to stop.
    if !vm.heap.gc_due() {
        return Ok(GcReport::default());
    }
    // Other goroutines' stacks count too: count them for the stress countdown.
    let mut others = 0usize;
    stw.for_each_g(|g, stack| {
        if g.id != ctx.g().id {
            if let Some(v) = stack.and_then(|s| s.as_any().downcast_mut::<VmG>()) {
                others += v.g.stack_words(&v.vm.prog);
            }
        }
    });
    let mut missing = None;
    let rep = vm.collect_with(&[me], &mut |m| {
        if let Some(f) = EXTRA_ROOTS.get() {
            f(m);
        }
        stw.for_each_g(|g, stack| {
            if g.id == ctx.g().id {
                return;
            }
            match stack {
                Some(s) => {
                    if let Some(v) = s.as_any().downcast_mut::<VmG>() {
                        // Its own program's pointer maps (a live REPL session runs
                        // several programs, `compile::live`).
                        v.g.scan_roots(&v.vm.prog, m);
                    }
                }
                None if g.status() != Status::Dead => missing = Some(g.id),
                None => {}
            }
        });
    });
    drop(stw);
    let objects = vm.heap.mem_stats().heap_objects;
    vm.heap
        .after_stress_collection(objects + (others + me.stack_words(&vm.prog)) as u64);
    match missing {
        Some(id) => Err(format!(
            "fatal error: minigo: goroutine {id}'s stack was not available to the collector\n"
        )),
        None => Ok(rep),
    }
}
