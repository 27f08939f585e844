//! Goroutine dumps (Go's `traceback`) for a VM goroutine that is between runs: its frames
//! as the panic trace prints them, the `go` statement that created it, and — beyond Go —
//! what it is blocked on and where: the statement of the innermost frame in the user's
//! code, and for a channel operation the line that made the channel. The deadlock report
//! (`gort::run_program`) prints them.
//!
//! # Invariants
//! 1. Only called on a goroutine that is not running (the scheduler holds its stack
//!    lock), so the frames, registers and pending record are stable.
//! 2. A parked goroutine's top frame stands *on* its blocking `CallNative` (natives park
//!    with `retry`), not after it: its line is that of `pc + 1`'s predecessor, i.e. `pc`.
//! 3. Nothing here trusts a register to hold what it should: a channel word is looked up
//!    only for the channel natives, through `chan_site`, which checks the object's kind.

use super::frame::Goroutine;
use super::interp::Vm;
use super::opcode::Instr;
use super::unwind::frame_line;
use crate::runtime::park::{BlockSite, Traceback, WaitReason};

/// Where creation site `site` (`NativeCtx::site`) is: (function, `file:line`).
pub fn site_line(vm: &Vm, site: u64) -> Option<(String, String)> {
    if site == 0 {
        return None;
    }
    Some(frame_line(&vm.prog, (site >> 32) as u32, site as u32))
}

/// `file:line:col` of creation site `site`.
fn site_pos(vm: &Vm, site: u64) -> Option<String> {
    let f = vm.prog.func((site >> 32) as u32)?;
    let pos = *f.pos.get((site as u32).checked_sub(1)? as usize)?;
    let p = vm.prog.sources.as_ref()?.position(pos)?;
    Some(p.to_string())
}

/// The frame's pc as `frame_line` reads it (invariant 2).
fn frame_pc(vm: &Vm, func: u32, pc: u32, top: bool) -> u32 {
    let on_call = vm
        .prog
        .func(func)
        .and_then(|f| f.code.get(pc as usize))
        .is_some_and(|i| matches!(i, Instr::CallNative { .. }));
    if top && on_call {
        pc + 1
    } else {
        pc
    }
}

/// The dump of `g`, created at `site`, parked for `reason`.
pub fn traceback(vm: &Vm, g: &Goroutine, site: u64, reason: WaitReason) -> Traceback {
    let mut block = None;
    let mut top = true;
    let mut raw = Vec::with_capacity(g.frames.len().min(100));
    for fr in g.frames.iter().rev() {
        let pc = frame_pc(vm, fr.func, fr.pc, top);
        top = false;
        if raw.len() < 100 {
            raw.push((fr.func, pc, fr.kind));
        }
        if block.is_none() {
            block = user_site(vm, fr.func, pc);
        }
    }
    // The same entries as a panic trace (`unwind::trace_lines`).
    let frames = super::unwind::trace_lines(&vm.prog, raw.into_iter());
    let waits_on = waits_on(vm, g, reason, block.as_ref());
    Traceback {
        frames,
        created_by: site_line(vm, site).map(|(name, at)| (name, super::unwind::absolute_at(&at))),
        waits_on,
        site: block,
    }
}

/// The statement at `pc - 1` of `func` if its file is the user's (not `$GOROOT`).
fn user_site(vm: &Vm, func: u32, pc: u32) -> Option<BlockSite> {
    let f = vm.prog.func(func)?;
    let pos = *f.pos.get(pc.checked_sub(1)? as usize)?;
    let sm = vm.prog.sources.as_ref()?;
    let file = sm.file(pos)?;
    if file.name.starts_with("$GOROOT") {
        return None;
    }
    let off = pos.checked_sub(file.base)?;
    let (line, col) = file.line_col(off);
    let rest = file.line_text(line).get(col as usize - 1..)?;
    let text = statement_text(rest);
    Some(BlockSite {
        lo: pos,
        hi: pos + text.len().max(1) as u32,
        at: format!("{}:{line}:{col}", file.name),
        text,
    })
}

