//! The REPL's terminal side on rustyline: the prompt, continuation lines while the parser
//! says the input is incomplete, history in `~/.minigo_history`, tab completion of names
//! in scope and of package members, and Ctrl-C/Ctrl-D.

use super::eval::Out;
use super::session::{Names, Session, INTERRUPTED};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Context, Editor, Helper, Highlighter, Hinter, Validator};
use std::sync::atomic::Ordering::SeqCst;
use std::sync::{Arc, Mutex};

const PROMPT: &str = "go> ";
const MORE: &str = "... ";

use crate::syntax::declscan::KEYWORDS;

const COMMANDS: [&str; 8] = [
    ":help",
    ":quit",
    ":type",
    ":vars",
    ":goroutines",
    ":reset",
    ":load",
    ":exit",
];

#[derive(Helper, Highlighter, Hinter, Validator)]
struct GoHelper {
    names: Arc<Mutex<Names>>,
}

impl Completer for GoHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = line.get(..pos).unwrap_or(line);
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let pair = |s: &str| Pair {
            display: s.to_string(),
            replacement: s.to_string(),
        };
        if word.starts_with(':') {
            let v = COMMANDS
                .iter()
                .filter(|c| c.starts_with(word))
                .map(|c| pair(c))
                .collect();
            return Ok((start, v));
        }
        let names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((pkg, prefix)) = word.rsplit_once('.') {
            let v = names
                .members
                .get(pkg)
                .map(|m| {
                    m.iter()
                        .filter(|n| n.starts_with(prefix))
                        .map(|n| pair(n))
                        .collect()
                })
                .unwrap_or_default();
            return Ok((pos - prefix.len(), v));
        }
        let mut v: Vec<Pair> = names
            .top
            .iter()
            .map(String::as_str)
            .chain(KEYWORDS)
            .filter(|n| n.starts_with(word) && !n.starts_with("__"))
            .map(pair)
            .collect();
        v.sort_by(|a, b| a.display.cmp(&b.display));
        v.dedup_by(|a, b| a.display == b.display);
        Ok((start, v))
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".minigo_history"))
}

/// `minigo` / `minigo repl`: runs the REPL until `:quit` or Ctrl-D; the exit status.
pub fn run() -> i32 {
    let out = Arc::new(Out::default());
    let mut session = Session::new(out.clone());
    super::session::std_names(session.names.clone());
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, SeqCst));
    let config = rustyline::Config::builder().auto_add_history(false).build();
    let mut rl: Editor<GoHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("minigo: cannot start the line editor: {e}");
            return 1;
        }
    };
    rl.set_helper(Some(GoHelper {
        names: session.names.clone(),
    }));
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    if let Ok(p) = rl.create_external_printer() {
        out.set_printer(Box::new(p));
    }
    println!(
        "minigo {} — Go at the prompt. :help for help, :quit or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { PROMPT } else { MORE };
        out.set_prompting(true);
        // A Ctrl-C from here on interrupts the input being read (rustyline reports it)
        // or, once it runs, the input itself (`Session::run` polls the flag).
        INTERRUPTED.store(false, SeqCst);
        let line = rl.readline(prompt);
        out.set_prompting(false);
        match line {
            Ok(line) => {
                if !buf.is_empty() {
                    buf.push('\n');
                }
                buf.push_str(&line);
                if !buf.trim_start().starts_with(':') && Session::incomplete(&buf) {
                    continue;
                }
                let input = std::mem::take(&mut buf);
                if !input.trim().is_empty() {
                    let _ = rl.add_history_entry(input.as_str());
                    if let Some(h) = &hist {
                        let _ = rl.append_history(h);
                    }
                }
                if !session.handle(&input) {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C at the prompt drops the line (or the unfinished block).
                buf.clear();
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("minigo: {e}");
                break;
            }
        }
    }
    session.close();
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(h: &GoHelper, line: &str) -> (usize, Vec<String>) {
        let hist = DefaultHistory::new();
        let ctx = Context::new(&hist);
        let (at, v) = h.complete(line, line.len(), &ctx).unwrap();
        (at, v.into_iter().map(|p| p.replacement).collect())
    }

    #[test]
    fn completes_names_members_and_commands() {
        let names = Arc::new(Mutex::new(Names::default()));
        {
            let mut n = names.lock().unwrap();
            n.top
                .extend(["balance".to_string(), "Balance".into(), "fmt".into()]);
            n.members.entry("fmt".into()).or_default().extend([
                "Println".to_string(),
                "Printf".into(),
                "Sprint".into(),
            ]);
        }
        let h = GoHelper { names };
        assert_eq!(complete(&h, "x := bal"), (5, vec!["balance".to_string()]));
        assert_eq!(
            complete(&h, "fmt.Pr"),
            (4, vec!["Printf".to_string(), "Println".into()])
        );
        assert_eq!(complete(&h, ":go"), (0, vec![":goroutines".to_string()]));
        assert_eq!(complete(&h, "sel").1, vec!["select".to_string()]);
    }
}
