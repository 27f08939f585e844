//! Natives of `testing` (capturing an example's standard output,
//! `output::start_example_capture`) and the call-stack queries of `runtime` that
//! `testing` needs for `file:line` in its log: `runtime.Caller`,
//! `funcName`, `funcFileLine`.
//!
//! A `pc` (a `uintptr`) is a frame's function id << 32 | its resume pc (the
//! instruction after its call), as `NativeCtx::site` encodes it; its line is that
//! of the call, `pc - 1` (`vm::unwind::frame_line`'s rule).

use super::{new_str, start_example_capture, stop_example_capture};
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn, Program};

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "testing.startCapture" => (1, |_, _| {
            start_example_capture();
            Ok(())
        }),
        "testing.stopCapture" => (2, |ctx, w| {
            let s = new_str(ctx, &stop_example_capture());
            w[0] = s[0];
            w[1] = s[1];
            Ok(())
        }),
        "runtime.Caller" => (5, caller),
        "runtime.funcName" => (2, func_name),
        "runtime.funcFileLine" => (3, func_file_line),
        _ => return None,
    };
    Some(r)
}

/// The pc of the frame `skip` levels above the native's caller (0: the caller).
fn frame_pc(ctx: &NativeCtx, skip: i64) -> Option<u64> {
    let skip = usize::try_from(skip).ok()?;
    let n = ctx.frames.len();
    let fr = ctx.frames.get(n.checked_sub(1 + skip)?)?;
    Some((fr.func as u64) << 32 | fr.pc as u64)
}

/// The file and line of `pc`.
fn file_line(prog: &Program, pc: u64) -> Option<(String, i64)> {
    let f = prog.func((pc >> 32) as u32)?;
    let at = (pc as u32).saturating_sub(1) as usize;
    let pos = *f.pos.get(at)?;
    let p = prog.sources.as_ref()?.position(pos)?;
    Some((p.file.to_string(), p.line as i64))
}

/// `Caller(skip int) (pc uintptr, file string, line int, ok bool)`.
fn caller(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let skip = w[0] as i64;
    let found = frame_pc(ctx, skip).and_then(|pc| Some((pc, file_line(ctx.prog, pc)?)));
    match found {
        Some((pc, (file, line))) => {
            let s = new_str(ctx, file.as_bytes());
            w[0] = pc;
            w[1] = s[0];
            w[2] = s[1];
            w[3] = line as u64;
            w[4] = 1;
        }
        None => w[..5].fill(0),
    }
    Ok(())
}

/// `funcName(pc uintptr) string`.
fn func_name(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let name = ctx
        .prog
        .func((w[0] >> 32) as u32)
        .map(|f| f.name.clone())
        .unwrap_or_default();
    let s = new_str(ctx, name.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

/// `funcFileLine(pc uintptr) (file string, line int)`.
fn func_file_line(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let (file, line) = file_line(ctx.prog, w[0]).unwrap_or_else(|| ("?".into(), 0));
    let s = new_str(ctx, file.as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    w[2] = line as u64;
    Ok(())
}