/// The statement starting `rest` (the rest of its line): up to a `;`, a comment or a
/// closing bracket it did not open, outside string and rune literals.
fn statement_text(rest: &str) -> String {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut end = rest.len();
    let mut prev = ' ';
    for (i, c) in rest.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' && q != '`' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            prev = c;
            continue;
        }
        match c {
            '"' | '\'' | '`' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    end = i;
                    break;
                }
            }
            ';' if depth == 0 => {
                end = i;
                break;
            }
            '/' if prev == '/' => {
                end = i - 1;
                break;
            }
            _ => {}
        }
        prev = c;
    }
    rest[..end].trim_end().to_string()
}

/// What the goroutine waits on, in words.
fn waits_on(
    vm: &Vm,
    g: &Goroutine,
    reason: WaitReason,
    block: Option<&BlockSite>,
) -> Option<String> {
    let text = block.map_or("", |b| b.text.as_str());
    let made = |w: u64| {
        crate::stdlib::native::chan::chan_site(w)
            .and_then(|s| site_pos(vm, s))
            .map(|p| format!(" (made at {p})"))
            .unwrap_or_default()
    };
    let window = top_native_window(vm, g);
    let first = window.and_then(|(lo, _)| g.stack.get(lo).copied());
    let s = match reason {
        WaitReason::ChanReceive => {
            let name = text
                .split_once("<-")
                .map(|(_, r)| operand(r))
                .unwrap_or_default();
            format!("receive from channel {}{}", named(&name), made(first?))
        }
        WaitReason::ChanSend => {
            let name = text
                .split_once("<-")
                .map(|(l, _)| operand_end(l))
                .unwrap_or_default();
            format!("send on channel {}{}", named(&name), made(first?))
        }
        WaitReason::ChanReceiveNilChan => "receive from a nil channel (for ever)".into(),
        WaitReason::ChanSendNilChan => "send on a nil channel (for ever)".into(),
        WaitReason::SelectNoCases => "select with no cases (for ever)".into(),
        WaitReason::Select => {
            // The selectgo window: [hdr, (ch, desc) per case, ...].
            let (lo, len) = window?;
            let hdr = *g.stack.get(lo)?;
            let ncases = (hdr & 0xffff) as usize;
            let mut sites: Vec<String> = (0..ncases.min(len / 2))
                .filter_map(|k| g.stack.get(lo + 1 + 2 * k).copied())
                .filter_map(crate::stdlib::native::chan::chan_site)
                .filter_map(|s| site_pos(vm, s))
                .collect();
            sites.dedup();
            if sites.is_empty() {
                "select on channels no one else uses".into()
            } else {
                format!("select on channels made at {}", sites.join(", "))
            }
        }
        WaitReason::SyncMutexLock => lock_text("Lock", "lock of sync.Mutex", text),
        WaitReason::SyncRWMutexLock => lock_text("Lock", "lock of sync.RWMutex", text),
        WaitReason::SyncRWMutexRLock => lock_text("RLock", "read lock of sync.RWMutex", text),
        WaitReason::SyncWaitGroupWait => lock_text("Wait", "sync.WaitGroup", text),
        WaitReason::SyncCondWait => lock_text("Wait", "sync.Cond", text),
        WaitReason::Semacquire => "a semaphore".into(),
        WaitReason::Sleep => "sleep".into(),
        WaitReason::IoWait => "I/O".into(),
        WaitReason::Zero | WaitReason::Goexit => return None,
    };
    Some(s)
}

fn lock_text(method: &str, what: &str, text: &str) -> String {
    let recv = text
        .find(&format!(".{method}("))
        .map(|i| operand_end(&text[..i]))
        .unwrap_or_default();
    if recv.is_empty() {
        what.to_string()
    } else {
        format!("{what} {recv}")
    }
}

fn named(name: &str) -> String {
    if name.is_empty() {
        "?".into()
    } else {
        name.to_string()
    }
}

/// The operand expression at the start of `s` (after `<-`): identifiers, dots, indexes.
fn operand(s: &str) -> String {
    let s = s.trim_start();
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '[' | ']')))
        .map_or(s.len(), |(i, _)| i);
    s[..end].to_string()
}

