//! The conformance harness: every Go file under `testdata/`, in Go's own test format.
//!
//! - `// errorcheck`: the file must report exactly the errors its `// ERROR "regexp"`
//!   comments ask for, on their lines — the rule of Go's `test/run.go`: each regexp on a
//!   line must match at least one error reported on that line, and every error must be
//!   matched by some regexp of its line.
//! - `// run`: the program must check clean; once `minigo run` exists it must also print
//!   `X.out` exactly and exit as `X.exit` says (code, then the first line of stderr).
//!   Expected files come from real Go through `scripts/golden`, never from minigo.
//!
//! A Rust panic anywhere is a failure of its own kind. Files listed in
//! `tests/known_failures.txt` are expected to fail (with a reason); a listed file that
//! passes fails the run too, so the list only ever shrinks. The harness prints one line
//! per failing file (with a diff) and a closing `N passed, N failed` line.
//!
//! `MINIGO_CONFORMANCE=substring` runs only the files whose path contains it.

use minigo::driver;
use regex::Regex;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, PartialEq)]
enum Kind {
    ErrorCheck,
    Run,
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

fn kind_of(src: &str) -> Option<Kind> {
    let first = src.lines().next()?.trim();
    match first {
        "// errorcheck" => Some(Kind::ErrorCheck),
        "// run" => Some(Kind::Run),
        _ => None,
    }
}

/// The regexps of each line's `// ERROR` comment, by 1-based line. Each is written as
/// a Go string (`"..."`, where `\"` stands for a quote) or in backquotes.
fn annotations(src: &str) -> Result<BTreeMap<u32, Vec<String>>, String> {
    let mut out = BTreeMap::new();
    for (i, line) in src.lines().enumerate() {
        let Some(at) = line.find("// ERROR ") else {
            continue;
        };
        let mut rest = &line[at + "// ERROR ".len()..];
        let mut rxs = Vec::new();
        loop {
            rest = rest.trim_start();
            let Some(q) = rest.chars().next() else { break };
            if q != '"' && q != '`' {
                break;
            }
            let body = &rest[1..];
            let mut end = None;
            let mut escaped = false;
            for (j, c) in body.char_indices() {
                if q == '"' && escaped {
                    escaped = false;
                } else if q == '"' && c == '\\' {
                    escaped = true;
                } else if c == q {
                    end = Some(j);
                    break;
                }
            }
            let Some(end) = end else {
                return Err(format!("line {}: unterminated ERROR regexp", i + 1));
            };
            let rx = &body[..end];
            rxs.push(if q == '"' {
                rx.replace("\\\"", "\"")
            } else {
                rx.to_string()
            });
            rest = &body[end + 1..];
        }
        if rxs.is_empty() {
            return Err(format!("line {}: ERROR without a regexp", i + 1));
        }
        out.insert(i as u32 + 1, rxs);
    }
    Ok(out)
}

/// Checks a file in a fresh pipeline; `Err` holds the text of a Rust panic.
fn check(path: &Path, src: &str) -> Result<driver::Checked, String> {
    let name = path.display().to_string();
    let bytes = src.as_bytes().to_vec();
    std::panic::catch_unwind(move || driver::check_sources(vec![(name, bytes)])).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into())
    })
}

/// `(line, message)` of each diagnostic in the checked file.
fn reported(c: &driver::Checked) -> Vec<(u32, String)> {
    c.diags
        .iter()
        .map(|d| {
            let line = c.sm.position(d.span.lo).map(|p| p.line).unwrap_or(0);
            (line, d.message.clone())
        })
        .collect()
}

