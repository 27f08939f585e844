//! Shared by the GOMAXPROCS tests (`conc_procs`, `io_procs`, `net_procs`): runs every
//! program of a `testdata/run` directory at several GOMAXPROCS values, with its stdin
//! (`X.in`) and arguments (the `// args:` line), each under a time limit, and compares
//! stdout, the exit code and the first line of stderr with what real Go produced
//! (`X.out`, `X.exit`: the code, then the first stderr line; absent: exit 0). Files
//! listed in `tests/known_failures.txt` are skipped (the conformance harness checks that
//! they still fail).

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run that takes longer than this is a hang (the programs take well under a second).
const LIMIT: Duration = Duration::from_secs(120);

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

/// Runs one program at `procs` workers and compares it with real Go's results.
pub fn check(path: &Path, procs: &str) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let stdin = match std::fs::File::open(path.with_extension("in")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path)
        .args(program_args(&src))
        .env("GOMAXPROCS", procs)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            String::from_utf8_lossy(&v).into_owned()
        })
    };
    let out = reader(Box::new(child.stdout.take().ok_or("no stdout")?));
    let err = reader(Box::new(child.stderr.take().ok_or("no stderr")?));
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("no exit after {} s (a hang)", LIMIT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let got = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let want = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let (code, first) = match std::fs::read_to_string(path.with_extension("exit")) {
        Ok(t) => {
            let mut l = t.lines();
            let c = l.next().and_then(|c| c.trim().parse().ok()).unwrap_or(0);
            (c, l.next().map(str::to_string))
        }
        Err(_) => (0, None),
    };
    if got != want {
        return Err(format!("stdout {got:?}, want {want:?} (stderr {stderr:?})"));
    }
    if status.code() != Some(code) {
        return Err(format!(
            "exit {:?}, want {code} (stderr {stderr:?})",
            status.code()
        ));
    }
    if let Some(e) = first {
        if stderr.lines().next() != Some(e.as_str()) {
            return Err(format!("stderr {stderr:?}, want first line {e:?}"));
        }
    }
    Ok(())
}

/// Runs every `.go` program of `dir` not listed as a known failure at each of `procs`;
/// fails listing every mismatch, or when fewer than `min_runs` runs happened (programs
/// went missing).
pub fn run_dir(dir: &str, procs: &[&str], min_runs: usize) {
    let skip = known_failures();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
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
        for p in procs {
            ran += 1;
            if let Err(e) = check(f, p) {
                failures.push(format!("{name} at GOMAXPROCS={p}: {e}"));
            }
        }
    }
    assert!(
        ran >= min_runs,
        "only {ran} runs: {dir} is missing programs"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