/// The operand expression at the end of `s` (before `<-` or `.Lock(`).
fn operand_end(s: &str) -> String {
    let s = s.trim_end();
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '[' | ']' | '*')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    s[start..].trim_start_matches(['*', '.']).to_string()
}

/// The window (first register index, words) of the top frame's `CallNative` the
/// goroutine is parked on.
fn top_native_window(vm: &Vm, g: &Goroutine) -> Option<(usize, usize)> {
    let fr = g.frames.last()?;
    let f = vm.prog.func(fr.func)?;
    let Instr::CallNative { a, f: nid } = *f.code.get(fr.pc as usize)? else {
        return None;
    };
    let n = vm.prog.natives.get(nid as usize)?;
    if !n.name.starts_with("runtime.") {
        return None;
    }
    Some((fr.base as usize + a as usize, n.window as usize))
}

/// Go's deadlock report for goroutines `gs` (`Outcome::Deadlock`): the fatal error line,
/// then every goroutine as Go dumps it; then, beyond Go, what each one waits on and
/// where — as miette reports with a label on the blocking statement when `fancy` (stderr
/// is a terminal), else as plain lines, so the first line stays Go's either way.
pub fn deadlock_report(
    gs: &[crate::runtime::sched::GInfo],
    main_goexit: bool,
    sources: Option<&crate::source::SourceMap>,
    fancy: bool,
) -> String {
    use std::fmt::Write;
    // Go's `checkdead`: the Goexit text only when no goroutine is left at all.
    let mut out = if main_goexit && gs.is_empty() {
        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string()
    } else {
        "fatal error: all goroutines are asleep - deadlock!\n".to_string()
    };
    for g in gs {
        let _ = write!(out, "\ngoroutine {} [{}]:\n", g.id, g.reason.as_str());
        for (name, at) in &g.trace.frames {
            let _ = write!(out, "{name}\n\t{at}\n");
        }
        if let Some((name, at)) = &g.trace.created_by {
            let _ = write!(out, "created by {name} in goroutine {}\n\t{at}\n", g.parent);
        }
    }
    let blocked: Vec<_> = gs.iter().filter(|g| g.trace.waits_on.is_some()).collect();
    if blocked.is_empty() {
        return out;
    }
    out.push_str("\nminigo: what each goroutine waits on:\n");
    for g in blocked {
        let what = g.trace.waits_on.as_deref().unwrap_or("");
        let site = g.trace.site.as_ref();
        match (site, sources) {
            (Some(s), Some(sm)) if fancy => {
                let d = crate::diag::Diagnostic::error(
                    crate::source::Span::new(s.lo, s.hi),
                    format!("goroutine {} [{}] waits: {what}", g.id, g.reason.as_str()),
                )
                .with_label("blocked here");
                out.push_str(&crate::diag::render_fancy(sm, &[d], false));
            }
            (Some(s), _) => {
                let _ = writeln!(
                    out,
                    "goroutine {} waits at {}: {what}\n\t{}",
                    g.id, s.at, s.text
                );
            }
            (None, _) => {
                let _ = writeln!(out, "goroutine {} waits: {what}", g.id);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_text_stops_at_what_it_did_not_open() {
        assert_eq!(statement_text("nilc <- 1 }()"), "nilc <- 1");
        assert_eq!(statement_text("ch <- f(x) // send"), "ch <- f(x)");
        assert_eq!(statement_text("select {}"), "select {}");
        assert_eq!(statement_text("c <- \")}//\"; x++"), "c <- \")}//\"");
        assert_eq!(statement_text("<-done"), "<-done");
    }

    #[test]
    fn operands_name_the_channel_or_lock() {
        assert_eq!(operand(" s.ch[i])"), "s.ch[i]");
        assert_eq!(operand_end("\tresults "), "results");
        assert_eq!(
            lock_text("Lock", "lock of sync.Mutex", "c.mu.Lock()"),
            "lock of sync.Mutex c.mu"
        );
        assert_eq!(
            lock_text("Wait", "sync.WaitGroup", "wait()"),
            "sync.WaitGroup"
        );
    }
}
