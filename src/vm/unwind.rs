//! Panicking and recovering (Go's `gopanic`, `gorecover`, `recovery`): a panic runs the
//! pending deferred calls frame by frame, innermost first; a deferred call that calls
//! `recover` directly stops the panic, and the frame that deferred it resumes at its
//! function's `recover_pc` (which runs its remaining defers and returns normally).
//!
//! # Invariants
//! 1. `g.panics` is the chain of active panics, oldest first. A deferred call run by panic
//!    `i` has frame kind `PanicDeferred(i)`; only such a frame can recover, and only the
//!    newest panic.
//! 2. When a newer panic unwinds the frame of a deferred call run by an older panic, the
//!    older one is `aborted`; recovering the newer panic drops it too.
//! 3. Fatal errors and stack overflow never unwind or run defers (Go's `throw`).
//! 4. `runtime.Goexit` is a record of the chain too (`GoPanic::Goexit`, as Go's `_panic`
//!    with `goexit` set): its deferred calls run as `PanicDeferred`, `recover` returns nil
//!    in them and never stops it, and when it has unwound every frame the goroutine ends
//!    with `Exit::Goexit`. A panic recovered while a Goexit is pending does not jump past
//!    it: the Goexit carries on (Go's `recovery`).

use super::frame::{FrameKind, Goroutine};
use super::interp::{Exit, Vm};
use super::panic::{GoPanic, PanicRec, PanicReport};
use super::program::Program;

/// Starts panic `p` in `g`; `Some` when the goroutine dies of it.
pub(crate) fn raise(vm: &Vm, g: &mut Goroutine, p: GoPanic) -> Option<Exit> {
    match &p {
        GoPanic::Fatal(msg) => {
            return Some(Exit::Fatal(format!(
                "fatal error: {msg}\n{}",
                stack_text(vm, g)
            )))
        }
        GoPanic::StackOverflow { limit } => {
            return Some(Exit::Fatal(format!(
            "runtime: goroutine stack exceeds {limit}-byte limit\nfatal error: stack overflow\n{}",
            stack_text(vm, g)
        )))
        }
        _ => {}
    }
    g.panic_stack = g
        .frames
        .iter()
        .rev()
        .take(100)
        .map(|f| (f.func, f.pc, f.kind))
        .collect();
    let repanicked = g
        .panics
        .last()
        .is_some_and(|l| l.recovered && l.panic == p && matches!(p, GoPanic::Value { .. }));
    g.panics.push(PanicRec {
        panic: p,
        recovered: false,
        aborted: false,
        repanicked,
    });
    unwind(vm, g)
}

/// Runs the next deferred call for the newest panic, popping frames that have none; `Some`
/// when no frame is left.
pub(crate) fn unwind(vm: &Vm, g: &mut Goroutine) -> Option<Exit> {
    loop {
        let top = g.frames.len().checked_sub(1)?;
        if g.defers.last().is_some_and(|d| d.frame as usize == top) {
            let idx = g.panics.len().saturating_sub(1) as u32;
            match vm.start_defer(g, FrameKind::PanicDeferred(idx)) {
                Ok(()) => return None,
                Err(p) => return raise(vm, g, p),
            }
        }
        let fr = g.frames.pop()?;
        if let Some(f) = vm.prog.func(fr.func) {
            g.stack_bytes = g.stack_bytes.saturating_sub(f.frame_bytes());
        }
        if let FrameKind::PanicDeferred(i) = fr.kind {
            if let Some(p) = g.panics.get_mut(i as usize) {
                p.aborted = true;
            }
        }
        if g.frames.is_empty() {
            return Some(death(vm, g));
        }
    }
}

/// Called when a deferred call run by panic `i` returns: recovers or keeps unwinding.
pub(crate) fn after_panic_defer(vm: &Vm, g: &mut Goroutine, i: usize) -> Option<Exit> {
    let recovered = i + 1 == g.panics.len() && g.panics[i].recovered;
    if !recovered {
        return unwind(vm, g);
    }
    g.panics.truncate(i);
    // Invariant 4: a Goexit this panic interrupted resumes instead of the frame.
    let goexit = g
        .panics
        .iter()
        .rposition(|p| p.aborted && p.panic == GoPanic::Goexit);
    if let Some(k) = goexit {
        if let Some(p) = g.panics.get_mut(k) {
            p.aborted = false;
        }
        g.panics.retain(|p| !p.aborted);
        return unwind(vm, g);
    }
    g.panics.retain(|p| !p.aborted);
    let top = g.frames.last_mut()?;
    let rp = vm.prog.func(top.func).and_then(|f| f.recover_pc);
    match rp {
        Some(rp) => {
            top.pc = rp;
            None
        }
        None => Some(Exit::Fatal(
            "minigo: internal error: recovered in a function without recover_pc\n".into(),
        )),
    }
}

