//! A goroutine's execution state: its register stack (a growable `Vec<u64>` on the Rust
//! heap, never the Rust call stack), its frame records, its deferred calls and its panic
//! chain. Go's `g`, minus scheduling fields (issue #4 adds those around it).
//!
//! # Invariants
//! 1. Frame `i+1` starts at or above frame `i`'s call window: `frames[i+1].base >=
//!    frames[i].base`, and `stack.len() >= top.base + top.nregs`.
//! 2. `stack_bytes` is the sum of `Func::frame_bytes` over `frames` (Go's accounting for
//!    the 1 GB limit).
//! 3. Defer records are ordered by `frame` (a frame's defers sit above its callers'), so
//!    the pending defers of the top frame are a suffix of `defers`.

use super::panic::PanicRec;
use super::program::Program;
use crate::runtime::gc::Marker;

/// Why a frame was called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// An ordinary call.
    Normal,
    /// A deferred call run at return (`Ret`/`RunDefers`): its caller resumes at its saved pc.
    Deferred,
    /// A deferred call run by panic number `n` of the chain: may `recover` it.
    PanicDeferred(u32),
}

/// One activation record (Go's stack frame, kept beside the registers).
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: u32,
    /// The next instruction to run when this frame is (re)entered.
    pub pc: u32,
    /// Index of R[0] in `Goroutine::stack`.
    pub base: u32,
    /// The running closure's object word (0 for plain calls), a root.
    pub closure: u64,
    pub kind: FrameKind,
}

/// A pending deferred call (Go's `_defer`).
#[derive(Clone, Debug)]
pub struct DeferRec {
    /// Index in `frames` of the frame that deferred it.
    pub frame: u32,
    pub closure: u64,
    pub args: Vec<u64>,
}

/// Words a new goroutine's stack has beyond its entry function's registers.
pub const STACK_SLACK: usize = 4;

/// A goroutine: registers, frames, defers, panics.
pub struct Goroutine {
    /// Go's goroutine id (main is 1).
    pub id: u64,
    pub stack: Vec<u64>,
    pub frames: Vec<Frame>,
    pub defers: Vec<DeferRec>,
    pub panics: Vec<PanicRec>,
    /// Bytes counted against the stack limit (invariant 2).
    pub stack_bytes: usize,
    /// The call stack captured when the latest panic started, innermost first:
    /// (function, pc, frame kind).
    pub panic_stack: Vec<(u32, u32, FrameKind)>,
    /// Who started this goroutine with `go`: (parent goroutine id, function, pc of the
    /// `go` statement), for Go's `created by` trace line.
    pub created_by: Option<(u64, u32, u32)>,
    /// A parked runtime operation to complete on resume (issue #4, `gort`).
    pub pending: Option<super::gort::Pending>,
}

impl Goroutine {
    /// A goroutine about to call `func` with `args` (parameter words).
    pub fn new(id: u64, prog: &Program, func: u32, args: &[u64]) -> Goroutine {
        let (nregs, fb) = prog
            .func(func)
            .map_or((0, 0), |f| (f.nregs as usize, f.frame_bytes()));
        // Small at birth (a blocked goroutine costs little): calls grow it on demand
        // (doubling). The slack fits a first call to a small function (a method that
        // calls a native, like `wg.Done()`) without growing.
        let mut stack = vec![0; nregs.max(args.len()) + STACK_SLACK];
        stack[..args.len()].copy_from_slice(args);
        // Room for the entry function and one call: most blocked goroutines wait one
        // call deep (`mu.Lock()`, `wg.Wait()`), and growing from 1 would jump to 4.
        let mut frames = Vec::with_capacity(2);
        frames.push(Frame {
            func,
            pc: 0,
            base: 0,
            closure: 0,
            kind: FrameKind::Normal,
        });
        Goroutine {
            id,
            stack,
            frames,
            defers: Vec::new(),
            panics: Vec::new(),
            stack_bytes: fb,
            panic_stack: Vec::new(),
            created_by: None,
            pending: None,
        }
    }

    /// The results of a finished goroutine's entry function.
    pub fn results(&self, n: usize) -> &[u64] {
        &self.stack[..n.min(self.stack.len())]
    }

    /// Gives back stack memory after deep recursion returned (Go shrinks stacks at GC):
    /// keeps twice what the frames use, at least 1024 words.
    pub fn shrink_stack(&mut self, prog: &Program) {
        let used = self.frames.last().map_or(0, |f| {
            f.base as usize + prog.func(f.func).map_or(0, |f| f.nregs as usize)
        });
        let keep = (used * 2).max(1024);
        if self.stack.len() > keep * 2 {
            self.stack.truncate(keep);
            self.stack.shrink_to_fit();
        }
        if self.frames.capacity() > (self.frames.len() * 4).max(256) {
            self.frames.shrink_to((self.frames.len() * 2).max(64));
        }
    }

    /// Register words in use by the frames (what a collection scans).
    pub fn stack_words(&self, prog: &Program) -> usize {
        self.frames.last().map_or(0, |f| {
            f.base as usize + prog.func(f.func).map_or(0, |f| f.nregs as usize)
        })
    }

    pub fn is_done(&self) -> bool {
        self.frames.is_empty()
    }

    /// Reports this goroutine's roots: each frame's registers (below the next frame's
    /// window, with the function's pointer map or conservatively), closures, defer records
    /// and panic values.
    pub fn scan_roots(&self, prog: &Program, m: &mut Marker) {
        for (i, fr) in self.frames.iter().enumerate() {
            let Some(f) = prog.func(fr.func) else {
                continue;
            };
            let lo = fr.base as usize;
            let mut hi = lo + f.nregs as usize;
            if let Some(next) = self.frames.get(i + 1) {
                hi = hi.min(next.base as usize);
            }
            let hi = hi.min(self.stack.len());
            if lo < hi {
                m.mark_words(&self.stack[lo..hi], f.ptr_regs.as_deref());
            }
            m.mark_maybe(fr.closure);
        }
        for d in &self.defers {
            m.mark_maybe(d.closure);
            m.mark_words(&d.args, None);
        }
        for p in &self.panics {
            if let super::panic::GoPanic::Value { data, .. } = p.panic {
                m.mark_maybe(data);
            }
        }
        if let Some(p) = &self.pending {
            p.scan(m);
        }
    }
}
