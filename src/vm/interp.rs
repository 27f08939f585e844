//! The dispatch loop: runs a goroutine until it finishes, exhausts its instruction budget
//! (returning to the caller — the scheduler in issue #4 — at a safepoint), panics past its
//! last frame, or hits a fatal error.
//!
//! Hot state lives in locals (`pc`, `base`, `code`), as in Lua's `luaV_execute`; the
//! `reload!` macro re-reads it from the top frame after anything that changes frames.
//! Arithmetic, comparisons, jumps, moves, field loads and calls are handled inline; every
//! other instruction goes to `exec::slow`, out of the loop.
//!
//! # Invariants
//! 1. Between instructions, `g.frames.last()` is the running frame and `base`, `code` are
//!    its; its saved `pc` is stale until `save!` (done before every exit and frame change).
//! 2. The budget is spent only by calls and backward jumps, and every loop in Go code has
//!    a backward jump, so a goroutine returns `Exit::Yield` within a bounded time: that is
//!    the preemption point and the collector's safepoint.
//! 3. No Rust panic escapes `Vm::run`: a remaining bug is caught and reported as an
//!    internal error.
//! 4. Register access in the loop is unchecked, through `regs` = `&stack[base]`: every
//!    function of the program passed `verify::check_func` (`Program::verified`, computed
//!    once per program: each register operand, with its static width, lies below
//!    `nregs`), and `reload!` checks
//!    that the running frame's `nregs` registers lie inside `g.stack`. `regs` is
//!    re-derived after anything that may move or resize the stack (a call, a return, a slow
//!    instruction, a panic).
//! 5. Constant operands (`k` of `MulIntK` and its kind) are read unchecked: the same
//!    verification (`verify::check_program`) proved each below `prog.consts.len()`.
//! 6. `pc` always indexes the running function's code, so the fetch is unchecked:
//!    verification proved that every function ends in `Ret` or `Jmp` and that every jump
//!    target and `recover_pc` lies inside its code; a frame's saved pc is 0, a jump
//!    target, the instruction after a call or slow instruction (never the last one), or
//!    its `recover_pc`; `reload!` checks it anyway.

use super::exec::Flow;
use super::frame::Goroutine;
use super::opcode::Instr;
use super::ops;
use super::panic::{self, GoPanic, PanicReport};
use super::program::Program;
use super::value::{f, fw};
use crate::runtime::gc::{self, GcReport};
use crate::runtime::heap::{Heap, ObjRef};
use crate::runtime::park::WaitReason;
use crate::runtime::sched::Ctx;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Go's default maximum stack size (`runtime/debug.SetMaxStack`).
pub const DEFAULT_MAX_STACK: usize = 1_000_000_000;

/// How a run of the dispatch loop ended.
#[derive(Debug)]
pub enum Exit {
    /// The goroutine's entry function returned.
    Done,
    /// `runtime.Goexit` ran the goroutine's deferred calls and ended it.
    Goexit,
    /// The budget ran out at a safepoint; call `run` again to continue.
    Yield,
    /// A panic unwound every frame: print `report` and exit 2.
    Panic(PanicReport),
    /// A fatal error: the complete stderr text; exit 2.
    Fatal(String),
    /// `os.Exit(code)`: the program ends now with this status, running no defers.
    Exit(i32),
    /// A native parked the goroutine (`NativeRequest::Park`); `run` resumes it once
    /// something readies it.
    Park(WaitReason),
}

/// Tunables of a VM.
#[derive(Clone, Debug)]
pub struct VmConfig {
    /// Budget units (calls and back-jumps) between safepoints.
    pub quantum: i32,
    /// Go's stack limit in bytes.
    pub max_stack: usize,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            quantum: 10_000,
            max_stack: DEFAULT_MAX_STACK,
        }
    }
}

/// A program ready to run on its heap.
pub struct Vm {
    pub prog: Arc<Program>,
    pub heap: Arc<Heap>,
    pub config: VmConfig,
}

impl Vm {
    pub fn new(prog: Arc<Program>) -> Vm {
        let heap = prog.heap.clone();
        let mut config = VmConfig::default();
        if heap.stress() {
            config.quantum = 16;
        }
        Vm { prog, heap, config }
    }