fn run_errorcheck(path: &Path, src: &str) -> Result<(), String> {
    let want = annotations(src)?;
    let checked = check(path, src).map_err(|p| format!("Rust panic: {p}"))?;
    let mut got = reported(&checked);
    let mut problems = String::new();
    for (line, rxs) in &want {
        for rx in rxs {
            let re = Regex::new(rx).map_err(|e| format!("line {line}: bad regexp: {e}"))?;
            let before = got.len();
            // As scripts/golden does: the message's first line (continuation lines
            // such as `\thave (int)` are not matched).
            got.retain(|(l, msg)| !(l == line && re.is_match(msg.lines().next().unwrap_or(""))));
            if got.len() == before {
                writeln!(problems, "  {line}: missing error matching {rx:?}").unwrap();
            }
        }
    }
    for (line, msg) in &got {
        writeln!(problems, "  {line}: unexpected error: {msg}").unwrap();
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn run_program(path: &Path, src: &str) -> Result<(), String> {
    let checked = check(path, src).map_err(|p| format!("Rust panic: {p}"))?;
    if !checked.diags.is_empty() {
        let mut s = format!("{UNCLEAN}:\n");
        for (line, msg) in reported(&checked) {
            writeln!(s, "  {line}: {msg}").unwrap();
        }
        return Err(s);
    }
    execute(path)
}

/// How a `// run` file that fails type-checking is reported.
const UNCLEAN: &str = "  does not check clean";

/// How long one program may run before it counts as hung.
const RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// The words of the `// args:` line among the file's leading comment lines: the
/// program's command-line arguments (the convention `scripts/golden` follows too).
fn program_args(src: &str) -> Vec<String> {
    src.lines()
        .map(str::trim)
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// args:"))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Runs `minigo run X.go [args]` (stdin from `X.in`, else empty) and compares stdout with
/// `X.out`, and the exit code and first line of stderr with `X.exit` (absent: exit 0).
fn execute(path: &Path) -> Result<(), String> {
    let want_out = std::fs::read(path.with_extension("out")).unwrap_or_default();
    let (want_code, want_err) = match std::fs::read_to_string(path.with_extension("exit")) {
        Ok(t) => {
            let mut lines = t.lines();
            let code = lines
                .next()
                .and_then(|c| c.trim().parse().ok())
                .unwrap_or(-1);
            (code, lines.next().unwrap_or("").to_string())
        }
        Err(_) => (0, String::new()),
    };
    let stdin = match std::fs::File::open(path.with_extension("in")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path.file_name().unwrap_or_default())
        .args(program_args(&src))
        .current_dir(dir)
        // A declaration the standard library's pruning misses fails the file.
        .env("MINIGO_PRUNE_STRICT", "1")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("  cannot start minigo: {e}"))?;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if started.elapsed() > RUN_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("  timed out after {} s", RUN_TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("  wait failed: {e}")),
        }
    };
    let got_out = out_reader.join().unwrap_or_default();
    let got_err = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let got_code = status.code().unwrap_or(-1);
    let mut problems = String::new();
    if got_err.contains("panicked at") || got_err.contains("internal error") {
        writeln!(problems, "  Rust panic:\n{got_err}").unwrap();
    }
    if got_out != want_out {
        writeln!(
            problems,
            "  stdout differs:\n{}",
            diff(
                &String::from_utf8_lossy(&want_out),
                &String::from_utf8_lossy(&got_out)
            )
        )
        .unwrap();
    }
    let got_first = got_err.lines().next().unwrap_or("");
    if got_code != want_code {
        writeln!(
            problems,
            "  exit code {got_code}, want {want_code} (stderr: {got_first:?})"
        )
        .unwrap();
    } else if want_code != 0 && got_first != want_err {
        writeln!(
            problems,
            "  first line of stderr {got_first:?}, want {want_err:?}"
        )
        .unwrap();
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A short line diff: the first differing lines with a little context.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let mut s = String::new();
    for i in first.saturating_sub(2)..(first + 3).min(w.len().max(g.len())) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => writeln!(s, "      {a}").unwrap(),
            (a, b) => {
                if let Some(a) = a {
                    writeln!(s, "    - {a}").unwrap();
                }
                if let Some(b) = b {
                    writeln!(s, "    + {b}").unwrap();
                }
            }
        }
    }
    if w.len() != g.len() {
        writeln!(s, "    ({} lines expected, {} got)", w.len(), g.len()).unwrap();
    }
    s
}

