//! `runtime`'s introspection natives: `Version`, `Caller`, the name and line
//! of a pc (`FuncForPC(pc).Name()`, `FileLine`) and `Stack`, read from the calling
//! goroutine's frames (`NativeCtx::frames`) with the panic traceback's own functions
//! (`vm::unwind`), so a pc, a `Caller` line and a traceback line always agree.
//!
//! A pc is `(function id + 1) << 32 | pc` of a frame (never 0; the pc is the frame's
//! next instruction, as a return address is in Go). Where minigo differs from Go:
//! minigo's goroutines have no runtime frames below their entry function (Go shows
//! `runtime.main` and `runtime.goexit`), so `Caller` reports `ok == false` past the
//! goroutine's first frame, and `Callers` (whose pcs Go's programs walk down into
//! those runtime frames) is not implemented; `Stack` prints no `+0x...` pc offsets
//! (the panic traceback does not either).
//!
//! Invariant: every lookup of a function id or pc that came from the program is checked
//! (`Program::func`, `get`); a made-up pc gives an empty name, never a Rust panic.

use super::new_str;
use crate::vm::frame::FrameKind;
use crate::vm::opcode::Instr;
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn, Program};
use crate::vm::unwind::{absolute_at, frame_line, trace_lines};

/// The Go version minigo implements. Real Go reports its toolchain's release
/// (`go1.27.3`); minigo is no release of Go's toolchain but implements the Go 1.27
/// language and library semantics (its expected outputs come from Go 1.27), so it
/// reports the language version, as `go.mod`'s `go 1.27` names it: `strings` and
/// `go/version` comparisons of it behave as for any Go 1.27.x.
pub const GO_VERSION: &str = "go1.27";

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "runtime.Version" => (2, version),
        "runtime.Caller" => (5, caller),
        "runtime.funcName" => (2, func_name),
        "runtime.funcFileLine" => (3, func_file_line),
        "runtime.stack" => (3, stack),
        "runtime.stackAll" => (3, stack_all),
        _ => return None,
    };
    Some(r)
}

fn version(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let s = new_str(ctx, GO_VERSION.as_bytes());
    w[..2].copy_from_slice(&s);
    Ok(())
}

/// The calling goroutine's frames below the `runtime` functions being called (the
/// native's own Go frame, and `Stack`'s), innermost first, as (function, pc, kind).
/// The pc is the frame's next instruction, except for a frame whose deferred calls are
/// running at its return: it stands on its `Ret` or `RunDefers`, and reports that
/// instruction's own line (Go: the function's closing brace or `return`).
fn user_frames(ctx: &NativeCtx) -> Vec<(u32, u32, FrameKind)> {
    let mut out = Vec::new();
    let mut callee_deferred = false;
    for fr in ctx.frames.iter().rev() {
        let deferring = callee_deferred;
        callee_deferred = fr.kind == FrameKind::Deferred;
        let Some(f) = ctx.prog.func(fr.func) else {
            continue;
        };
        if out.is_empty() && f.name.starts_with("runtime.") {
            continue;
        }
        let on_exit = f
            .code
            .get(fr.pc as usize)
            .is_some_and(|i| matches!(i, Instr::Ret { .. } | Instr::RunDefers));
        let pc = if deferring && on_exit {
            fr.pc + 1
        } else {
            fr.pc
        };
        out.push((fr.func, pc, fr.kind));
    }
    out
}

/// The pcs `Caller` sees, innermost first: the hidden entry function (`runtime.main`)
/// left out, as in panic tracebacks.
fn visible(ctx: &NativeCtx) -> Vec<u64> {
    let mut out = Vec::new();
    for (func, pc, kind) in user_frames(ctx) {
        let hidden = ctx
            .prog
            .func(func)
            .is_none_or(|f| crate::vm::unwind::hidden_frame(&f.name));
        if hidden {
            continue;
        }
        out.push((u64::from(func) + 1) << 32 | u64::from(pc));
        // A deferred call that a panic runs is called by the runtime's panic (Go's
        // `runtime.gopanic` frame, which minigo does not have): its pc is 0, so
        // `Caller` reports `ok == false` for it and the frames above keep Go's skips.
        if let FrameKind::PanicDeferred(_) = kind {
            out.push(0);
        }
    }
    out
}

/// (function id, pc) of a pc word.
fn split(pc: u64) -> Option<(u32, u32)> {
    let f = (pc >> 32).checked_sub(1)?;
    Some((f as u32, pc as u32))
}