    /// Runs the program's entry function to completion on one goroutine (no scheduler
    /// yet), collecting at safepoints when due. Returns the exit and the goroutine.
    pub fn run_main(&self) -> (Exit, Goroutine) {
        let entry = self.prog.entry.unwrap_or(0);
        let mut g = Goroutine::new(1, &self.prog, entry, &[]);
        loop {
            match self.run(&mut g) {
                Exit::Yield => {
                    if self.heap.should_collect() {
                        self.collect(&[&g]);
                        g.shrink_stack(&self.prog);
                    }
                }
                Exit::Park(reason) => {
                    // One goroutine and nothing to wake it: Go's deadlock.
                    let text = format!(
                        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [{}]:\n",
                        reason.as_str()
                    );
                    return (Exit::Fatal(text), g);
                }
                Exit::Goexit => {
                    let text =
                        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
                    return (Exit::Fatal(text.into()), g);
                }
                e => return (e, g),
            }
        }
    }

    /// Collects with the given goroutines (all of them, stopped) and the program's own
    /// roots (globals, string constants).
    pub fn collect(&self, gs: &[&Goroutine]) -> GcReport {
        self.collect_with(gs, &mut |_| {})
    }

    /// Like `collect`, with more roots reported by `extra` (issue #4: channel buffers and
    /// waiters, timers, goroutines' start closures).
    pub fn collect_with(
        &self,
        gs: &[&Goroutine],
        extra: &mut dyn FnMut(&mut gc::Marker),
    ) -> GcReport {
        let prog = &*self.prog;
        let stack_words: usize = gs.iter().map(|g| g.stack_words(prog)).sum();
        let rep = gc::collect(&self.heap, &mut |m| {
            extra(m);
            m.shade(prog.globals);
            for (o, _) in &prog.strs {
                if let Some(o) = o {
                    m.shade(*o);
                }
            }
            for g in gs {
                g.scan_roots(prog, m);
            }
        });
        let objects = self.heap.mem_stats().heap_objects;
        self.heap
            .after_stress_collection(objects + stack_words as u64);
        rep
    }

    /// Runs `g` until it finishes, yields, panics or dies.
    pub fn run(&self, g: &mut Goroutine) -> Exit {
        self.run_in(g, self.config.quantum, None)
    }