/// `MINIGO_UPDATE_KNOWN=1`: rewrites `tests/known_failures.txt` from this run — drops the
/// files that pass, keeps the reasons of those still failing, and adds new failures with
/// the first line of what went wrong. Review the diff before committing it.
fn update_known(
    root: &Path,
    known: &BTreeMap<String, String>,
    outcomes: &BTreeMap<String, Option<String>>,
) {
    let path = root.join("tests/known_failures.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut out: String = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    for (rel, outcome) in outcomes {
        let Some(why) = outcome else { continue };
        let reason = match known.get(rel) {
            Some(r) if !r.is_empty() => r.clone(),
            // The most telling line: the exit/stderr line if there is one.
            _ => why
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with("exit code") || l.starts_with("first line"))
                .or_else(|| why.lines().map(str::trim).find(|l| !l.is_empty()))
                .unwrap_or("fails")
                .to_string(),
        };
        writeln!(out, "{rel} # {reason}").unwrap();
    }
    // Files outside this run's filter keep their lines.
    for (rel, why) in known {
        if !outcomes.contains_key(rel) {
            writeln!(out, "{rel} # {why}").unwrap();
        }
    }
    std::fs::write(&path, out).expect("write tests/known_failures.txt");
}

fn known_failures(root: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root.join("tests/known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((p, why)) => (p.trim().to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

#[test]
fn conformance() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("testdata"), &mut files);
    let filter = std::env::var("MINIGO_CONFORMANCE").unwrap_or_default();
    let known = known_failures(root);
    let (mut passed, mut failed, mut skipped, mut xfail) = (0, 0, 0, 0);
    let mut report = String::new();
    let todo: Vec<(String, &PathBuf)> = files
        .iter()
        .map(|p| (p.strip_prefix(root).unwrap_or(p).display().to_string(), p))
        .filter(|(rel, _)| rel.contains(&filter))
        .collect();
    // Files run in parallel (programs are separate processes); results keep file order.
    let results: Vec<Option<Result<(), String>>> = {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let slots: Vec<std::sync::Mutex<Option<Result<(), String>>>> =
            todo.iter().map(|_| std::sync::Mutex::new(None)).collect();
        let workers = std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .max(2);
        std::thread::scope(|s| {
            for _ in 0..workers {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((_, path)) = todo.get(i) else { break };
                    let res =
                        std::fs::read_to_string(path)
                            .ok()
                            .and_then(|src| match kind_of(&src)? {
                                Kind::ErrorCheck => Some(run_errorcheck(path, &src)),
                                Kind::Run => Some(run_program(path, &src)),
                            });
                    *slots[i].lock().unwrap() = res;
                });
            }
        });
        slots.into_iter().map(|m| m.into_inner().unwrap()).collect()
    };
    let mut outcomes = BTreeMap::new();
    for ((rel, _), result) in todo.into_iter().zip(results) {
        let Some(result) = result else {
            skipped += 1;
            continue;
        };
        outcomes.insert(rel.clone(), result.clone().err());
        match (result, known.contains_key(&rel)) {
            (Ok(()), false) => passed += 1,
            // A `// run` program must check clean even while its execution is a known
            // failure, unless its reason says `check:` (issue #2 asks `minigo check` to
            // be silent on every valid program).
            (Err(why), true) if why.starts_with(UNCLEAN) && !known[&rel].starts_with("check:") => {
                failed += 1;
                writeln!(
                    report,
                    "FAIL {rel}: listed as a run failure, but it does not check clean\n{why}"
                )
                .unwrap();
            }
            (Err(_), true) => xfail += 1,
            (Ok(()), true) => {
                failed += 1;
                writeln!(
                    report,
                    "FAIL {rel}: passes now; remove it from tests/known_failures.txt"
                )
                .unwrap();
            }
            (Err(why), false) => {
                failed += 1;
                writeln!(report, "FAIL {rel}\n{why}").unwrap();
            }
        }
    }
    if std::env::var_os("MINIGO_UPDATE_KNOWN").is_some() {
        update_known(root, &known, &outcomes);
    }
    print!("{report}");
    println!(
        "conformance: {xfail} known failures (tests/known_failures.txt) and {skipped} files \
         without a test header are counted as skipped"
    );
    println!(
        "conformance: {passed} passed, {failed} failed, {} skipped",
        skipped + xfail
    );
    assert_eq!(failed, 0, "conformance failures:\n{report}");
}

#[test]
fn annotations_parse_like_gos_run_go() {
    let src = "x := 1 // ERROR \"declared and not used: x\"\ny // ERROR `a\"b` \"c\\\"d\"\n";
    let a = annotations(src).unwrap();
    assert_eq!(a[&1], vec!["declared and not used: x"]);
    assert_eq!(a[&2], vec!["a\"b", "c\"d"]);
    assert!(annotations("// ERROR \"open").is_err());
}
