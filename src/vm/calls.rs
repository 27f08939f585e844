//! Frame changes: pushing a call (with Go's stack-limit accounting), popping a frame on
//! return, and starting a deferred call. Out of the dispatch loop, which reloads its hot
//! state after each of these.
//!
//! # Invariants
//! 1. A pushed frame's pointer registers past its parameters are zeroed (`zero_regs`),
//!    so a precise pointer map never sees a stale non-pointer word from an earlier frame.
//!    Other registers may hold stale words: the compiler zeroes every variable it
//!    declares, and a conservatively scanned frame checks each word it marks.
//! 2. `stack_bytes` stays the sum of the frames' `frame_bytes` (frame invariant 2); the
//!    push that would pass `VmConfig::max_stack` fails with `GoPanic::StackOverflow` and
//!    pushes nothing.

use super::frame::{Frame, FrameKind, Goroutine};
use super::interp::{Exit, Vm};
use super::panic::{self, GoPanic};
use crate::runtime::heap::ObjRef;

impl Vm {
    /// Pushes a frame for function `fid` whose R[0] is `stack[new_base]`.
    #[inline(always)]
    pub(crate) fn push_call(
        &self,
        g: &mut Goroutine,
        new_base: usize,
        fid: u32,
        closure: u64,
        kind: FrameKind,
    ) -> Result<&super::program::Func, GoPanic> {
        let Some(f) = self.prog.func(fid) else {
            return Err(panic::nil_deref());
        };
        let fb = f.frame_bytes();
        if g.stack_bytes + fb > self.config.max_stack {
            return Err(GoPanic::StackOverflow {
                limit: self.config.max_stack,
            });
        }
        let top = new_base + f.nregs as usize;
        if g.stack.len() < top + 1 {
            let want = (top + 1).max(g.stack.len() * 2);
            g.stack.resize(want, 0);
        }
        for &r in &f.zero_regs {
            if let Some(w) = g.stack.get_mut(new_base + r as usize) {
                *w = 0;
            }
        }
        g.stack_bytes += fb;
        g.frames.push(Frame {
            func: fid,
            pc: 0,
            base: new_base as u32,
            closure,
            kind,
        });
        Ok(f)
    }

    /// Pops the top frame after its results were placed in its R[0..]. Returns
    /// `Some(Exit::Done)` when the goroutine's entry function returned, or another exit
    /// when a panic it was running a deferred call for kills the goroutine.
    #[inline]
    pub(crate) fn pop_frame(&self, g: &mut Goroutine) -> Option<Exit> {
        let fr = g.frames.pop()?;
        if let Some(f) = self.prog.func(fr.func) {
            g.stack_bytes = g.stack_bytes.saturating_sub(f.frame_bytes());
        }
        let depth = g.frames.len() as u32;
        while g.defers.last().is_some_and(|d| d.frame >= depth) {
            g.defers.pop();
        }
        match fr.kind {
            FrameKind::Normal if g.frames.is_empty() => Some(Exit::Done),
            FrameKind::Normal | FrameKind::Deferred => None,
            FrameKind::PanicDeferred(i) => super::unwind::after_panic_defer(self, g, i as usize),
        }
    }

    /// Runs the top frame's last pending deferred call as a `Deferred` frame above the
    /// top frame's registers. The caller has saved the pc to return to.
    pub(crate) fn run_defer(&self, g: &mut Goroutine) -> Result<(), GoPanic> {
        self.start_defer(g, FrameKind::Deferred)
    }

    /// Pops the top frame's last defer record and calls it with frame kind `kind`.
    pub(crate) fn start_defer(&self, g: &mut Goroutine, kind: FrameKind) -> Result<(), GoPanic> {
        let Some(top) = g.frames.last().copied() else {
            return Ok(());
        };
        let Some(d) = g.defers.pop() else {
            return Ok(());
        };
        let nregs = self.prog.func(top.func).map_or(0, |f| f.nregs as usize);
        let new_base = top.base as usize + nregs;
        // SAFETY: value invariant 1: a defer record's closure word is a func value.
        let Some(clo) = (unsafe { ObjRef::from_word(d.closure) }) else {
            return Err(panic::nil_deref());
        };
        let fid = clo.get(0).ok_or_else(panic::nil_deref)?;
        let need = new_base + d.args.len() + 1;
        if g.stack.len() < need {
            g.stack.resize(need.max(g.stack.len() * 2), 0);
        }
        g.stack[new_base..new_base + d.args.len()].copy_from_slice(&d.args);
        self.push_call(g, new_base, fid as u32, d.closure, kind)
            .map(|_| ())
    }
}