/// (name, absolute file, line) of a pc word.
fn describe(prog: &Program, pc: u64) -> Option<(String, String, i64)> {
    let (f, p) = split(pc)?;
    prog.func(f)?;
    let (name, at) = frame_line(prog, f, p);
    let at = absolute_at(&at);
    let (file, line) = at.rsplit_once(':')?;
    Some((name, file.to_string(), line.parse().unwrap_or(0)))
}

/// `Caller(skip int) (pc uintptr, file string, line int, ok bool)`.
fn caller(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let skip = w[0] as i64;
    let pcs = visible(ctx);
    let found = usize::try_from(skip)
        .ok()
        .and_then(|k| pcs.get(k).copied())
        .and_then(|pc| Some((pc, describe(ctx.prog, pc)?)));
    let Some((pc, (_, file, line))) = found else {
        w[..5].fill(0);
        return Ok(());
    };
    let s = new_str(ctx, file.as_bytes());
    w[0] = pc;
    w[1] = s[0];
    w[2] = s[1];
    w[3] = line as u64;
    w[4] = 1;
    Ok(())
}

/// `funcName(pc uintptr) string`.
fn func_name(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let name = describe(ctx.prog, w[0]).map(|d| d.0).unwrap_or_default();
    let s = new_str(ctx, name.as_bytes());
    w[..2].copy_from_slice(&s);
    Ok(())
}

/// `funcFileLine(pc uintptr) (file string, line int)`.
fn func_file_line(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (file, line) = describe(ctx.prog, w[0]).map_or((String::new(), 0), |d| (d.1, d.2));
    let s = new_str(ctx, file.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    w[2] = line as u64;
    Ok(())
}

/// The calling goroutine's traceback as `runtime.Stack` prints it.
fn own_stack(ctx: &NativeCtx) -> String {
    let frames = user_frames(ctx).into_iter();
    let mut out = format!("goroutine {} [running]:\n", ctx.goroutine);
    for (name, at) in trace_lines(ctx.prog, frames) {
        out.push_str(&format!("{name}\n\t{at}\n"));
    }
    if let Some((parent, f, pc)) = ctx.created_by {
        let (name, at) = frame_line(ctx.prog, f, pc);
        let at = absolute_at(&at);
        out.push_str(&format!(
            "created by {name} in goroutine {parent}\n\t{at}\n"
        ));
    }
    out
}

/// `stack(buf []byte) int`: `Stack(buf, false)` (called by `runtime.Stack`); as much
/// of the text as fits.
fn stack(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let dst = [w[0], w[1], w[2]];
    let text = own_stack(ctx);
    let bytes: Vec<u64> = text.bytes().map(u64::from).collect();
    let n = crate::vm::slice::copy_into(dst, &bytes, bytes.len(), 1);
    w[0] = n as u64;
    Ok(())
}

/// `stackAll(buf []byte) int`: `Stack(buf, true)`: the calling goroutine's trace, then
/// every other live goroutine's as Go's dump prints them (`goroutine 5 [chan
/// receive]:`, frames, `created by`), read with the world stopped, as Go does.
fn stack_all(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use crate::runtime::park::Status;
    use std::fmt::Write;
    let dst = [w[0], w[1], w[2]];
    let mut text = own_stack(ctx);
    if let Some(s) = ctx.sched {
        let me = ctx.goroutine;
        let sched = s.sched();
        let stw = sched.stop_the_world(Some(s));
        stw.for_each_g(|g, stack| {
            let state = match g.status() {
                _ if g.id == me => return,
                Status::Dead => return,
                Status::Waiting => g.wait_reason().as_str().to_string(),
                Status::Runnable => "runnable".into(),
                Status::Running | Status::RunningReady => "running".into(),
            };
            let _ = write!(text, "\ngoroutine {} [{state}]:\n", g.id);
            // A stack another worker holds (none should, the world being stopped)
            // prints no frames, as Go prints a goroutine it cannot walk.
            let Some(st) = stack else { return };
            let tb = st.traceback(g.site, g.wait_reason());
            for (name, at) in &tb.frames {
                let _ = write!(text, "{name}\n\t{at}\n");
            }
            if let Some((name, at)) = &tb.created_by {
                let _ = write!(
                    text,
                    "created by {name} in goroutine {}\n\t{at}\n",
                    g.parent
                );
            }
        });
    }
    let bytes: Vec<u64> = text.bytes().map(u64::from).collect();
    w[0] = crate::vm::slice::copy_into(dst, &bytes, bytes.len(), 1) as u64;
    Ok(())
}
