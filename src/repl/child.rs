//! The REPL's evaluator process (`minigo repl-child`, started only by the REPL): runs a
//! session's inputs as one snippet program and keeps it running after the newest input
//! is done, so goroutines go on between inputs.
//!
//! Protocol (stdin, from `repl::eval`): the number of inputs, then each as `NAME\n`,
//! `LEN\n` and LEN bytes of text; then command lines (`goroutines`). On stdout: the
//! program's output, `shape::START` before the newest input's statements, `shape::DONE`
//! after them, and for `goroutines` a report between `GOROUTINES` and `END` lines.
//!
//! # Invariants
//! 1. The scheduler never declares a deadlock here: an external waker is registered
//!    (`Sched::netpoll_add`) for the process's whole life, because goroutines blocked
//!    while the prompt waits are not a deadlock (the REPL's next input may wake them).
//! 2. Program output is flushed every few milliseconds, so it reaches the terminal while
//!    the prompt waits (the natives buffer stdout until exit otherwise).

use super::shape::Shape;
use crate::runtime::sched::{Config, Sched};
use crate::source::{SourceMap, Span};
use crate::syntax::IdGen;
use crate::vm::glue::VmG;
use std::io::{BufRead, Write};
use std::sync::Arc;

/// Marks the start of a `goroutines` report on stdout.
pub const GOROUTINES: &str = "\u{1}minigo:goroutines\u{1}\n";
/// Ends a report.
pub const END: &str = "\u{1}minigo:end\u{1}\n";

fn read_inputs(r: &mut impl BufRead) -> Option<Vec<(String, String)>> {
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let n: usize = line.trim().parse().ok()?;
    let mut out = Vec::new();
    for _ in 0..n {
        let mut name = String::new();
        r.read_line(&mut name).ok()?;
        let mut len = String::new();
        r.read_line(&mut len).ok()?;
        let len: usize = len.trim().parse().ok()?;
        let mut buf = vec![0u8; len];
        r.read_exact(&mut buf).ok()?;
        out.push((
            name.trim_end_matches('\n').to_string(),
            String::from_utf8_lossy(&buf).into_owned(),
        ));
    }
    Some(out)
}

/// Parses and builds `inputs` as one snippet; the newest input is the last.
pub fn build_session(
    inputs: &[(String, String)],
    shape_for_last: bool,
) -> (SourceMap, IdGen, super::snippet::Built) {
    let mut sm = SourceMap::new();
    let ids = IdGen::new();
    let mut items = Vec::new();
    let mut from = 0;
    let mut diags = Vec::new();
    let mut at = Span::default();
    for (i, (name, text)) in inputs.iter().enumerate() {
        let f = sm.add(name.clone(), text.clone());
        if i == 0 {
            at = Span::new(f.base, f.base);
        }
        if i + 1 == inputs.len() {
            from = items.len();
        }
        let p = crate::syntax::parse_repl(&f, &ids);
        diags.extend(p.diags);
        items.extend(p.items);
    }
    if inputs.is_empty() {
        let f = sm.add("<input>", "");
        at = Span::new(f.base, f.base);
        from = 0;
    }
    let shape = Shape {
        show: true,
        input_from: shape_for_last.then_some(from),
    };
    if diags.iter().any(|d| d.message.starts_with("syntax error")) {
        let built = super::snippet::Built {
            file: None,
            info: None,
            diags,
            auto_imports: vec![],
            vars: vec![],
            shown: None,
        };
        return (sm, ids, built);
    }
    let mut built = super::snippet::build(&mut sm, &ids, items, at, &shape);
    diags.extend(built.diags);
    built.diags = diags;
    (sm, ids, built)
}

