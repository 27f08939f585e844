//! `minigo test` against real `go test`: each package under testdata/test (the book's
//! chapter 11 packages and a few more) is tested with the flags of each line of its
//! `go-test.args`, and stdout and the exit status must be what real Go gave
//! (`go-test.K.out`, `go-test.K.exit`, made by `scripts/golden-test`), durations masked.
//! Runs with `MINIGO_PRUNE_STRICT=1`, so a declaration the pruning missed fails too.
//! `MINIGO_GOTEST=substr` runs only the packages whose name contains it.

use regex::Regex;
use std::path::Path;
use std::process::Command;

/// `scripts/golden-test`'s masking: `(0.01s)`, a final `\t0.012s`, a benchmark's
/// `\t  216.9 ns/op`, the `cpu:` line and a panic's goroutine trace.
fn mask(text: &str) -> String {
    let d = Regex::new(r"\(\d+\.\d+s\)").unwrap();
    let t = Regex::new(r"(?m)\t\d+\.\d+s( \[no tests to run\])?$").unwrap();
    let ns = Regex::new(r"(?m)\t *\d+(\.\d+)? ns/op$").unwrap();
    let cpu = Regex::new(r"(?m)^cpu: .*$").unwrap();
    let text = d.replace_all(text, "(X.XXs)");
    let text = t.replace_all(&text, "\tX.XXXs$1");
    let text = ns.replace_all(&text, "\tX ns/op");
    let text = cpu.replace_all(&text, "cpu: X");
    let trace = Regex::new(r"(?s)\ngoroutine \d+ \[running\]:\n.*?\n(exit status|FAIL\t)").unwrap();
    trace
        .replace_all(&text, "\ngoroutine X [running]:\n...\n$1")
        .into_owned()
}

#[test]
fn minigo_test_matches_go_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/test");
    let filter = std::env::var("MINIGO_GOTEST").unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    assert!(!filter.is_empty() || names.len() >= 7, "{names:?}");
    let mut failures = Vec::new();
    let mut runs = 0;
    for name in &names {
        let dir = root.join(name);
        let args = std::fs::read_to_string(dir.join("go-test.args")).unwrap();
        for (k, line) in args.lines().enumerate() {
            let k = k + 1;
            let want = std::fs::read_to_string(dir.join(format!("go-test.{k}.out"))).unwrap();
            let want_exit: i32 = std::fs::read_to_string(dir.join(format!("go-test.{k}.exit")))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
                .arg("test")
                .args(line.split_whitespace())
                .current_dir(&dir)
                .env("MINIGO_PRUNE_STRICT", "1")
                .env("GOMAXPROCS", "2")
                .output()
                .unwrap();
            runs += 1;
            let got = mask(&String::from_utf8_lossy(&out.stdout));
            let code = out.status.code().unwrap_or(-1);
            if got != want || code != want_exit {
                failures.push(format!(
                    "{name} [{line}]: exit {code} (want {want_exit})\n--- got:\n{got}--- want:\n{want}--- stderr:\n{}",
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {runs} runs differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The `ok` line's package outside a module is GOPATH mode's `_/abs/dir` (what
/// `GO111MODULE=off go test` prints); a `go.mod` above gives module path + subdirectory.
#[test]
fn package_path_without_and_with_a_module() {
    let base = std::env::temp_dir().join(format!("minigo-gotest-{}", std::process::id()));
    let sub = base.join("m/sub");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(sub.join("p.go"), "package p\n\nfunc F() int { return 1 }\n").unwrap();
    std::fs::write(
        sub.join("p_test.go"),
        "package p\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {\n\tif F() != 1 {\n\t\tt.Fatal(\"F\")\n\t}\n}\n",
    )
    .unwrap();
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .arg("test")
            .current_dir(&sub)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        mask(&String::from_utf8_lossy(&out.stdout))
    };
    let abs = std::fs::canonicalize(&sub).unwrap();
    assert_eq!(run(), format!("PASS\nok  \t_{}\tX.XXXs\n", abs.display()));
    std::fs::write(base.join("m/go.mod"), "module example.com/m\n\ngo 1.22\n").unwrap();
    assert_eq!(run(), "PASS\nok  \texample.com/m/sub\tX.XXXs\n");
    let _ = std::fs::remove_dir_all(&base);
}

/// What `minigo test` does not do yet is refused with a `minigo: unsupported:` message:
/// an external test package, `TestMain`, a flag it does not know, `-run` syntax its
/// matcher lacks.
#[test]
fn unsupported_things_are_refused() {
    let base = std::env::temp_dir().join(format!("minigo-gotest-u-{}", std::process::id()));
    std::fs::create_dir_all(&base).unwrap();
    let run = |files: &[(&str, &str)], args: &[&str]| {
        for e in std::fs::read_dir(&base).unwrap().flatten() {
            std::fs::remove_file(e.path()).unwrap();
        }
        for (name, src) in files {
            std::fs::write(base.join(name), src).unwrap();
        }
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .arg("test")
            .args(args)
            .current_dir(&base)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code(), text)
    };
    let pkg = ("w.go", "package w\n\nfunc F() int { return 1 }\n");
    let test = (
        "w_test.go",
        "package w\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n",
    );
    let external = (
        "x_test.go",
        "package w_test\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
    );
    let (code, text) = run(&[pkg, external], &[]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("minigo: unsupported: external test package"),
        "{text}"
    );
    let main = (
        "m_test.go",
        "package w\n\nimport \"testing\"\n\nfunc TestMain(m *testing.M) {}\n",
    );
    let (code, text) = run(&[pkg, main], &[]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("minigo: unsupported: TestMain"), "{text}");
    let (code, text) = run(&[pkg, test], &["-benchmem"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("minigo: unsupported: test flag -benchmem"),
        "{text}"
    );
    let (code, text) = run(&[pkg, test], &["-run", "F{2}"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("minigo: unsupported: counted repetition"),
        "{text}"
    );
    // And the matcher's own syntax works: a class, a group, an anchored alternation.
    let (code, text) = run(&[pkg, test], &["-v", "-run", "^(Test[E-G]|x)$"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("--- PASS: TestF"), "{text}");
    let (code, text) = run(&[pkg, test], &["-v", "-run", "^Test$"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("testing: warning: no tests to run"), "{text}");
    let _ = std::fs::remove_dir_all(&base);
}