/// `recover()` in the running frame: the newest panic's value if this frame is a deferred
/// call run by it and it is not yet recovered; else nil. Marks it recovered.
pub(crate) fn recover(vm: &Vm, g: &mut Goroutine) -> [u64; 2] {
    let Some(fr) = g.frames.last() else {
        return [0, 0];
    };
    let FrameKind::PanicDeferred(i) = fr.kind else {
        return [0, 0];
    };
    let i = i as usize;
    if i + 1 != g.panics.len() || g.panics[i].recovered || g.panics[i].aborted {
        return [0, 0];
    }
    if g.panics[i].panic == GoPanic::Goexit {
        return [0, 0];
    }
    g.panics[i].recovered = true;
    match &g.panics[i].panic {
        GoPanic::Value { tid, data } => [*tid, *data],
        GoPanic::Runtime { msg, .. } => {
            // Recovered run-time errors are `runtime.Error` values; the record keeps the
            // same value so that `panic(recover())` is recognised as a re-panic.
            let s = super::strings::new_string(&vm.heap, msg.as_bytes());
            let tid = super::builder::RUNTIME_ERROR_TID;
            let t = &vm.prog.types.types[tid as usize];
            let b = vm.heap.alloc_words(t.layout, 2);
            b.set(0, s[0]);
            b.set(1, s[1]);
            let v = GoPanic::Value {
                tid: tid as u64,
                data: b.word(),
            };
            g.panics[i].panic = v;
            [tid as u64, b.word()]
        }
        GoPanic::Fatal(_) | GoPanic::StackOverflow { .. } | GoPanic::Goexit => [0, 0],
    }
}

fn death(vm: &Vm, g: &mut Goroutine) -> Exit {
    if g.panics.last().is_some_and(|p| p.panic == GoPanic::Goexit) {
        g.panics.clear();
        return Exit::Goexit;
    }
    let stack = trace_lines(&vm.prog, g.panic_stack.iter().copied());
    Exit::Panic(PanicReport {
        chain: std::mem::take(&mut g.panics),
        stack,
        goroutine: g.id,
        created_by: created_by_line(vm, g),
    })
}

/// Frames Go's tracebacks leave out: the runtime's entry function that calls `main.main`
/// (Go shows runtime frames only with `GOTRACEBACK=system`).
pub(crate) fn hidden_frame(name: &str) -> bool {
    name == "runtime.main"
}

/// Go's traceback entries, innermost first, for frames `(func, pc, kind)`: `main.f(...)`
/// (`main.f()` for a function without parameters) and `/abs/file.go:12`; a deferred call
/// that a panic runs is followed by the runtime's `panic(...)` frame, as in Go; the entry
/// function `runtime.main` is hidden, as Go hides runtime frames.
/// Also `runtime.Stack`'s (`stdlib::native::callers`), so both read alike.
pub(crate) fn trace_lines(
    prog: &Program,
    frames: impl Iterator<Item = (u32, u32, FrameKind)>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (fid, pc, kind) in frames {
        if prog.func(fid).is_some_and(|f| hidden_frame(&f.name)) {
            continue;
        }
        let (name, at) = frame_line(prog, fid, pc);
        let at = absolute_at(&at);
        let nparams = prog.func(fid).map_or(0, |f| f.nparams);
        let args = if nparams == 0 { "()" } else { "(...)" };
        out.push((format!("{name}{args}"), at));
        if let FrameKind::PanicDeferred(_) = kind {
            out.push(("panic({...})".into(), "$GOROOT/src/runtime/panic.go".into()));
        }
    }
    out
}

/// Go's `created by main.main in goroutine 1` line of a goroutine started by `go`.
fn created_by_line(vm: &Vm, g: &Goroutine) -> Option<String> {
    let (parent, fid, pc) = g.created_by?;
    let (name, at) = frame_line(&vm.prog, fid, pc);
    let at = absolute_at(&at);
    Some(format!("created by {name} in goroutine {parent}\n\t{at}\n"))
}

/// (function name, "file.go:line") of a frame stopped at `pc` (the next instruction);
/// also `runtime.Caller`'s.
pub(crate) fn frame_line(prog: &Program, fid: u32, pc: u32) -> (String, String) {
    let Some(f) = prog.func(fid) else {
        return ("?".into(), "?".into());
    };
    let pos = f
        .pos
        .get(pc.saturating_sub(1) as usize)
        .copied()
        .unwrap_or(0);
    let at = prog
        .sources
        .as_ref()
        .and_then(|sm| sm.position(pos))
        .map_or_else(|| "?:0".to_string(), |p| format!("{}:{}", p.file, p.line));
    (f.name.clone(), at)
}

fn stack_text(vm: &Vm, g: &Goroutine) -> String {
    let mut out = format!("\ngoroutine {} [running]:\n", g.id);
    let n = g.frames.len();
    let frames = g.frames.iter().rev().enumerate().filter_map(|(k, fr)| {
        // Go prints the innermost and outermost 50 frames of a deep stack.
        (k < 50 || k >= n.saturating_sub(50)).then_some((fr.func, fr.pc, fr.kind))
    });
    for (k, (name, at)) in trace_lines(&vm.prog, frames).into_iter().enumerate() {
        if k == 50 && n > 100 {
            out.push_str(&format!("...{} frames elided...\n", n - 100));
        }
        out.push_str(&format!("{name}\n\t{at}\n"));
    }
    if let Some(c) = created_by_line(vm, g) {
        out.push_str(&c);
    }
    out
}

/// A `file:line` with the file made absolute, as Go's tracebacks print it (the embedded
/// standard library keeps its `$GOROOT/src/...` names).
pub(crate) fn absolute_at(at: &str) -> String {
    if at.starts_with('$') || at.starts_with('?') {
        return at.to_string();
    }
    let (file, line) = at.rsplit_once(':').unwrap_or((at, ""));
    match std::path::absolute(file) {
        Ok(a) => format!("{}:{line}", clean_path(&a)),
        Err(_) => at.to_string(),
    }
}

/// `path` with `.` and `..` components removed lexically (Go's `filepath.Clean`).
fn clean_path(path: &std::path::Path) -> String {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.display().to_string()
}