    /// Runs `g` for about `budget` calls and back-jumps, on a scheduler worker (`ctx`,
    /// handed to natives) or alone (`None`).
    pub fn run_in(&self, g: &mut Goroutine, budget: i32, ctx: Option<&Ctx<'_>>) -> Exit {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.execute(g, budget, ctx)
        }));
        match r {
            Ok(e) => e,
            Err(p) => {
                let what = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Exit::Fatal(format!("minigo: internal error: {what}\n"))
            }
        }
    }

    fn execute(&self, g: &mut Goroutine, budget: i32, ctx: Option<&Ctx<'_>>) -> Exit {
        if let Err(e) = self.prog.verified() {
            return Exit::Fatal(format!("minigo: internal error: bad bytecode: {e}\n"));
        }
        let prog = &*self.prog;
        let mut budget = budget;
        let mut code: &[Instr];
        let mut pc: usize;
        let mut base: usize;
        let mut regs: *mut u64;

        // Resumes frame `$fr` (a `Frame`, now the top one) of function `$func`.
        macro_rules! resume {
            ($fr:expr, $func:expr) => {{
                let (fr, func) = ($fr, $func);
                code = &func.code;
                pc = fr.pc as usize;
                base = fr.base as usize;
                if base + func.nregs as usize > g.stack.len() || pc >= code.len() {
                    return Exit::Fatal(
                        "minigo: internal error: frame past the stack or its code\n".into(),
                    );
                }
                regs = g.stack.as_mut_ptr().wrapping_add(base);
            }};
        }
        macro_rules! reload {
            () => {{
                let Some(&fr) = g.frames.last() else {
                    return Exit::Done;
                };
                let Some(func) = prog.func(fr.func) else {
                    return Exit::Fatal("minigo: internal error: bad function id\n".into());
                };
                resume!(fr, func);
            }};
        }
        macro_rules! save {
            () => {
                if let Some(fr) = g.frames.last_mut() {
                    fr.pc = pc as u32;
                }
            };
        }
        macro_rules! r {
            ($x:expr) => {
                // SAFETY: invariant 4: `$x` (a verified register operand plus at most its
                // static width) is below the running frame's `nregs`, whose registers lie
                // inside `g.stack` from `regs` on; `regs` was re-derived after the last
                // change of frame or stack.
                *unsafe { &mut *regs.add($x as usize) }
            };
        }
        macro_rules! k {
            ($k:expr) => {{
                let consts: &[u64] = &prog.consts;
                // SAFETY: invariant 5: `$k` is the constant index of a verified
                // instruction, below `prog.consts.len()`.
                *unsafe { consts.get_unchecked($k as usize) }
            }};
        }
        macro_rules! raise {
            ($p:expr) => {{
                save!();
                if let Some(e) = self.raise(g, $p) {
                    return e;
                }
                reload!();
                continue;
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(p) => raise!(p),
                }
            };
        }
        macro_rules! jump {
            ($j:expr) => {{
                let j = $j as isize;
                pc = (pc as isize + j) as usize;
                if j < 0 {
                    budget -= 1;
                    if budget <= 0 {
                        save!();
                        return Exit::Yield;
                    }
                }
            }};
        }
        macro_rules! call_done {
            ($res:expr) => {{
                if let Err(p) = $res {
                    raise!(p);
                }
                reload!();
                budget -= 1;
                if budget <= 0 {
                    return Exit::Yield;
                }
            }};
        }

        // Calls function `$fid` (closure word `$clo`, 0 for none) with R[$a] as its R[0].
        macro_rules! enter {
            ($a:expr, $fid:expr, $clo:expr) => {{
                save!();
                let nb = base + $a as usize;
                match self.push_call(g, nb, $fid, $clo, super::frame::FrameKind::Normal) {
                    Ok(func) => {
                        // The new frame is the top one (invariant 1) at pc 0; the push
                        // made room for its registers (and may have moved them).
                        code = &func.code;
                        pc = 0;
                        base = nb;
                        regs = g.stack.as_mut_ptr().wrapping_add(base);
                        budget -= 1;
                        if budget <= 0 {
                            return Exit::Yield;
                        }
                    }
                    Err(p) => raise!(p),
                }
            }};
        }

        macro_rules! slow {
            ($ins:expr) => {{
                save!();
                let flow = self.slow(g, base, $ins, ctx);
                // The slow path may have grown (moved) the stack.
                regs = g.stack.as_mut_ptr().wrapping_add(base);
                match flow {
                    Ok(Flow::Next) => {
                        // An allocation passed the GC trigger: make the next back-jump or
                        // call a safepoint, so a loop allocating big objects cannot run a
                        // whole quantum past the heap goal.
                        if self.heap.gc_due() {
                            budget = budget.min(1);
                        }
                    }
                    Ok(Flow::Frames) => {
                        reload!();
                        budget -= 1;
                        if budget <= 0 {
                            return Exit::Yield;
                        }
                    }
                    Ok(Flow::Jump(j)) => jump!(j),
                    Ok(Flow::Exit(e)) => return e,
                    Err(p) => raise!(p),
                }
            }};
        }

        reload!();
        loop {
            // SAFETY: invariant 6: `pc` is inside the running function's code.
            let ins = *unsafe { code.get_unchecked(pc) };
            pc += 1;
            match ins {
                Instr::Nop => {}
                Instr::Move { a, b } => r!(a) = r!(b),
                Instr::LoadI { a, i } => r!(a) = i as i64 as u64,
                Instr::LoadK { a, k } => r!(a) = prog.consts[k as usize],
                Instr::AddInt { a, b, c } => r!(a) = r!(b).wrapping_add(r!(c)),
                Instr::AddIntI { a, b, i } => r!(a) = r!(b).wrapping_add(i as i64 as u64),
                Instr::SubInt { a, b, c } => r!(a) = r!(b).wrapping_sub(r!(c)),
                Instr::MulInt { a, b, c } => r!(a) = r!(b).wrapping_mul(r!(c)),
                Instr::DivInt { a, b, c } => r!(a) = tri!(ops::div_int(r!(b), r!(c))),
                Instr::RemInt { a, b, c } => r!(a) = tri!(ops::rem_int(r!(b), r!(c))),
                Instr::DivUint { a, b, c } => r!(a) = tri!(ops::div_uint(r!(b), r!(c))),
                Instr::RemUint { a, b, c } => r!(a) = tri!(ops::rem_uint(r!(b), r!(c))),
                Instr::NegInt { a, b } => r!(a) = r!(b).wrapping_neg(),
                Instr::And { a, b, c } => r!(a) = r!(b) & r!(c),
                Instr::Or { a, b, c } => r!(a) = r!(b) | r!(c),
                Instr::Xor { a, b, c } => r!(a) = r!(b) ^ r!(c),
                Instr::AndNot { a, b, c } => r!(a) = r!(b) & !r!(c),
                Instr::BitNot { a, b } => r!(a) = !r!(b),
                Instr::Shl { a, b, c } => r!(a) = ops::shl(r!(b), r!(c)),
                Instr::ShrInt { a, b, c } => r!(a) = ops::shr_int(r!(b), r!(c)),
                Instr::ShrUint { a, b, c } => r!(a) = ops::shr_uint(r!(b), r!(c)),
                Instr::MulIntK { a, b, k } => r!(a) = r!(b).wrapping_mul(k!(k)),
                Instr::AndK { a, b, k } => r!(a) = r!(b) & k!(k),
                Instr::OrK { a, b, k } => r!(a) = r!(b) | k!(k),
                Instr::XorK { a, b, k } => r!(a) = r!(b) ^ k!(k),
                Instr::DivIntK { a, b, k } => r!(a) = ops::div_int_k(r!(b), k!(k)),
                Instr::RemIntK { a, b, k } => r!(a) = ops::rem_int_k(r!(b), k!(k)),
                Instr::DivUintK { a, b, k } => r!(a) = ops::div_uint_k(r!(b), k!(k)),
                Instr::RemUintK { a, b, k } => r!(a) = ops::rem_uint_k(r!(b), k!(k)),
                Instr::ShlI { a, b, c } => r!(a) = ops::shl(r!(b), c as u64),
                Instr::ShrIntI { a, b, c } => r!(a) = ops::shr_int(r!(b), c as u64),
                Instr::ShrUintI { a, b, c } => r!(a) = ops::shr_uint(r!(b), c as u64),
                Instr::CheckShift { a } => {
                    if (r!(a) as i64) < 0 {
                        raise!(panic::negative_shift());
                    }
                }
                Instr::Wrap { a, bits, signed } => r!(a) = ops::wrap(r!(a), bits, signed),
                Instr::EqInt { a, b, c } => r!(a) = (r!(b) == r!(c)) as u64,
                Instr::NeInt { a, b, c } => r!(a) = (r!(b) != r!(c)) as u64,
                Instr::LtInt { a, b, c } => r!(a) = ((r!(b) as i64) < (r!(c) as i64)) as u64,
                Instr::LeInt { a, b, c } => r!(a) = ((r!(b) as i64) <= (r!(c) as i64)) as u64,
                Instr::LtUint { a, b, c } => r!(a) = (r!(b) < r!(c)) as u64,
                Instr::LeUint { a, b, c } => r!(a) = (r!(b) <= r!(c)) as u64,
                Instr::Not { a, b } => r!(a) = (r!(b) == 0) as u64,
                Instr::AddF { a, b, c } => r!(a) = fw(f(r!(b)) + f(r!(c))),
                Instr::SubF { a, b, c } => r!(a) = fw(f(r!(b)) - f(r!(c))),
                Instr::MulF { a, b, c } => r!(a) = fw(f(r!(b)) * f(r!(c))),
                Instr::DivF { a, b, c } => r!(a) = fw(f(r!(b)) / f(r!(c))),
                Instr::NegF { a, b } => r!(a) = fw(-f(r!(b))),
                Instr::EqF { a, b, c } => r!(a) = (f(r!(b)) == f(r!(c))) as u64,
                Instr::NeF { a, b, c } => r!(a) = (f(r!(b)) != f(r!(c))) as u64,
                Instr::LtF { a, b, c } => r!(a) = (f(r!(b)) < f(r!(c))) as u64,
                Instr::LeF { a, b, c } => r!(a) = (f(r!(b)) <= f(r!(c))) as u64,
                Instr::RoundF32 { a } => r!(a) = ops::round_f32(r!(a)),
                Instr::IntToF { a, b } => r!(a) = fw(r!(b) as i64 as f64),
                Instr::UintToF { a, b } => r!(a) = fw(r!(b) as f64),
                Instr::IntToF32 { a, b } => r!(a) = ops::int_to_f32(r!(b)),
                Instr::UintToF32 { a, b } => r!(a) = ops::uint_to_f32(r!(b)),
                Instr::FToInt { a, b, bits, signed } => {
                    r!(a) = ops::f_to_int(f(r!(b)), bits, signed)
                }
                Instr::Jmp { j } => jump!(j),
                Instr::JmpIf { a, j } => {
                    if r!(a) != 0 {
                        jump!(j)
                    }
                }
                Instr::JmpIfNot { a, j } => {
                    if r!(a) == 0 {
                        jump!(j)
                    }
                }
                Instr::JmpLtInt { a, b, j } => {
                    if (r!(a) as i64) < (r!(b) as i64) {
                        jump!(j)
                    }
                }
                Instr::JmpGeInt { a, b, j } => {
                    if (r!(a) as i64) >= (r!(b) as i64) {
                        jump!(j)
                    }
                }
                Instr::JmpEqInt { a, b, j } => {
                    if r!(a) == r!(b) {
                        jump!(j)
                    }
                }
                Instr::JmpNeInt { a, b, j } => {
                    if r!(a) != r!(b) {
                        jump!(j)
                    }
                }
                Instr::JmpGeIntI { a, i, j } => {
                    if (r!(a) as i64) >= i as i64 {
                        jump!(j)
                    }
                }
                Instr::JmpLtIntI { a, i, j } => {
                    if (r!(a) as i64) < i as i64 {
                        jump!(j)
                    }
                }
                // Fast paths for word-sized elements and fields of word objects; anything
                // else (bytes, wide elements, ref pointers, panics) takes the slow path.
                Instr::SliceGet { a, b, c, w: 1 } => {
                    let i = r!(c);
                    let (arr, off, lc) = (r!(b), r!(b + 1), r!(b + 2));
                    match fast_word(arr, off, i, lc) {
                        Some(slot) => r!(a) = slot.load(Ordering::Relaxed),
                        None => slow!(ins),
                    }
                }
                Instr::SliceSet { a, b, c, w: 1 } => {
                    let i = r!(c);
                    let (arr, off, lc) = (r!(b), r!(b + 1), r!(b + 2));
                    match fast_word(arr, off, i, lc) {
                        Some(slot) => slot.store(r!(a), Ordering::Relaxed),
                        None => slow!(ins),
                    }
                }
                Instr::SliceGet { a, b, c, w: 2 } => {
                    let i = r!(c);
                    let (arr, off, lc) = (r!(b), r!(b + 1), r!(b + 2));
                    match fast_pair(arr, off, i, lc) {
                        Some((x, y)) => {
                            r!(a) = x.load(Ordering::Relaxed);
                            r!(a + 1) = y.load(Ordering::Relaxed);
                        }
                        None => slow!(ins),
                    }
                }
                Instr::MoveN { a, b, c } => {
                    // Overlapping ranges copy as memmove does.
                    if a <= b {
                        for k in 0..c {
                            r!(a + k) = r!(b + k);
                        }
                    } else {
                        for k in (0..c).rev() {
                            r!(a + k) = r!(b + k);
                        }
                    }
                }
                Instr::Zero { a, b } => {
                    for k in 0..b {
                        r!(a + k) = 0;
                    }
                }
                Instr::NilCheck { a } => {
                    if r!(a) == 0 {
                        slow!(ins)
                    }
                }
                Instr::LoadStr { a, k } => match prog.strs.get(k as usize) {
                    Some(&(o, len)) => {
                        r!(a) = o.map_or(0, |o| o.word());
                        r!(a + 1) = super::value::str_meta(0, len as usize);
                    }
                    None => slow!(ins),
                },
                Instr::IndexStr { a, b, c } => {
                    let s = super::value::str_bytes(r!(b), r!(b + 1));
                    match usize::try_from(r!(c)).ok().and_then(|i| s.get(i)) {
                        Some(&byte) => r!(a) = byte as u64,
                        None => slow!(ins),
                    }
                }
                Instr::GetCapture { a, b } => {
                    let clo = g.frames.last().map_or(0, |f| f.closure);
                    match fast_field(clo, b + 1) {
                        Some(slot) => r!(a) = slot.load(Ordering::Relaxed),
                        None => slow!(ins),
                    }
                }
                Instr::LoadN { a, b, c } => {
                    let p = r!(b);
                    // The last word in range means every word is (one object).
                    match fast_field(p, c.saturating_sub(1)) {
                        Some(_) if c > 0 => {
                            for k in 0..c {
                                if let Some(slot) = fast_field(p, k) {
                                    r!(a + k) = slot.load(Ordering::Relaxed);
                                }
                            }
                        }
                        _ => slow!(ins),
                    }
                }
                Instr::StoreN { a, b, c } => {
                    let p = r!(a);
                    match fast_field(p, c.saturating_sub(1)) {
                        Some(_) if c > 0 => {
                            for k in 0..c {
                                if let Some(slot) = fast_field(p, k) {
                                    slot.store(r!(b + k), Ordering::Relaxed);
                                }
                            }
                        }
                        _ => slow!(ins),
                    }
                }
                Instr::CallClosure { a, b } => {
                    let w = r!(b);
                    match fast_field(w, 0).map(|s| s.load(Ordering::Relaxed)) {
                        Some(fid) if fid <= u32::MAX as u64 => enter!(a, fid as u32, w),
                        _ => slow!(ins),
                    }
                }
                Instr::Load { a, b, c } => {
                    let p = r!(b);
                    match fast_field(p, c) {
                        Some(slot) => r!(a) = slot.load(Ordering::Relaxed),
                        None => slow!(ins),
                    }
                }
                Instr::Store { a, b, c } => {
                    let p = r!(a);
                    match fast_field(p, c) {
                        Some(slot) => slot.store(r!(b), Ordering::Relaxed),
                        None => slow!(ins),
                    }
                }
                Instr::Call { a, f: fid } => enter!(a, fid, 0),
                Instr::Ret { a, b } => {
                    // Pending defers of this frame run first; the Ret is re-executed after.
                    let top = g.frames.len() as u32 - 1;
                    if g.defers.last().is_some_and(|d| d.frame == top) {
                        pc -= 1;
                        save!();
                        call_done!(self.run_defer(g));
                        continue;
                    }
                    let (a, n) = (a as usize, b as usize);
                    if n == 1 {
                        r!(0) = r!(a);
                    } else if a != 0 {
                        g.stack.copy_within(base + a..base + a + n, base);
                    }
                    // Fast path: an ordinary frame returns to its caller (none of its
                    // defers remain: they ran above, and frame invariant 3 puts any
                    // other defer below it).
                    let depth = g.frames.len();
                    if depth >= 2 && g.defers.last().is_none_or(|d| d.frame < top) {
                        let (fr, caller) = (g.frames[depth - 1], g.frames[depth - 2]);
                        if let (super::frame::FrameKind::Normal, Some(f), Some(cf)) =
                            (fr.kind, prog.func(fr.func), prog.func(caller.func))
                        {
                            g.frames.truncate(depth - 1);
                            g.stack_bytes = g.stack_bytes.saturating_sub(f.frame_bytes());
                            resume!(caller, cf);
                            continue;
                        }
                    }
                    if let Some(e) = self.pop_frame(g) {
                        return e;
                    }
                    reload!();
                }
                _ => slow!(ins),
            }
        }
    }

    /// Go's text for a goroutine that died of a panic: values with an `Error()` (else a
    /// `String()`) method are printed through it, run on a fresh goroutine (the program is
    /// ending, so nothing else runs), as Go's `printpanicval` does.
    pub fn render_panic(&self, report: &PanicReport) -> String {
        let prog = &*self.prog;
        let method = |name: &str| prog.method_names.iter().position(|m| m == name);
        let (error, string) = (method("Error"), method("String"));
        report.render_with(&prog.types, &mut |p| {
            let GoPanic::Value { tid, data } = *p else {
                return None;
            };
            let t = prog.types.get(tid)?;
            let fid = [error, string]
                .into_iter()
                .flatten()
                .find_map(|m| prog.types.method(tid, m as u32))?;
            let bx = prog.types.box_of(tid, data)?;
            let recv = if t.direct {
                bx.get(0).unwrap_or(0)
            } else {
                data
            };
            let mut g = Goroutine::new(u64::MAX, prog, fid, &[recv]);
            loop {
                match self.run(&mut g) {
                    Exit::Yield => continue,
                    Exit::Done => break,
                    _ => return None,
                }
            }
            let r = g.results(2);
            let text = super::value::str_bytes(r[0], r.get(1).copied().unwrap_or(0));
            Some(String::from_utf8_lossy(text).into_owned())
        })
    }

    /// Starts a panic in `g` and unwinds to the next deferred call; `Some` if the
    /// goroutine died.
    pub(crate) fn raise(&self, g: &mut Goroutine, p: GoPanic) -> Option<Exit> {
        super::unwind::raise(self, g, p)
    }
}

