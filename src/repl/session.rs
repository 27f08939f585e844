//! A REPL session: the inputs kept so far, the evaluator process running them, and what
//! each kind of input or `:command` does. `repl::line` feeds it lines.
//!
//! An input is checked here first, together with the inputs before it (as one snippet,
//! `repl::snippet`, shaped as the live evaluator builds it); an input with errors is
//! reported with miette and forgotten. A clean one is sent to the evaluator process
//! (`repl::eval`, `repl::child`), which runs one live program for the whole session:
//! the input is compiled into it and runs as a new goroutine while the goroutines of
//! earlier inputs go on. An input that panics is kept (its panic is reported; the
//! session's program goes on); one interrupted with Ctrl-C is abandoned and forgotten.
//! If the program ends (`os.Exit`, a fatal error, an unrecovered panic in a goroutine
//! other than the input's), the input is forgotten and a new evaluator runs the kept
//! inputs again (the only case where goroutines start over).

use super::child::build_session;
use super::eval::{Evaluator, Event, Out};
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Set by the SIGINT handler while an input runs.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Names for tab completion, refreshed after each clean input.
#[derive(Default)]
pub struct Names {
    /// Names in scope at top level (the session's, the universe's, package names).
    pub top: BTreeSet<String>,
    /// Exported members by package name.
    pub members: std::collections::HashMap<String, BTreeSet<String>>,
}

pub struct Session {
    inputs: Vec<(String, String)>,
    eval: Option<Evaluator>,
    out: Arc<Out>,
    count: usize,
    announced: BTreeSet<String>,
    pub names: Arc<Mutex<Names>>,
    vars: Vec<(String, String)>,
}

