//! The REPL's evaluator process (`minigo repl-child`, started only by the REPL): one
//! live program per session (issue #5, item 2). Each input is checked with the inputs
//! before it, compiled into a program that extends the running one
//! (`compile::live`: same heap, globals, type ids, and every earlier function kept), and
//! its statements run as a new goroutine ("the input") on the session's scheduler, while
//! the goroutines earlier inputs started go on running.
//!
//! Protocol (stdin, from `repl::eval`): the number of history inputs, then each as
//! `NAME\n`, `LEN\n` and LEN bytes; they run in order, each to its end, with their
//! output hidden (a restart after the program ended). Then `shape::START`, and command
//! lines: `input` followed by an input as above (answered by `shape::DONE` when its
//! goroutine returns or panics), `interrupt` (abandons the running input: answered by
//! `INTERRUPTED`), `goroutines` (a report between `GOROUTINES` and `END`).
//!
//! # Invariants
//! 1. The scheduler never declares a deadlock here: an external waker is registered
//!    (`Sched::netpoll_add`) for the process's whole life, and goroutine 1 is the
//!    session's (`SessionG`), parked forever: goroutines blocked while the prompt waits
//!    are not a deadlock (the next input may wake them).
//! 2. Program output is flushed every few milliseconds, so it reaches the terminal while
//!    the prompt waits (the natives buffer stdout until exit otherwise).
//! 3. A program is compiled and published with the world stopped: the compiler allocates
//!    string constants on the shared heap from this (non-goroutine) thread, and the
//!    collector must see them, through the latest program (the extra roots), once it
//!    runs.
//! 4. The session's globals object and the latest program's strings are GC roots
//!    (`vm::glue::set_extra_roots`); every goroutine's frames are scanned with its own
//!    program, whose functions are a prefix of the latest's (`compile::live`).
//! 5. The child's list of inputs is the REPL's: an input is kept unless it is abandoned
//!    (Ctrl-C) or fails to build, exactly as the REPL keeps it.

use super::shape::Shape;
use crate::compile::live::{compile_live, Link};
use crate::runtime::park::{Goroutine as SchedG, RunResult, Traceback, WaitReason};
use crate::runtime::sched::{Config, Ctx, Sched};
use crate::source::{SourceMap, Span};
use crate::syntax::IdGen;
use crate::vm::glue::{OsExit, VmG};
use crate::vm::Program;
use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{mpsc, Arc, Mutex};

/// Marks the start of a `goroutines` report on stdout.
pub const GOROUTINES: &str = "\u{1}minigo:goroutines\u{1}\n";
/// Ends a report.
pub const END: &str = "\u{1}minigo:end\u{1}\n";
/// Answers `interrupt`: the running input was abandoned.
pub const INTERRUPTED: &str = "\u{1}minigo:interrupted\u{1}\n";

fn read_input(r: &mut impl BufRead) -> Option<(String, String)> {
    let mut name = String::new();
    r.read_line(&mut name).ok()?;
    let mut len = String::new();
    r.read_line(&mut len).ok()?;
    let len: usize = len.trim().parse().ok()?;
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf).ok()?;
    Some((
        name.trim_end_matches('\n').to_string(),
        String::from_utf8_lossy(&buf).into_owned(),
    ))
}

fn read_inputs(r: &mut impl BufRead) -> Option<Vec<(String, String)>> {
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let n: usize = line.trim().parse().ok()?;
    (0..n).map(|_| read_input(r)).collect()
}

/// Parses and builds `inputs` as one snippet; the newest input is the last.
/// `live`: `main` holds only the newest input's statements (`Shape::live`).
pub fn build_session(
    inputs: &[(String, String)],
    shape_for_last: bool,
    live: bool,
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
        live,
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
    let mut built = super::snippet::build(&mut sm, &ids, items, at, &shape, None);
    diags.extend(built.diags);
    built.diags = diags;
    (sm, ids, built)
}

/// The session's goroutine 1: parked forever (invariant 1). Its first run tells
/// `child_main` that the scheduler is up.
struct SessionG(Option<mpsc::Sender<()>>);

