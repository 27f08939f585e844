//! The network programs of `testdata/run/net` at GOMAXPROCS=1 and GOMAXPROCS=2: each
//! one not listed in `tests/known_failures.txt` must print its `X.out` (made by real Go)
//! and exit 0 with either number of workers; the conformance harness runs them at the
//! default. Each runs client and server in one process over 127.0.0.1.

use std::path::Path;
use std::process::Command;

fn known_failures() -> Vec<String> {
    std::fs::read_to_string("tests/known_failures.txt")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split(" #").next())
        .map(|s| s.trim().to_string())
        .collect()
}

fn check(path: &Path, procs: &str) -> Result<(), String> {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path)
        .env("GOMAXPROCS", procs)
        .output()
        .map_err(|e| e.to_string())?;
    let want = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let got = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if got != want {
        return Err(format!("stdout {got:?}, want {want:?} (stderr {stderr:?})"));
    }
    if !out.status.success() {
        return Err(format!("exit {:?} (stderr {stderr:?})", out.status.code()));
    }
    Ok(())
}

#[test]
fn net_programs_at_gomaxprocs_1_and_2() {
    let skip = known_failures();
    let mut files: Vec<_> = std::fs::read_dir("testdata/run/net")
        .expect("testdata/run/net")
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
        ran >= 10,
        "only {ran} runs: testdata/run/net is missing programs"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
