//! Snippet mode (`minigo run file.go` on a file with no `package` clause), issue #5.
//!
//! `testdata/snippets/notes-en.md` is a verbatim copy of the user's notes. Each of its
//! code blocks stands verbatim in a snippet `testdata/snippets/NAME.go`, followed (or
//! preceded) by a few lines that use it. Expected outputs come from real Go: beside each
//! snippet, `testdata/snippets/golden/NAME.go` is the same lines wrapped as a `// run`
//! package main program (imports written out, declarations at package level, statements
//! in `main`), and `scripts/golden testdata/snippets/golden` made its `NAME.out` (and
//! `NAME.exit`: exit code, first stderr line) with Go 1.27. The conformance harness runs
//! the wrappers too. This test checks that every non-blank line of a snippet appears in
//! its wrapper (indentation aside; a top-level `x := e` appears as `x = e`, its variable
//! declared at package level), so the two cannot drift apart; that every notes block
//! appears verbatim in some snippet; and that `minigo run` on the snippet gives the
//! wrapper's output and exit status.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/snippets")
}

/// The ```go code blocks of the notes, verbatim.
fn notes_blocks() -> Vec<String> {
    let notes = std::fs::read_to_string(root().join("notes-en.md")).unwrap();
    let mut out = Vec::new();
    let mut rest = notes.as_str();
    while let Some(i) = rest.find("```go\n") {
        let body = &rest[i + 6..];
        let end = body.find("```").unwrap();
        out.push(body[..end].to_string());
        rest = &body[end + 3..];
    }
    out
}

fn snippets() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_notes_block_is_in_a_snippet() {
    let blocks = notes_blocks();
    assert_eq!(blocks.len(), 3, "the notes have three code blocks");
    let all: Vec<String> = snippets()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for b in &blocks {
        assert!(
            all.iter().any(|s| s.contains(b.as_str())),
            "no snippet holds the notes block verbatim:\n{b}"
        );
    }
}

#[test]
fn snippet_lines_are_their_wrappers_lines() {
    for p in snippets() {
        let wrapper = root().join("golden").join(p.file_name().unwrap());
        let w = std::fs::read_to_string(&wrapper)
            .unwrap_or_else(|_| panic!("{} has no wrapper", p.display()));
        let s = std::fs::read_to_string(&p).unwrap();
        for line in s.lines().filter(|l| !l.trim().is_empty()) {
            // A top-level `x := e` is `var x T` at package level plus `x = e` in main.
            let assigned = line.replacen(" := ", " = ", 1);
            assert!(
                w.lines().any(|x| x.trim() == line.trim() || x == assigned),
                "{}: line {line:?} is not in its wrapper",
                p.display()
            );
        }
    }
}

#[test]
fn snippets_run_as_real_go_runs_their_wrappers() {
    let mut n = 0;
    for p in snippets() {
        let stem = p.file_stem().unwrap().to_string_lossy().to_string();
        let golden = root().join("golden");
        let want_out = std::fs::read_to_string(golden.join(format!("{stem}.out"))).unwrap();
        let (want_code, want_err) =
            match std::fs::read_to_string(golden.join(format!("{stem}.exit"))) {
                Ok(t) => {
                    let mut l = t.lines();
                    let code: i32 = l.next().unwrap().trim().parse().unwrap();
                    (code, l.next().unwrap_or("").to_string())
                }
                Err(_) => (0, String::new()),
            };
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .arg("run")
            .arg(&p)
            // A standard-library declaration that pruning misses fails the snippet.
            .env("MINIGO_PRUNE_STRICT", "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stdout,
            want_out,
            "{}: stdout (stderr: {stderr})",
            p.display()
        );
        assert_eq!(
            out.status.code(),
            Some(want_code),
            "{}: {stderr}",
            p.display()
        );
        assert_eq!(
            stderr.lines().next().unwrap_or(""),
            want_err,
            "{}: first line of stderr",
            p.display()
        );
        n += 1;
    }
    assert!(n >= 4);
}

fn temp(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minigo-snippet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p
}

/// A diagnostic points at the user's own file, line and column.
#[test]
fn errors_point_at_the_users_text() {
    let src = "x := 1\nfunc f() int { return x }\n\ty := \"a\" + x\n";
    let p = temp("err.go", src);
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "--plain"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let first = err.lines().next().unwrap();
    let prefix = format!("{}:3:7: ", p.display());
    assert!(first.starts_with(&prefix), "{err}");
    // Line 3, column 7 is where `"a" + x` starts.
    assert!(src.lines().nth(2).unwrap()[6..].starts_with("\"a\" + x"));
    assert!(first.contains("mismatched types"), "{err}");
}

/// Unused variables and imports are not errors in a snippet; a file with a `package`
/// clause keeps Go's rules.
#[test]
fn unused_is_relaxed_only_in_snippets() {
    let p = temp(
        "unused.go",
        "import \"os\"\nfunc f() { y := 1 }\nfmt.Println(\"ok\")\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
    assert_eq!(out.status.code(), Some(0));
    let p = temp(
        "unused_pkg.go",
        "package main\nimport \"os\"\nfunc main() { y := 1 }\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "--plain"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("\"os\" imported and not used"), "{err}");
    assert!(err.contains("declared and not used: y"), "{err}");
}
