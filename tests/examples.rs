//! Runs the example programs of `examples/` that end on their own (chapters 8 and 9 of
//! The Go Programming Language, as the README lists them), with the arguments and
//! standard input each needs, and checks that each exits 0 with the output it should
//! print. Servers and interactive clients (clock, netcat, echo, chat) wait for input or
//! connections and are not run here.
//!
//! The expected outputs are facts about each program (a sum, a count, the last line),
//! not minigo's own output recorded: where a program's output depends on scheduling
//! (the crawler's order, the spinner's frames), only what every run must print is
//! checked.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What to feed a program on stdin.
enum Input {
    /// Empty (end of file at once).
    Empty,
    /// These bytes, then end of file.
    Bytes(&'static str),
    /// A pipe that stays open (the program must finish without input).
    Open,
}

/// Runs `minigo run examples/NAME args...` and returns (exit code, stdout, stderr).
fn run(name: &str, args: &[&str], input: Input) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(Path::new("examples").join(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minigo");
    let stdin = child.stdin.take();
    let _open = match input {
        Input::Empty => None,
        Input::Bytes(b) => {
            if let Some(mut s) = stdin {
                let _ = s.write_all(b.as_bytes());
            }
            None
        }
        Input::Open => stdin,
    };
    let mut out_pipe = child.stdout.take().expect("stdout");
    let mut err_pipe = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out_pipe.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err_pipe.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let code = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st.code();
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (
        code,
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    )
}

fn check(name: &str, args: &[&str], input: Input, want: &[&str]) -> Result<(), String> {
    let (code, out, err) = run(name, args, input);
    if code != Some(0) {
        return Err(format!(
            "{name} {args:?}: exit {code:?}\nstdout: {out}\nstderr: {err}"
        ));
    }
    for w in want {
        if !out.contains(w) {
            return Err(format!("{name} {args:?}: no {w:?} in its output:\n{out}"));
        }
    }
    Ok(())
}

#[test]
fn examples_that_terminate_run_and_print_what_they_should() {
    let tree = std::env::temp_dir().join(format!("minigo-du-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tree);
    std::fs::create_dir_all(tree.join("a/b")).expect("make tree");
    std::fs::write(tree.join("a/big"), vec![0u8; 1_000_000]).expect("write");
    std::fs::write(tree.join("a/b/half"), vec![0u8; 500_000]).expect("write");
    std::fs::write(tree.join("small"), b"x").expect("write");
    let tree_s = tree.to_string_lossy().into_owned();

    let squares = "0\n1\n4\n9\n16\n25\n36\n49\n64\n81\n";
    let results = [
        check("bank.go", &[], Input::Empty, &["final balance: 350"]),
        check(
            "spinner.go",
            &[],
            Input::Empty,
            &["\rFibonacci(27) = 196418\n"],
        ),
        check("pipeline.go", &[], Input::Empty, &[squares]),
        check(
            "wordcount.go",
            &[],
            Input::Empty,
            &[
                "bad.txt    error: bad.txt: not a text file",
                "total       27 words",
            ],
        ),
        check(
            "crawl.go",
            &["-depth", "2", "https://golang.org"],
            Input::Empty,
            &[
                "crawled 10 pages",
                "  https://golang.org/ref/spec\n",
                "404 Not Found",
            ],
        ),
        check(
            "countdown.go",
            &["-n", "3"],
            Input::Bytes("\n"),
            &["Commencing countdown.", "Launch aborted!"],
        ),
        check(
            "countdown.go",
            &["-n", "1"],
            Input::Open,
            &["Commencing countdown.  Press return to abort.\n1\nLift off!\n"],
        ),
        check("du.go", &[&tree_s], Input::Open, &["3 files  1.5 MB\n"]),
        check(
            "memo.go",
            &[],
            Input::Empty,
            &[
                "https://golang.org: 1800 bytes",
                "20 requests, 5 calls of the slow function",
            ],
        ),
        check(
            "once.go",
            &[],
            Input::Empty,
            &[
                "spades   -> Spades.png",
                "loadIcons ran 1 time(s) for 20 goroutines",
            ],
        ),
    ];
    let _ = std::fs::remove_dir_all(&tree);
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
