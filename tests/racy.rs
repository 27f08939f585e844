//! Racy programs (`tests/racy/*.go`) run many times at GOMAXPROCS=2 and 4: unsynchronised
//! `balance += 1` from 8 goroutines, and racy writes to a shared string, slice, map-free
//! struct and interface variable with concurrent readers using them. Wrong values are
//! fine (lost updates, torn reads); a crash, a Go panic, a hang, a Rust panic or output
//! not shaped as the program prints it is not (ARCHITECTURE.md: a racy program gets wrong
//! answers, never undefined behaviour). `MINIGO_RACY_RUNS` sets the runs per program and
//! GOMAXPROCS value (default 3).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `path` with `GOMAXPROCS=procs`; (exit code, stdout, stderr), or an error on a hang.
fn run(path: &str, procs: &str) -> Result<(Option<i32>, String, String), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path)
        .env("GOMAXPROCS", procs)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    // Generous: the machine may be loaded and this is a debug build; each program runs
    // well under a second alone.
    let limit = Duration::from_secs(180);
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{path} at GOMAXPROCS={procs}: hung for {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut out = String::new();
    let mut err = String::new();
    if let Some(mut o) = child.stdout.take() {
        let _ = o.read_to_string(&mut out);
    }
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    Ok((status.code(), out, err))
}

fn runs() -> usize {
    std::env::var("MINIGO_RACY_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
}

/// Runs `name` `runs()` times at each GOMAXPROCS and checks each stdout with `shape`.
fn check(name: &str, shape: impl Fn(&str) -> bool) {
    let path = format!("tests/racy/{name}.go");
    let mut bad = Vec::new();
    for procs in ["2", "4"] {
        for _ in 0..runs() {
            match run(&path, procs) {
                Err(e) => bad.push(e),
                Ok((code, out, err)) => {
                    if code != Some(0) || !err.is_empty() || !shape(&out) {
                        bad.push(format!(
                            "{path} at GOMAXPROCS={procs}: exit {code:?}, stdout {out:?}, stderr {err:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn racy_balance_loses_updates_but_nothing_else() {
    check("balance", |out| {
        let n = out
            .strip_prefix("balance ")
            .and_then(|s| s.strip_suffix('\n'))
            .and_then(|s| s.parse::<i64>().ok());
        n.is_some_and(|n| (1..=80_000).contains(&n))
    });
}

#[test]
fn racy_string_reads_stay_in_bounds() {
    check("string", |out| out == "string readers done true\n");
}

#[test]
fn racy_slice_reads_and_writes_stay_in_bounds() {
    check("slice", |out| out == "slice readers done true\n");
}

#[test]
fn racy_struct_copies_stay_in_bounds() {
    check("struct", |out| out == "struct readers done true\n");
}

#[test]
fn racy_interface_reads_never_mix_types() {
    check("iface", |out| out == "interface readers done true\n");
}