const HELP: &str = "\
Type Go: imports, declarations (a later one replaces an earlier one of the same name),
statements, or an expression, whose value is printed as %v with its type. Standard
packages used without an import are imported automatically. A block continues on the
next lines until it is complete. Each input runs in one live program, as a new
goroutine; goroutines started earlier go on running between inputs. Ctrl-C abandons
the running input (other goroutines go on). Code already running keeps the
declarations it started with; each new input uses the latest ones.
Commands:
  :help          this text
  :quit          leave (or Ctrl-D)
  :type EXPR     the type of an expression, without evaluating it
  :vars          the session's variables and their types
  :goroutines    the goroutines (the session's main one aside), their state and line
  :reset         forget every input and stop every goroutine
  :load FILE     run a snippet file (no package clause) as one input
";

impl Session {
    pub fn new(out: Arc<Out>) -> Session {
        Session {
            inputs: Vec::new(),
            eval: None,
            out,
            count: 0,
            announced: BTreeSet::new(),
            names: Arc::new(Mutex::new(Names::default())),
            vars: Vec::new(),
        }
    }

    fn say(&self, text: &str) {
        self.out.end_line();
        println!("{text}");
    }

    fn report(&self, sm: &crate::source::SourceMap, diags: &[crate::diag::Diagnostic]) {
        self.out.end_line();
        let text = if std::io::stderr().is_terminal() {
            crate::diag::render_fancy(sm, diags, false)
        } else {
            crate::diag::render_plain(sm, diags, false)
        };
        eprint!("{text}");
    }

    /// Whether `text` needs more lines (the parser reached its end inside a construct).
    pub fn incomplete(text: &str) -> bool {
        let mut sm = crate::source::SourceMap::new();
        let f = sm.add("<input>", text.to_string());
        crate::syntax::parse_repl(&f, &crate::syntax::IdGen::new()).incomplete
    }

    /// Handles one complete input or command; `false` to end the session.
    pub fn handle(&mut self, text: &str) -> bool {
        let t = text.trim();
        if t.is_empty() {
            return true;
        }
        if let Some(cmd) = t.strip_prefix(':') {
            return self.command(cmd);
        }
        self.count += 1;
        let name = format!("<input {}>", self.count);
        self.run_input(name, text.to_string());
        true
    }

    fn command(&mut self, cmd: &str) -> bool {
        let (word, arg) = cmd.split_once(char::is_whitespace).unwrap_or((cmd, ""));
        let arg = arg.trim();
        match word {
            "q" | "quit" | "exit" => return false,
            "h" | "help" | "?" => print!("{HELP}"),
            "type" | "t" => self.type_of(arg),
            "vars" => {
                if self.vars.is_empty() {
                    self.say("no variables");
                }
                for (n, t) in &self.vars {
                    self.say(&format!("{n} {t}"));
                }
            }
            "goroutines" | "gs" => self.goroutines(),
            "reset" => {
                if let Some(e) = self.eval.take() {
                    e.kill();
                }
                self.inputs.clear();
                self.vars.clear();
                self.say("reset: no inputs, no goroutines");
            }
            "load" => match std::fs::read_to_string(arg) {
                Ok(text) if super::snippet::has_package_clause(&text) => {
                    self.say(&format!(":load {arg}: a file with a package clause is a program: run it with `minigo run {arg}`"));
                }
                Ok(text) => self.run_input(arg.to_string(), text),
                Err(e) => self.say(&format!(":load {arg}: {e}")),
            },
            _ => self.say(&format!("unknown command :{word} (try :help)")),
        }
        true
    }

    fn type_of(&mut self, expr: &str) {
        if expr.is_empty() {
            self.say("usage: :type EXPR");
            return;
        }
        let mut trial = self.inputs.clone();
        trial.push(("<type>".into(), expr.to_string()));
        let (sm, _, built) = build_session(&trial, true, true);
        if !built.diags.is_empty() {
            self.report(&sm, &built.diags);
            return;
        }
        match built.shown {
            Some(ts) if ts.len() == 1 => self.say(&ts[0]),
            Some(ts) => self.say(&format!("({})", ts.join(", "))),
            None => self.say(&format!("{expr} has no value")),
        }
    }

    fn goroutines(&mut self) {
        let Some(ev) = self.eval.as_mut() else {
            self.say("no goroutines");
            return;
        };
        if !ev.ask_goroutines() {
            self.say("the evaluator is not running");
            return;
        }
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while std::time::Instant::now() < deadline {
            match ev.events.recv_timeout(Duration::from_millis(100)) {
                Ok(Event::Goroutines(rep)) => {
                    if rep.is_empty() {
                        self.say("no goroutines (besides the session's main)");
                    } else {
                        self.out.end_line();
                        print!("{rep}");
                    }
                    return;
                }
                Ok(Event::Closed) => break,
                _ => {}
            }
        }
        self.say("no answer from the evaluator");
    }

    fn run_input(&mut self, name: String, text: String) {
        let mut trial = self.inputs.clone();
        trial.push((name.clone(), text.clone()));
        let (sm, _, built) = build_session(&trial, true, true);
        if !built.diags.is_empty() || built.info.is_none() {
            self.report(&sm, &built.diags);
            return;
        }
        let new: Vec<String> = built
            .auto_imports
            .iter()
            .filter(|p| !self.announced.contains(*p))
            .cloned()
            .collect();
        if !new.is_empty() {
            self.say(&format!("(auto-importing {})", new.join(", ")));
            self.announced.extend(new);
        }
        let vars = built.info.as_ref().map(session_vars).unwrap_or_default();
        if let Some(info) = &built.info {
            self.refresh_names(info);
        }
        match self.run(&name, &text) {
            Outcome::Done => {
                self.inputs = trial;
                self.vars = vars;
            }
            Outcome::Failed(why) => {
                if let Some(w) = why {
                    self.say(&w);
                }
            }
        }
    }

    /// Starts the evaluator on the kept inputs (at the first input, or after the
    /// program ended), without waiting for them.
    fn ensure_evaluator(&mut self) -> Result<(), String> {
        if self.eval.is_none() {
            let e = Evaluator::start(&self.inputs, self.out.clone())
                .map_err(|e| format!("minigo: cannot start the evaluator: {e}"))?;
            self.eval = Some(e);
        }
        Ok(())
    }

    /// Runs one input in the live program and waits for it: its end, Ctrl-C (which
    /// abandons it; goroutines go on), or the program's end (a goroutine's panic,
    /// `os.Exit`, a fatal error), after which the kept inputs are started again.
    fn run(&mut self, name: &str, text: &str) -> Outcome {
        if let Err(e) = self.ensure_evaluator() {
            return Outcome::Failed(Some(e));
        }
        let Some(ev) = self.eval.as_mut() else {
            return Outcome::Failed(None);
        };
        while ev.events.try_recv().is_ok() {}
        if !ev.send_input(name, text) {
            return self.ended(None);
        }
        let mut interrupted_at: Option<std::time::Instant> = None;
        loop {
            let Some(ev) = self.eval.as_mut() else {
                return Outcome::Failed(None);
            };
            if INTERRUPTED.swap(false, SeqCst) && interrupted_at.is_none() {
                ev.interrupt();
                interrupted_at = Some(std::time::Instant::now());
            }
            if interrupted_at.is_some_and(|t| t.elapsed() > Duration::from_secs(5)) {
                // The evaluator does not answer: end it.
                if let Some(e) = self.eval.take() {
                    e.kill();
                }
                self.restart();
                return Outcome::Failed(Some("interrupted".into()));
            }
            match ev.events.recv_timeout(Duration::from_millis(50)) {
                Ok(Event::Done) => {
                    ev.await_stderr(Duration::from_secs(2));
                    return Outcome::Done;
                }
                Ok(Event::Interrupted) => return Outcome::Failed(Some("interrupted".into())),
                Ok(Event::Closed) => return self.ended(None),
                Ok(_) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(_) => return self.ended(None),
            }
        }
    }

    /// The program ended while an input ran: the input is forgotten and the kept
    /// inputs start again (their goroutines start over).
    fn ended(&mut self, why: Option<String>) -> Outcome {
        if let Some(e) = self.eval.take() {
            e.finish();
        }
        self.restart();
        Outcome::Failed(why)
    }

    /// Starts the kept inputs again (after the program ended), without waiting.
    fn restart(&mut self) {
        if !self.inputs.is_empty() {
            let _ = self.ensure_evaluator();
        }
    }

    fn refresh_names(&self, info: &crate::types::Info) {
        let mut names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        fill_names(&mut names, info);
    }

    /// Ends the evaluator.
    pub fn close(&mut self) {
        if let Some(e) = self.eval.take() {
            e.kill();
        }
    }
}

enum Outcome {
    Done,
    Failed(Option<String>),
}

/// The session's package-level variables (what `:vars` lists), in declaration order.
fn session_vars(info: &crate::types::Info) -> Vec<(String, String)> {
    let scope = info.scopes.get(info.package(info.main).scope);
    let mut vs: Vec<(u32, String, String)> = scope
        .names
        .iter()
        .filter(|(n, _)| !n.starts_with("__minigo"))
        .map(|(n, &o)| (n, info.obj(o)))
        .filter(|(_, o)| o.is_var())
        .map(|(n, o)| {
            let t = crate::types::typestring::type_string(info, o.ty, Some(info.main));
            (o.span.lo, n.clone(), t)
        })
        .collect();
    vs.sort();
    vs.into_iter().map(|(_, n, t)| (n, t)).collect()
}

/// Top-level names and package members from a checked session.
pub fn fill_names(names: &mut Names, info: &crate::types::Info) {
    let main = info.scopes.get(info.package(info.main).scope);
    names
        .top
        .extend(main.names.keys().filter(|n| n.as_str() != "main").cloned());
    names
        .top
        .extend(info.scopes.get(info.universe).names.keys().cloned());
    for p in &info.packages {
        if p.path == "main" {
            continue;
        }
        names.top.insert(p.name.clone());
        let members = names.members.entry(p.name.clone()).or_default();
        members.extend(
            info.scopes
                .get(p.scope)
                .names
                .iter()
                .filter(|(_, &o)| info.obj(o).exported())
                .map(|(n, _)| n.clone()),
        );
    }
}

/// Names of every embedded package, checked once in the background for completion.
pub fn std_names(names: Arc<Mutex<Names>>) {
    std::thread::spawn(move || {
        let all = all_std_names();
        let mut n = names.lock().unwrap_or_else(|e| e.into_inner());
        n.top.extend(all.top);
        for (p, ms) in all.members {
            n.members.entry(p).or_default().extend(ms);
        }
    });
}

/// Checks a program importing every embedded package; their names and members.
fn all_std_names() -> Names {
    let mut src = String::from("package main\n");
    for p in crate::stdlib::packages() {
        src.push_str(&format!("import _ {p:?}\n"));
    }
    src.push_str("func main() {}\n");
    let checked = crate::driver::check_sources(vec![("<std>".into(), src.into_bytes())]);
    let mut names = Names::default();
    if let Some(info) = &checked.info {
        fill_names(&mut names, info);
    }
    names
}

#[cfg(test)]
mod tests {
    #[test]
    fn standard_packages_members_are_known() {
        let n = super::all_std_names();
        assert!(n.top.contains("strings") && n.top.contains("len"));
        assert!(n.members["strings"].contains("ToUpper"));
        assert!(n.members["sync"].contains("RWMutex"));
        assert!(!n.members["fmt"]
            .iter()
            .any(|m| m.starts_with(char::is_lowercase)));
    }
}
