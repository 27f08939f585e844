//! The REPL's side of the evaluator process (`repl::child`): starts it with the
//! session's inputs, forwards its output to the terminal, and reports the protocol's
//! markers as events.
//!
//! Output goes through `Out`: straight to the terminal while an input runs, through
//! rustyline's external printer while the prompt waits, so a goroutine's output never
//! garbles the line being edited.
//!
//! # Invariants
//! 1. Output before `shape::START` is the replayed history's (after a restart) and is
//!    never shown (the user saw it when each input ran); everything after it is shown,
//!    including what goroutines print while later prompts wait.
//! 2. The child runs in its own process group, so a Ctrl-C at the terminal reaches only
//!    the REPL, which decides what to interrupt.
//! 3. The child writes `DONE` on stderr and then on stdout when an input ends; the two
//!    pumps count what they read (`DoneCounts`), and `Evaluator::await_stderr` lets the
//!    session wait, after stdout's `DONE`, until stderr's has been read too. So an
//!    input's panic report, which goes to stderr, is printed before the next prompt,
//!    not above it after (pipes are separate streams: no order between them otherwise).

use super::child::{END, GOROUTINES, INTERRUPTED};
use super::shape::{DONE, START};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Where output goes.
#[derive(Default)]
pub struct Out {
    printer: Mutex<Option<Box<dyn rustyline::ExternalPrinter + Send>>>,
    /// The prompt is waiting for input: print through the external printer.
    prompting: std::sync::atomic::AtomicBool,
    /// The last byte written directly was not a newline.
    mid_line: std::sync::atomic::AtomicBool,
}

impl Out {
    pub fn set_printer(&self, p: Box<dyn rustyline::ExternalPrinter + Send>) {
        *self.printer.lock().unwrap_or_else(|e| e.into_inner()) = Some(p);
    }

    pub fn set_prompting(&self, on: bool) {
        use std::sync::atomic::Ordering::SeqCst;
        // Keep the printer's lock while switching, so no message straddles the switch.
        let _g = self.printer.lock().unwrap_or_else(|e| e.into_inner());
        if on && self.mid_line.swap(false, SeqCst) {
            let mut o = std::io::stdout();
            let _ = o.write_all(b"\n");
            let _ = o.flush();
        }
        self.prompting.store(on, SeqCst);
    }

    /// Writes program output (`err`: to stderr).
    pub fn emit(&self, bytes: &[u8], err: bool) {
        use std::sync::atomic::Ordering::SeqCst;
        if bytes.is_empty() {
            return;
        }
        let mut p = self.printer.lock().unwrap_or_else(|e| e.into_inner());
        if self.prompting.load(SeqCst) {
            if let Some(p) = p.as_mut() {
                let text = String::from_utf8_lossy(bytes);
                let _ = p.print(text.trim_end_matches('\n').to_string());
                return;
            }
        }
        self.mid_line.store(!bytes.ends_with(b"\n"), SeqCst);
        if err {
            let mut o = std::io::stderr();
            let _ = o.write_all(bytes);
            let _ = o.flush();
        } else {
            let mut o = std::io::stdout();
            let _ = o.write_all(bytes);
            let _ = o.flush();
        }
    }

    /// Ends a partial line written directly, before the REPL writes its own text.
    pub fn end_line(&self) {
        use std::sync::atomic::Ordering::SeqCst;
        let _g = self.printer.lock().unwrap_or_else(|e| e.into_inner());
        if self.mid_line.swap(false, SeqCst) {
            let mut o = std::io::stdout();
            let _ = o.write_all(b"\n");
            let _ = o.flush();
        }
    }
}

/// What the evaluator process reports.
#[derive(Debug)]
pub enum Event {
    /// The newest input's statements began.
    Started,
    /// The newest input's statements are done.
    Done,
    /// The running input was abandoned (after `interrupt`).
    Interrupted,
    /// A `goroutines` report.
    Goroutines(String),
    /// Its stdout closed: it has exited (a panic, a fatal error, `os.Exit`).
    Closed,
}

