//! The network examples of `examples/` end to end, as the README runs them: each
//! server (`clock.go`, `reverb.go`, `chat.go`, all on localhost:8000) with
//! `netcat.go` clients whose stdin this test drives. Every step waits for the line it
//! needs (with a generous time limit), so nothing depends on timing. If port 8000 is
//! taken by another program, the test says so and checks nothing.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(120);

/// A running `minigo run examples/NAME`: its stdin, and its stdout and stderr lines.
struct Proc {
    child: Child,
    stdin: Option<ChildStdin>,
    out: Receiver<String>,
    err: Receiver<String>,
}

fn lines(r: impl std::io::Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for l in BufReader::new(r).lines() {
            match l {
                Ok(l) => {
                    if tx.send(l).is_err() {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
    });
    rx
}

fn start(name: &str) -> Proc {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(format!("examples/{name}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minigo");
    let stdin = child.stdin.take();
    let out = lines(child.stdout.take().expect("stdout"));
    let err = lines(child.stderr.take().expect("stderr"));
    Proc {
        child,
        stdin,
        out,
        err,
    }
}

impl Proc {
    fn next_out(&self, what: &str) -> String {
        self.out
            .recv_timeout(LIMIT)
            .unwrap_or_else(|_| panic!("no stdout line: waited for {what}"))
    }

    fn send(&mut self, line: &str) {
        let s = self.stdin.as_mut().expect("stdin open");
        writeln!(s, "{line}").expect("write stdin");
        s.flush().expect("flush stdin");
    }

    /// Closes stdin (end of input) and waits for the exit code.
    fn finish(mut self) -> Option<i32> {
        drop(self.stdin.take());
        for _ in 0..(LIMIT.as_millis() / 20) {
            if let Ok(Some(st)) = self.child.try_wait() {
                return st.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("did not exit after end of input");
    }

    fn kill(self) {
        drop(self);
    }
}

/// A failing step must not leave a server holding port 8000.
impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts a server and waits until it listens; `None` if port 8000 is taken.
fn server(name: &str) -> Option<Proc> {
    let p = start(name);
    let line = p
        .err
        .recv_timeout(LIMIT)
        .unwrap_or_else(|_| panic!("{name} printed nothing"));
    if line.contains("address already in use") {
        eprintln!("net_examples: port 8000 is taken; {name} not checked");
        p.kill();
        return None;
    }
    assert!(
        line.ends_with("listening on 127.0.0.1:8000"),
        "{name}: {line}"
    );
    Some(p)
}

fn is_clock(l: &str) -> bool {
    let b = l.as_bytes();
    b.len() == 8
        && b[2] == b':'
        && b[5] == b':'
        && [0, 1, 3, 4, 6, 7].iter().all(|&i| b[i].is_ascii_digit())
}

fn clock() {
    let Some(srv) = server("clock.go") else {
        return;
    };
    let nc = start("netcat.go");
    for _ in 0..2 {
        let l = nc.next_out("a time");
        assert!(is_clock(&l), "clock sent {l:?}");
    }
    nc.kill();
    srv.kill();
}

fn reverb() {
    let Some(srv) = server("reverb.go") else {
        return;
    };
    let mut nc = start("netcat.go");
    nc.send("Hello?");
    let want = ["\t HELLO?", "\t Hello?", "\t hello?"];
    for w in want {
        assert_eq!(nc.next_out(w), w);
    }
    // End of input: netcat half-closes, the server hangs up, netcat exits.
    assert_eq!(nc.finish(), Some(0));
    srv.kill();
}

fn chat() {
    let Some(srv) = server("chat.go") else {
        return;
    };
    let mut a = start("netcat.go");
    let you_a = a.next_out("You are");
    let who_a = you_a
        .strip_prefix("You are ")
        .unwrap_or_else(|| panic!("{you_a:?}"))
        .to_string();
    let mut b = start("netcat.go");
    let you_b = b.next_out("You are");
    let who_b = you_b
        .strip_prefix("You are ")
        .unwrap_or_else(|| panic!("{you_b:?}"))
        .to_string();
    assert_eq!(a.next_out("arrival"), format!("{who_b} has arrived"));
    b.send("hi, all");
    assert_eq!(a.next_out("message"), format!("{who_b}: hi, all"));
    assert_eq!(b.next_out("message"), format!("{who_b}: hi, all"));
    a.send("hello");
    assert_eq!(b.next_out("message"), format!("{who_a}: hello"));
    assert_eq!(a.next_out("message"), format!("{who_a}: hello"));
    assert_eq!(b.finish(), Some(0));
    assert_eq!(a.next_out("departure"), format!("{who_b} has left"));
    assert_eq!(a.finish(), Some(0));
    srv.kill();
}

#[test]
fn clock_reverb_and_chat_servers_with_netcat_clients() {
    clock();
    reverb();
    chat();
}
