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
use std::path::{Path, PathBuf};

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
        let mut s = String::from("  does not check clean:\n");
        for (line, msg) in reported(&checked) {
            writeln!(s, "  {line}: {msg}").unwrap();
        }
        return Err(s);
    }
    Ok(())
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
    for path in &files {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        if !rel.contains(&filter) {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(path) else {
            skipped += 1;
            continue;
        };
        let result = match kind_of(&src) {
            Some(Kind::ErrorCheck) => run_errorcheck(path, &src),
            Some(Kind::Run) => run_program(path, &src),
            None => {
                skipped += 1;
                continue;
            }
        };
        match (result, known.contains_key(&rel)) {
            (Ok(()), false) => passed += 1,
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