/// How many `DONE` markers each pump has read (invariant 3).
#[derive(Default)]
struct DoneCounts {
    counts: Mutex<(u64, u64)>,
    cv: std::sync::Condvar,
}

impl DoneCounts {
    fn add(&self, stderr: bool) {
        let mut c = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if stderr {
            c.1 += 1;
        } else {
            c.0 += 1;
        }
        self.cv.notify_all();
    }
}

/// A running evaluator process.
pub struct Evaluator {
    child: Child,
    stdin: ChildStdin,
    pub events: Receiver<Event>,
    pumps: Vec<JoinHandle<()>>,
    sync: Arc<DoneCounts>,
}

impl Evaluator {
    /// Starts `minigo repl-child` with the session's history `inputs` (name, text),
    /// which it runs with their output hidden before it takes new inputs.
    pub fn start(inputs: &[(String, String)], out: Arc<Out>) -> std::io::Result<Evaluator> {
        use std::os::unix::process::CommandExt;
        let exe = std::env::current_exe()?;
        let mut child = Command::new(exe)
            .arg("repl-child")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()?;
        let mut stdin = child.stdin.take().ok_or(std::io::ErrorKind::BrokenPipe)?;
        let mut msg = format!("{}\n", inputs.len()).into_bytes();
        for (name, text) in inputs {
            msg.extend_from_slice(
                format!("{}\n{}\n", name.replace('\n', " "), text.len()).as_bytes(),
            );
            msg.extend_from_slice(text.as_bytes());
        }
        stdin.write_all(&msg)?;
        stdin.flush()?;
        let (tx, rx) = channel();
        let sync = Arc::new(DoneCounts::default());
        let mut pumps = Vec::new();
        if let Some(so) = child.stdout.take() {
            let (out, sync) = (out.clone(), sync.clone());
            pumps.push(std::thread::spawn(move || pump_stdout(so, out, tx, &sync)));
        }
        if let Some(se) = child.stderr.take() {
            let sync = sync.clone();
            pumps.push(std::thread::spawn(move || {
                let mut r = BufReader::new(se);
                let mut line = Vec::new();
                while matches!(r.read_until(b'\n', &mut line), Ok(n) if n > 0) {
                    match line.strip_suffix(DONE.as_bytes()) {
                        Some(text) => {
                            out.emit(text, true);
                            sync.add(true);
                        }
                        None => out.emit(&line, true),
                    }
                    line.clear();
                }
                // No more stderr: nothing left to wait for.
                sync.counts.lock().unwrap_or_else(|e| e.into_inner()).1 = u64::MAX;
                sync.cv.notify_all();
            }));
        }
        Ok(Evaluator {
            child,
            stdin,
            events: rx,
            pumps,
            sync,
        })
    }

    /// After `Event::Done`: waits (at most `limit`) until stderr's `DONE` has been read
    /// as well as stdout's, so that all the input wrote is out (invariant 3).
    pub fn await_stderr(&self, limit: std::time::Duration) {
        let deadline = std::time::Instant::now() + limit;
        let mut c = self.sync.counts.lock().unwrap_or_else(|e| e.into_inner());
        while c.1 < c.0 {
            let now = std::time::Instant::now();
            if now >= deadline {
                return;
            }
            c = match self.sync.cv.wait_timeout(c, deadline - now) {
                Ok((g, _)) => g,
                Err(e) => e.into_inner().0,
            };
        }
    }

    /// Runs a new input (answered as `Event::Done`).
    pub fn send_input(&mut self, name: &str, text: &str) -> bool {
        let mut msg = format!("input\n{}\n{}\n", name.replace('\n', " "), text.len()).into_bytes();
        msg.extend_from_slice(text.as_bytes());
        self.stdin.write_all(&msg).is_ok() && self.stdin.flush().is_ok()
    }