impl SchedG for SessionG {
    fn run(&mut self, _ctx: &mut Ctx<'_>, _budget: u32) -> RunResult {
        if let Some(tx) = self.0.take() {
            let _ = tx.send(());
        }
        RunResult::Park(WaitReason::SelectNoCases)
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// How an input's goroutine ends, seen by the command thread.
struct InputState {
    /// Set once, by whichever comes first: the goroutine's end or its abandonment.
    over: AtomicBool,
    /// Abandoned (Ctrl-C): the goroutine exits when it next runs.
    kill: AtomicBool,
    /// Told when the goroutine ends (history replay waits on it).
    done: Mutex<Option<mpsc::Sender<()>>>,
    /// Print `DONE` when it ends (not for the hidden history).
    report: bool,
}

impl InputState {
    /// The goroutine ended: flush its output, then say so.
    fn finish(&self) {
        if self.over.swap(true, SeqCst) {
            return;
        }
        crate::stdlib::native::flush();
        if self.report {
            // On stderr too, behind what the input wrote there (its panic report): the
            // REPL prints its prompt only once both streams are through (`repl::eval`).
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(super::shape::DONE.as_bytes());
            let _ = err.flush();
            drop(err);
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(super::shape::DONE.as_bytes());
            let _ = out.flush();
        }
        if let Some(tx) = self.done.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = tx.send(());
        }
    }
}

/// An input's goroutine: its program's entry (the new packages' initialization, then
/// the input's statements). A panic ends the input, not the session: it is reported as
/// Go reports it and the goroutine exits (`os.Exit` and fatal errors still end the
/// program, as in Go).
struct InputG {
    g: VmG,
    state: Arc<InputState>,
}

impl SchedG for InputG {
    fn run(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult {
        if self.state.kill.load(SeqCst) {
            return RunResult::Exit { goexit: true };
        }
        match self.g.run(ctx, budget) {
            r @ RunResult::Exit { .. } => {
                self.state.finish();
                r
            }
            RunResult::Panic(p) if !p.is::<OsExit>() => {
                let text = p
                    .downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| "panic: (unprintable)\n".into());
                crate::stdlib::native::flush();
                if !self.state.kill.load(SeqCst) {
                    crate::stdlib::native::write_stderr(text.as_bytes());
                }
                self.state.finish();
                RunResult::Exit { goexit: false }
            }
            r => r,
        }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self.g.as_any()
    }

    fn traceback(&mut self, site: u64, reason: WaitReason) -> Traceback {
        self.g.traceback(site, reason)
    }
}

/// The live session: its inputs, link and the scheduler it runs on.
struct Live {
    sched: Sched,
    inputs: Vec<(String, String)>,
    link: Link,
    /// The latest program (a GC root, invariant 4), shared with the collector.
    latest: Arc<Mutex<Option<Arc<Program>>>>,
    /// The running input (index into `inputs`) and its state.
    current: Option<(usize, Arc<InputState>)>,
}

impl Live {
    /// Builds, compiles and starts `input`; `None` (after reporting on stderr) if it
    /// does not build, in which case it is not kept (invariant 5).
    fn start(&mut self, input: (String, String), report: bool) -> Option<Arc<InputState>> {
        self.inputs.push(input);
        let (sm, _ids, built) = build_session(&self.inputs, true, true);
        let (Some(file), Some(info)) = (built.file, built.info) else {
            eprint!("{}", crate::diag::render_plain(&sm, &built.diags, false));
            self.inputs.pop();
            return None;
        };
        // Invariant 3.
        let stw = self.sched.stop_the_world(None);
        let prog = match compile_live(&sm, std::slice::from_ref(&file), &info, &mut self.link) {
            Ok(p) => p,
            Err(ds) => {
                drop(stw);
                eprint!("{}", crate::diag::render_plain(&sm, &ds, false));
                self.inputs.pop();
                return None;
            }
        };
        *self.latest.lock().unwrap_or_else(|e| e.into_inner()) = Some(prog.clone());
        drop(stw);
        let state = Arc::new(InputState {
            over: AtomicBool::new(false),
            kill: AtomicBool::new(false),
            done: Mutex::new(None),
            report,
        });
        let entry = prog.entry.unwrap_or(0);
        let vm = Arc::new(crate::vm::Vm::new(prog));
        let g = VmG::new(vm, 0, entry, &[]);
        self.current = Some((self.inputs.len() - 1, state.clone()));
        self.sched.go(
            Box::new(InputG {
                g,
                state: state.clone(),
            }),
            1,
            0,
        );
        Some(state)
    }

