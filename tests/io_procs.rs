//! The file, stdin, flag and time programs of `testdata/run/io` at GOMAXPROCS=1 and
//! GOMAXPROCS=2, with their stdin (`X.in`) and arguments (the `// args:` line): each one
//! not listed in `tests/known_failures.txt` must print its `X.out` (made by real Go) and
//! exit as `X.exit` says (code, then the first line of stderr; absent: 0).

use std::path::Path;
use std::process::{Command, Stdio};

fn known_failures() -> Vec<String> {
    std::fs::read_to_string("tests/known_failures.txt")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split(" #").next())
        .map(|s| s.trim().to_string())
        .collect()
}

/// The words of the `// args:` line among the leading comment lines.
fn program_args(src: &str) -> Vec<String> {
    src.lines()
        .map(str::trim)
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// args:"))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

fn check(path: &Path, procs: &str) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let stdin = match std::fs::File::open(path.with_extension("in")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path)
        .args(program_args(&src))
        .env("GOMAXPROCS", procs)
        .stdin(stdin)
        .output()
        .map_err(|e| e.to_string())?;
    let want = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let (code, err) = match std::fs::read_to_string(path.with_extension("exit")) {
        Ok(t) => {
            let mut l = t.lines();
            let c = l.next().and_then(|c| c.trim().parse().ok()).unwrap_or(0);
            (c, l.next().map(str::to_string))
        }
        Err(_) => (0, None),
    };
    let got = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if got != want {
        return Err(format!("stdout {got:?}, want {want:?} (stderr {stderr:?})"));
    }
    if out.status.code() != Some(code) {
        return Err(format!(
            "exit {:?}, want {code} (stderr {stderr:?})",
            out.status.code()
        ));
    }
    if let Some(e) = err {
        if stderr.lines().next() != Some(e.as_str()) {
            return Err(format!("stderr {stderr:?}, want first line {e:?}"));
        }
    }
    Ok(())
}

#[test]
fn io_programs_at_gomaxprocs_1_and_2() {
    let skip = known_failures();
    let mut files: Vec<_> = std::fs::read_dir("testdata/run/io")
        .expect("testdata/run/io")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut ran = 0;
    for f in &files {
        let name = f.to_string_lossy().replace('\\', "/");
        if skip.iter().any(|s| name.ends_with(s.as_str())) {
            continue;
        }
        for procs in ["1", "2"] {
            ran += 1;
            if let Err(e) = check(f, procs) {
                failures.push(format!("{name} at GOMAXPROCS={procs}: {e}"));
            }
        }
    }
    assert!(
        ran >= 16,
        "only {ran} runs: testdata/run/io is missing programs"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A goroutine blocked reading stdin (a pipe nobody writes to) must not hold the only
/// worker: with GOMAXPROCS=1 main still computes, prints and exits. If the read blocked
/// the worker thread, this would hang until the test's timeout kills it.
#[test]
fn stdin_read_parks_the_goroutine_not_the_worker() {
    let dir = std::env::temp_dir().join(format!("minigo-io-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let prog = dir.join("blocked_stdin.go");
    std::fs::write(
        &prog,
        r#"package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	got := make(chan string)
	go func() {
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		got <- line
	}()
	sum := 0
	for i := 0; i < 200000; i++ {
		sum += i % 7
	}
	fmt.Println("computed", sum)
}
"#,
    )
    .expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&prog)
        .env("GOMAXPROCS", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start minigo");
    let _keep_open = child.stdin.take();
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break Some(st);
        }
        if start.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut out = String::new();
    if let Some(mut so) = child.stdout.take() {
        use std::io::Read;
        let _ = so.read_to_string(&mut out);
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        status.is_some(),
        "main never finished: a worker blocked on stdin"
    );
    assert_eq!(out, "computed 599994\n");
}

/// Output reaches stdout while the program is still running (the flush rule of
/// `stdlib/native/output.rs`): a spinner frame without a newline, then a line, are read
/// from the pipe while the program sleeps for an hour. With stdout flushed only at exit,
/// the reads would wait until the test gives up and kills it.
#[test]
fn stdout_is_flushed_while_the_program_sleeps() {
    use std::io::Read;
    let dir = std::env::temp_dir().join(format!("minigo-flush-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let prog = dir.join("sleeper.go");
    std::fs::write(
        &prog,
        r#"package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Print("\r-")
	time.Sleep(200 * time.Millisecond)
	fmt.Println("\rready")
	time.Sleep(time.Hour)
}
"#,
    )
    .expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&prog)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start minigo");
    let mut so = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut got = Vec::new();
        let mut b = [0u8; 1];
        while got.len() < 9 && so.read(&mut b).unwrap_or(0) == 1 {
            got.push(b[0]);
        }
        let _ = tx.send(got);
    });
    let got = rx.recv_timeout(std::time::Duration::from_secs(60));
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    let got = got.expect("no output while the program runs: stdout not flushed");
    assert_eq!(String::from_utf8_lossy(&got), "\r-\rready\n");
}