    /// Abandons the running input (answered as `Event::Interrupted`, or not at all if
    /// it has ended).
    pub fn interrupt(&mut self) -> bool {
        self.stdin.write_all(b"interrupt\n").is_ok() && self.stdin.flush().is_ok()
    }

    /// Asks for a `goroutines` report (answered as `Event::Goroutines`).
    pub fn ask_goroutines(&mut self) -> bool {
        self.stdin.write_all(b"goroutines\n").is_ok() && self.stdin.flush().is_ok()
    }

    /// Waits for the process to end after `Event::Closed`, and for its stderr.
    pub fn finish(mut self) {
        let _ = self.child.wait();
        for p in self.pumps.drain(..) {
            let _ = p.join();
        }
    }

    /// Ends the process (and its goroutines).
    pub fn kill(mut self) {
        let _ = self.child.kill();
        self.finish();
    }
}

fn pump_stdout(so: std::process::ChildStdout, out: Arc<Out>, tx: Sender<Event>, sync: &DoneCounts) {
    let mut r = BufReader::new(so);
    let mut line = Vec::new();
    let mut showing = false;
    let mut report: Option<String> = None;
    while matches!(r.read_until(b'\n', &mut line), Ok(n) if n > 0) {
        let mut rest: &[u8] = &line;
        while !rest.is_empty() {
            let (text, marker) = match find(rest, b"\x01minigo:") {
                Some(i) => {
                    let m = [START, DONE, INTERRUPTED, GOROUTINES, END]
                        .into_iter()
                        .find(|m| rest[i..].starts_with(m.as_bytes()));
                    match m {
                        Some(m) => (&rest[..i], Some((m, i + m.len()))),
                        None => (&rest[..i + 1], None),
                    }
                }
                None => (rest, None),
            };
            match report.as_mut() {
                Some(rep) => rep.push_str(&String::from_utf8_lossy(text)),
                None if showing => out.emit(text, false),
                None => {}
            }
            let Some((m, next)) = marker else {
                rest = &rest[text.len()..];
                continue;
            };
            rest = &rest[next..];
            if m == START {
                showing = true;
                let _ = tx.send(Event::Started);
            } else if m == DONE {
                sync.add(false);
                let _ = tx.send(Event::Done);
            } else if m == INTERRUPTED {
                let _ = tx.send(Event::Interrupted);
            } else if m == GOROUTINES {
                report = Some(String::new());
            } else if let Some(rep) = report.take() {
                let _ = tx.send(Event::Goroutines(rep));
            }
        }
        line.clear();
    }
    let _ = tx.send(Event::Closed);
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(Arc<Mutex<Vec<String>>>);

    impl rustyline::ExternalPrinter for Fake {
        fn print(&mut self, msg: String) -> rustyline::Result<()> {
            self.0.lock().unwrap().push(msg);
            Ok(())
        }
    }

    /// While the prompt waits, output goes to rustyline's external printer (which
    /// prints it above the prompt and redraws the line), one message per chunk.
    #[test]
    fn output_goes_through_the_printer_while_prompting() {
        let got = Arc::new(Mutex::new(Vec::new()));
        let out = Out::default();
        out.set_printer(Box::new(Fake(got.clone())));
        out.set_prompting(true);
        out.emit(b"tick 0\n", false);
        out.emit(b"oops\n", true);
        assert_eq!(*got.lock().unwrap(), vec!["tick 0", "oops"]);
        out.set_prompting(false);
        out.emit(b"direct\n", false);
        assert_eq!(got.lock().unwrap().len(), 2);
    }

    #[test]
    fn markers_are_found_mid_line() {
        let line = format!("partial{DONE}");
        let at = find(line.as_bytes(), b"\x01minigo:").unwrap();
        assert_eq!(&line[..at], "partial");
        assert!(line[at..].starts_with(DONE));
    }
}