/// `minigo repl-child`: returns the exit status.
pub fn child_main() -> i32 {
    use crate::stdlib::native;
    // The lock is released at once: the command thread reads the rest.
    let inputs = read_inputs(&mut std::io::stdin().lock());
    let Some(inputs) = inputs else {
        eprintln!("minigo: repl-child: bad input");
        return 2;
    };
    let (sm, _ids, built) = build_session(&inputs, true);
    let (Some(file), Some(info)) = (built.file, built.info) else {
        let text = crate::diag::render_plain(&sm, &built.diags, false);
        eprint!("{text}");
        return 1;
    };
    let heap = Arc::new(crate::runtime::heap::Heap::new());
    let prog = match crate::compile::compile_program(&sm, &[file], &info, heap) {
        Ok(p) => p,
        Err(ds) => {
            eprint!("{}", crate::diag::render_plain(&sm, &ds, false));
            return 1;
        }
    };
    crate::stdlib::native::sys::set_args(vec!["minigo".into()]);
    let sched = Sched::new(Config::from_env());
    sched.netpoll_add();
    // Invariant 2: a flusher.
    std::thread::spawn(|| loop {
        std::thread::sleep(std::time::Duration::from_millis(15));
        native::flush();
    });
    // Commands.
    {
        let sched = sched.clone();
        let prog = prog.clone();
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            for line in stdin.lock().lines() {
                let Ok(line) = line else { break };
                if line.trim() == "goroutines" {
                    let report = goroutines_report(&sched, &prog);
                    native::flush();
                    let mut out = std::io::stdout().lock();
                    let _ = write!(out, "{GOROUTINES}{report}{END}");
                    let _ = out.flush();
                }
            }
        });
    }
    crate::vm::gort::run_main_on(&sched, prog, &|_| {
        "fatal error: all goroutines are asleep - deadlock!\n".to_string()
    })
}

/// One line per goroutine but the session's own main (goroutine 1, which waits for the
/// next input): `goroutine 5 [chan receive]: <input 3>:1`, the place being the innermost
/// frame in the user's code (not the standard library's or the REPL's).
fn goroutines_report(sched: &Sched, prog: &Arc<crate::vm::Program>) -> String {
    let infos = sched.goroutines();
    let mut places = std::collections::HashMap::new();
    {
        let stw = sched.stop_the_world(None);
        stw.for_each_g(|g, stack| {
            let Some(st) = stack else { return };
            let Some(vg) = st.as_any().downcast_mut::<VmG>() else {
                return;
            };
            places.insert(g.id, user_place(prog, &vg.g));
        });
    }
    let mut out = String::new();
    for gi in infos.iter().filter(|g| g.id != 1) {
        let state = match gi.status {
            crate::runtime::park::Status::Waiting => gi.reason.as_str().to_string(),
            crate::runtime::park::Status::Runnable => "runnable".into(),
            _ => "running".into(),
        };
        let at = places.get(&gi.id).cloned().flatten().unwrap_or_default();
        out.push_str(&format!("goroutine {} [{state}]: {at}\n", gi.id).replace(" : \n", ":\n"));
    }
    out
}

/// The innermost frame of `g` whose position is in the user's text: `name:line`.
fn user_place(prog: &crate::vm::Program, g: &crate::vm::frame::Goroutine) -> Option<String> {
    let sm = prog.sources.as_ref()?;
    for fr in g.frames.iter().rev() {
        let Some(f) = prog.func(fr.func) else {
            continue;
        };
        let pc = (fr.pc as usize).min(f.pos.len().saturating_sub(1));
        let Some(&pos) = f.pos.get(pc) else { continue };
        let Some(p) = sm.position(pos) else { continue };
        if p.file.starts_with("<repl>") || p.file.starts_with("<snippet") || is_std(&p.file) {
            continue;
        }
        return Some(format!("{}:{} in {}", p.file, p.line, f.name));
    }
    None
}

fn is_std(file: &str) -> bool {
    // The checker names embedded standard-library files `$GOROOT/src/PATH/FILE`.
    file.starts_with("$GOROOT")
}
