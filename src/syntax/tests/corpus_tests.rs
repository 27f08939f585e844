//! Whole inputs: every `.go` file under testdata/ parses without diagnostics (except
//! errorcheck files that expect syntax errors), and the code blocks of the notes parse as
//! REPL input.

use crate::source::SourceMap;
use crate::syntax::{parse_file, IdGen};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

#[test]
fn every_testdata_file_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let errorcheck = text.starts_with("// errorcheck");
        // Snippets (no `package` clause) are REPL input: tests/snippet.rs runs them.
        if !crate::repl::snippet::has_package_clause(&text) {
            continue;
        }
        let mut sm = SourceMap::new();
        let f = sm.add(path.display().to_string(), text.as_str());
        let (ast, diags) = parse_file(&f, &IdGen::new());
        n += 1;
        // In an errorcheck file every diagnostic must sit on a line that expects an
        // error; elsewhere there must be none.
        let lines: Vec<&str> = text.lines().collect();
        for d in &diags {
            let p = sm.position(d.span.lo).unwrap();
            let annotated = lines
                .get(p.line as usize - 1)
                .is_some_and(|l| l.contains("// ERROR"));
            if !errorcheck || !annotated {
                failures.push(format!("{p}: {}", d.message));
            }
        }
        if errorcheck && text.contains("syntax error") && diags.is_empty() {
            failures.push(format!("{}: expected a syntax error", path.display()));
        }
        if ast.is_none() && !errorcheck {
            failures.push(format!("{}: no AST", path.display()));
        }
    }
    assert!(n > 0, "no testdata found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn notes_code_blocks_parse_as_repl_input() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        root.join("../shared/seed/notes-en.md"),
        root.join("../../shared/seed/notes-en.md"),
        PathBuf::from("/work/shared/seed/notes-en.md"),
    ];
    let Some(Ok(notes)) = candidates
        .iter()
        .find(|p| p.exists())
        .map(std::fs::read_to_string)
    else {
        eprintln!("notes not found; skipped");
        return;
    };
    let mut n = 0;
    for (i, block) in notes.split("```go\n").skip(1).enumerate() {
        let code = block.split("```").next().unwrap_or("");
        let mut sm = SourceMap::new();
        let f = sm.add(format!("block{i}"), code);
        let r = crate::syntax::parse_repl(&f, &IdGen::new());
        let msgs: Vec<String> = r
            .diags
            .iter()
            .map(|d| format!("{}: {}", sm.position(d.span.lo).unwrap(), d.message))
            .collect();
        assert!(msgs.is_empty(), "{}\n{code}", msgs.join("\n"));
        assert!(!r.incomplete);
        assert!(!r.items.is_empty());
        n += 1;
    }
    assert!(n >= 3);
}

/// Parses every `.go` file under `$MINIGO_PARSE_DIR` (say Go's own `src/`) and prints
/// the files with syntax errors: `MINIGO_PARSE_DIR=... cargo test --release --lib
/// parse_dir -- --ignored --nocapture`.
#[test]
#[ignore]
fn parse_dir() {
    let Ok(dir) = std::env::var("MINIGO_PARSE_DIR") else {
        return;
    };
    let mut files = Vec::new();
    collect(Path::new(&dir), &mut files);
    files.sort();
    let (mut n, mut bad) = (0, 0);
    let start = std::time::Instant::now();
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let mut sm = SourceMap::new();
        let f = sm.add(path.display().to_string(), text.as_str());
        let repeat: usize = std::env::var("MINIGO_PARSE_REPEAT")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(1);
        let mut best = std::time::Duration::MAX;
        let mut diags = Vec::new();
        for _ in 0..repeat {
            let t = std::time::Instant::now();
            diags = parse_file(&f, &IdGen::new()).1;
            best = best.min(t.elapsed());
        }
        if repeat > 1 {
            println!("{}: best of {repeat}: {best:.2?}", path.display());
        }
        n += 1;
        if let Some(d) = diags.first() {
            bad += 1;
            println!("{}: {}", sm.position(d.span.lo).unwrap(), d.message);
        }
    }
    println!(
        "parsed {n} files in {:.2?}: {bad} with diagnostics",
        start.elapsed()
    );
}

/// A parser-only fuzzer (the front-end fuzzer in `tests/` goes through the checker,
/// which is slower): testdata files mutated at the byte level and as token soup, through
/// `parse_file` and `parse_repl`. `MINIGO_PARSE_FUZZ_SECS=120 cargo test --release --lib
/// parse_fuzz -- --ignored --nocapture`; a panic fails the test with the input.
#[test]
#[ignore]
fn parse_fuzz() {
    let secs: u64 = std::env::var("MINIGO_PARSE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let corpus: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    assert!(!corpus.is_empty());
    let pieces: &[&[u8]] = &[
        b"(",
        b")",
        b"{",
        b"}",
        b"[",
        b"]",
        b";",
        b"\n",
        b",",
        b".",
        b"...",
        b":=",
        b"=",
        b"func",
        b"type",
        b"var",
        b"const",
        b"if",
        b"else",
        b"for",
        b"range",
        b"switch",
        b"case",
        b"default",
        b"select",
        b"go",
        b"defer",
        b"chan",
        b"<-",
        b"map",
        b"struct",
        b"interface",
        b"x",
        b"T",
        b"1",
        b"0x",
        b"1e",
        b"'",
        b"\"",
        b"`",
        b"/*",
        b"//",
        b"\\",
        b"\xff",
        b"\xe2\x82",
        b"@",
        b"~",
        b"|",
        b"*",
        b"&",
        b"package p\n",
        b"import",
    ];
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        rng ^= rng >> 12;
        rng ^= rng << 25;
        rng ^= rng >> 27;
        rng.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let start = std::time::Instant::now();
    let mut n = 0u64;
    while start.elapsed().as_secs() < secs {
        let mut input = if next() % 8 == 0 {
            Vec::new()
        } else {
            corpus[(next() % corpus.len() as u64) as usize].clone()
        };
        for _ in 0..1 + next() % 8 {
            let len = input.len().max(1) as u64;
            let at = (next() % len) as usize;
            match next() % 4 {
                0 if !input.is_empty() => {
                    let end = (at + (next() % 16) as usize).min(input.len());
                    input.drain(at..end);
                }
                1 => {
                    let p = pieces[(next() % pieces.len() as u64) as usize];
                    let at = at.min(input.len());
                    input.splice(at..at, p.iter().copied());
                }
                2 if input.len() > 2 => {
                    let other = (next() % len) as usize;
                    let last = input.len() - 1;
                    input.swap(at.min(last), other.min(last));
                }
                _ => {
                    for _ in 0..next() % 32 {
                        input.extend_from_slice(pieces[(next() % pieces.len() as u64) as usize]);
                        input.push(b' ');
                    }
                }
            }
        }
        let text = String::from_utf8_lossy(&input).into_owned();
        let run = std::panic::catch_unwind(|| {
            let mut sm = SourceMap::new();
            let f = sm.add("fuzz.go", text.as_str());
            let _ = parse_file(&f, &IdGen::new());
            let _ = crate::syntax::parse_repl(&f, &IdGen::new());
        });
        assert!(run.is_ok(), "panic on input:\n{text}");
        n += 1;
    }
    println!("parse_fuzz: {n} inputs in {secs} s without a panic");
}