    /// Abandons the running input, if it has not ended: it is forgotten (invariant 5).
    fn interrupt(&mut self) -> bool {
        let Some((k, st)) = self.current.take() else {
            return false;
        };
        if st.over.swap(true, SeqCst) {
            return false;
        }
        st.kill.store(true, SeqCst);
        if k < self.inputs.len() {
            self.inputs.remove(k);
        }
        true
    }
}

/// `minigo repl-child`: returns the exit status.
pub fn child_main() -> i32 {
    use crate::stdlib::native;
    let mut stdin = std::io::BufReader::new(std::io::stdin());
    let Some(history) = read_inputs(&mut stdin) else {
        eprintln!("minigo: repl-child: bad input");
        return 2;
    };
    crate::stdlib::native::sys::set_args(vec!["minigo".into()]);
    let heap = Arc::new(crate::runtime::heap::Heap::new());
    if let Ok(v) = std::env::var("GOGC") {
        heap.set_gc_percent(crate::runtime::heap::parse_gogc(&v));
    }
    if std::env::var("MINIGO_GCSTRESS").is_ok_and(|v| v == "1") {
        heap.set_stress(true);
    }
    let link = Link::new(heap);
    let latest: Arc<Mutex<Option<Arc<Program>>>> = Arc::default();
    {
        // Invariant 4.
        let globals_word = link.globals.word();
        let latest = latest.clone();
        crate::vm::glue::set_extra_roots(Box::new(move |m| {
            // SAFETY: the session's globals object lives as long as the process: it is
            // shaded here at every collection.
            if let Some(g) = unsafe { crate::runtime::heap::ObjRef::from_word(globals_word) } {
                m.shade(g);
                let words: Vec<u64> = g.words().iter().map(|w| w.load(SeqCst)).collect();
                m.mark_words(&words, None);
            }
            if let Some(p) = latest.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
                for o in p.strs.iter().filter_map(|(o, _)| *o) {
                    m.shade(o);
                }
            }
        }));
    }
    let sched = Sched::new(Config::from_env());
    sched.netpoll_add();
    // Invariant 2: a flusher.
    std::thread::spawn(|| loop {
        std::thread::sleep(std::time::Duration::from_millis(15));
        native::flush();
    });
    let (up_tx, up_rx) = mpsc::channel();
    let mut live = Live {
        sched: sched.clone(),
        inputs: Vec::new(),
        link,
        latest,
        current: None,
    };
    std::thread::spawn(move || {
        if up_rx.recv().is_err() {
            return;
        }
        // The history, hidden, each input to its end (an input that no longer ends is
        // left running after a while).
        for input in history {
            if let Some(st) = live.start(input, false) {
                let (tx, rx) = mpsc::channel();
                *st.done.lock().unwrap_or_else(|e| e.into_inner()) = Some(tx);
                if st.over.load(SeqCst) {
                    continue;
                }
                let _ = rx.recv_timeout(std::time::Duration::from_secs(10));
            }
        }
        live.current = None;
        native::flush();
        say(super::shape::START);
        commands(&mut live, &mut stdin);
    });
    let outcome = sched.run(Box::new(SessionG(Some(up_tx))));
    let code = crate::vm::gort::exit_status(&outcome, &|_| {
        "fatal error: all goroutines are asleep - deadlock!\n".into()
    });
    native::flush();
    code
}

/// Writes a protocol marker (after the program's buffered output).
fn say(marker: &str) {
    crate::stdlib::native::flush();
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(marker.as_bytes());
    let _ = out.flush();
}

/// The command loop (on its own thread; the scheduler runs on the main thread).
fn commands(live: &mut Live, r: &mut impl BufRead) {
    let mut line = String::new();
    loop {
        line.clear();
        match r.read_line(&mut line) {
            Ok(0) | Err(_) => std::process::exit(0),
            Ok(_) => {}
        }
        match line.trim() {
            "input" => {
                let Some(input) = read_input(r) else {
                    std::process::exit(2);
                };
                live.current = None;
                if live.start(input, true).is_none() {
                    say(super::shape::DONE);
                }
            }
            "interrupt" if live.interrupt() => say(INTERRUPTED),
            "goroutines" => {
                let report = goroutines_report(&live.sched);
                say(&format!("{GOROUTINES}{report}{END}"));
            }
            _ => {}
        }
    }
}

/// One line per goroutine but the session's own main (goroutine 1, which waits for the
/// next input): `goroutine 5 [chan receive]: <input 3>:1`, the place being the innermost
/// frame in the user's code (not the standard library's or the REPL's).
fn goroutines_report(sched: &Sched) -> String {
    let infos = sched.goroutines();
    let mut places = std::collections::HashMap::new();
    {
        let stw = sched.stop_the_world(None);
        stw.for_each_g(|g, stack| {
            let Some(st) = stack else { return };
            let Some(vg) = st.as_any().downcast_mut::<VmG>() else {
                return;
            };
            places.insert(g.id, user_place(&vg.vm.prog, &vg.g));
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
