//! The concurrency programs of `testdata/run/conc` at GOMAXPROCS=1 and GOMAXPROCS=2:
//! each one not listed in `tests/known_failures.txt` must print its `X.out` and exit as
//! `X.exit` says (code, then the first line of stderr) with either number of workers,
//! whatever the machine's CPU count (the conformance harness uses the default).

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
    let got_code = out.status.code().unwrap_or(-1);
    if got != want {
        return Err(format!("stdout {got:?}, want {want:?} (stderr {stderr:?})"));
    }
    if got_code != code {
        return Err(format!("exit {got_code}, want {code} (stderr {stderr:?})"));
    }
    if let Some(e) = err {
        if stderr.lines().next() != Some(e.as_str()) {
            return Err(format!("stderr {stderr:?}, want first line {e:?}"));
        }
    }
    Ok(())
}

#[test]
fn conc_programs_at_gomaxprocs_1_and_2() {
    let skip = known_failures();
    let mut files: Vec<_> = std::fs::read_dir("testdata/run/conc")
        .expect("testdata/run/conc")
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
        ran >= 60,
        "only {ran} runs: testdata/run/conc is missing programs"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
