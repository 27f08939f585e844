//! A compiled program: functions of bytecode plus the tables their instructions index
//! (constants, string constants, layouts, map types, closure and assertion sites, run-time
//! types, natives, globals). Built once by `builder::ProgramBuilder`, then shared
//! read-only (`Arc<Program>`) by every goroutine on every worker.

use super::opcode::Instr;
use super::panic::GoPanic;
use crate::runtime::heap::{Heap, Layout, MemStats, ObjRef};
use crate::runtime::map::MapType;
use crate::runtime::types::TypeTable;
use std::sync::Arc;

/// One function's bytecode.
#[derive(Debug, Clone)]
pub struct Func {
    /// Qualified name as Go prints it in stack traces (`main.fib`, `main.main.func1`).
    pub name: String,
    pub code: Vec<Instr>,
    /// Global source position (see `source::SourceMap`) of each instruction; 0 if unknown.
    pub pos: Vec<u32>,
    /// Words of parameters (receiver first) and of results.
    pub nparams: u16,
    pub nresults: u16,
    /// Registers of the frame (at least `max(nparams, nresults)`).
    pub nregs: u16,
    /// Registers that hold pointer words at every safepoint; `None`: scan conservatively.
    pub ptr_regs: Option<Vec<u32>>,
    /// The registers a call clears (calls invariant 1): the pointer registers past the
    /// parameters; none when the frame is scanned conservatively.
    pub zero_regs: Vec<u32>,
    /// Where the frame resumes after one of its deferred calls recovers a panic.
    pub recover_pc: Option<u32>,
}

impl Func {
    /// Bytes this frame counts against Go's stack limit (Go's accounting, roughly: the
    /// locals plus return address, frame pointer and spill area).
    pub fn frame_bytes(&self) -> usize {
        8 * self.nregs as usize + 32
    }
}

/// A `MakeClosure` site: which function, how many captured words, the object's layout.
#[derive(Debug, Clone)]
pub struct ClosureSite {
    pub func: u32,
    pub ncapt: u16,
    pub layout: &'static Layout,
}

/// A `TypeAssert` site.
#[derive(Debug, Clone)]
pub struct AssertSite {
    /// Target type id (a concrete type), or for `iface` the interface's own type id.
    pub target: u32,
    /// The target is an interface type: check `methods` (name ids) and keep both words.
    pub iface: bool,
    pub methods: Vec<u32>,
    /// The static type of the operand, as Go names it in the panic (`interface {}`).
    pub src_name: String,
    /// The target's name as Go prints it (`int`, `main.Stringer`).
    pub target_name: String,
    /// `v, ok := x.(T)`: no panic; ok stored after the value.
    pub ok: bool,
}

/// What a native function may use.
pub struct NativeCtx<'a> {
    pub heap: &'a Heap,
    /// The program (an `Arc`, so that `go` can start a `glue::VmG` on it).
    pub prog: &'a Arc<Program>,
    /// The scheduler worker running this goroutine (`None` when the VM runs alone, as in
    /// unit tests): channel operations, `go`, timers use it.
    pub sched: Option<&'a crate::runtime::sched::Ctx<'a>>,
    /// The calling goroutine's id.
    pub goroutine: u64,
    /// Where the call is: the calling frame's function id << 32 | the pc after the
    /// `CallNative` (`unwind::frame_line` turns it into `file:line`); the creation site
    /// that `go` and `make(chan)` record for goroutine dumps.
    pub site: u64,
    /// The calling goroutine's frames, outermost first; the last is the caller's
    /// (`runtime.Caller`, `runtime.Stack`).
    pub frames: &'a [super::frame::Frame],
    /// The `go` statement that started the goroutine: (parent id, function, pc).
    pub created_by: Option<(u64, u32, u32)>,
    /// Set by the native to stop the goroutine after it returns.
    pub request: Option<NativeRequest>,
    /// The goroutine's parked operation, for natives that park and resume (`gort`).
    pub pending: &'a mut Option<super::gort::Pending>,
}

/// What a native asks of the dispatch loop after it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeRequest {
    /// Return `Exit::Yield` at once (a safepoint): `runtime.GC()` (after
    /// `Heap::request_gc`), `runtime.Gosched()`.
    Yield,
    /// `os.Exit(code)`: end the program now, without running deferred calls.
    Exit(i32),
    /// Block the goroutine (issue #4: channel operations, locks, sleep): the loop returns
    /// `Exit::Park(reason)`. With `retry`, the native runs again when the goroutine is
    /// resumed (it re-checks its condition); otherwise execution continues after the call
    /// and whoever readies the goroutine has written the native's results into its window.
    Park { reason: WaitReason, retry: bool },
}
pub use crate::runtime::park::WaitReason;

/// A native (Rust) function: reads its arguments from the window and writes its results
/// to the start of the window.
pub type NativeFn = fn(&mut NativeCtx, &mut [u64]) -> Result<(), GoPanic>;

/// A registered native.
#[derive(Clone)]
pub struct Native {
    pub name: String,
    /// Words of the window the native reads and writes (`max(args, results)`).
    pub window: u16,
    pub f: NativeFn,
}

impl std::fmt::Debug for Native {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "native {}", self.name)
    }
}

/// A whole program.
pub struct Program {
    pub funcs: Vec<Func>,
    pub consts: Vec<u64>,
    /// String constants' objects (`None` for ""), kept alive as roots.
    pub strs: Vec<(Option<ObjRef>, u32)>,
    pub layouts: Vec<&'static Layout>,
    pub map_types: Vec<&'static MapType>,
    pub closures: Vec<ClosureSite>,
    pub asserts: Vec<AssertSite>,
    pub types: TypeTable,
    pub natives: Vec<Native>,
    /// Method names by name id (for messages and the disassembler).
    pub method_names: Vec<String>,
    /// The globals' object and its layout.
    pub globals: ObjRef,
    pub heap: Arc<Heap>,
    /// The function `Vm::run_main` starts (main.main, after package initialisation).
    pub entry: Option<u32>,
    /// Source files, for positions in stack traces and the disassembler.
    pub sources: Option<Arc<crate::source::SourceMap>>,
    /// Data the compiler attaches for its natives (e.g. `fmt`'s type descriptions and
    /// the output sink); natives downcast it.
    pub ext: Option<Arc<dyn std::any::Any + Send + Sync>>,
    /// Whether every function passed `verify::check_func`: computed once per program, on
    /// the first `Vm::new` (which every goroutine start calls), see `verified`.
    pub verified: std::sync::OnceLock<Result<(), String>>,
}

impl Program {
    pub fn func(&self, id: u32) -> Option<&Func> {
        self.funcs.get(id as usize)
    }

    /// The result of verifying every function (interp invariant 4), checked once.
    pub fn verified(&self) -> &Result<(), String> {
        self.verified.get_or_init(|| {
            self.funcs.iter().try_for_each(super::verify::check_func)?;
            super::verify::check_program(self)
        })
    }

    pub fn mem_stats(&self) -> MemStats {
        self.heap.mem_stats()
    }

    /// The word of global `k` (for tests and natives).
    pub fn global(&self, k: usize) -> u64 {
        self.globals.get(k).unwrap_or(0)
    }
}