/// The slot of element `i` of a slice `[arr, off, lc]` of one-word elements, if the index
/// is in range and the array is a word object holding it (value invariant 2).
#[inline(always)]
fn fast_word<'a>(arr: u64, off: u64, i: u64, lc: u64) -> Option<&'a AtomicU64> {
    if i >= lc >> 32 {
        return None;
    }
    // SAFETY: value invariant 1: `arr` is a slice's array word (0 or a live object), and
    // the object outlives this instruction (collections happen only at safepoints).
    let o = unsafe { ObjRef::from_word(arr) }?;
    let words: &'a [AtomicU64] = unsafe_words(o);
    words.get(off.checked_add(i)? as usize)
}

/// The two slots of element `i` of a slice `[arr, off, lc]` of two-word elements (a
/// string, an interface), as `fast_word`.
#[inline(always)]
fn fast_pair<'a>(arr: u64, off: u64, i: u64, lc: u64) -> Option<(&'a AtomicU64, &'a AtomicU64)> {
    if i >= lc >> 32 {
        return None;
    }
    // SAFETY: as in `fast_word`.
    let o = unsafe { ObjRef::from_word(arr) }?;
    let words: &'a [AtomicU64] = unsafe_words(o);
    let k = off.checked_add(i.checked_mul(2)?)? as usize;
    Some((words.get(k)?, words.get(k.checked_add(1)?)?))
}

/// The slot of field `c` of the object a direct pointer word points to.
#[inline(always)]
fn fast_field<'a>(p: u64, c: u16) -> Option<&'a AtomicU64> {
    if p & super::value::PTR_INDIRECT != 0 {
        return None;
    }
    // SAFETY: value invariant 1: `p` is a pointer word (0 or into a live object).
    let o = unsafe { ObjRef::from_word(p) }?;
    let words: &'a [AtomicU64] = unsafe_words(o);
    words.get(super::value::ptr_off(p) as usize + c as usize)
}

#[inline(always)]
fn unsafe_words<'a>(o: ObjRef) -> &'a [AtomicU64] {
    let w = o.words();
    // SAFETY: the slots belong to a live heap object that cannot be freed before the next
    // safepoint (heap invariant 4); the reference is used within one instruction.
    unsafe { std::slice::from_raw_parts(w.as_ptr(), w.len()) }
}
