//! The `minigo` command line as a user meets it: exit codes and diagnostic forms.

use std::path::PathBuf;
use std::process::Command;

fn minigo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
}

fn temp_go(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minigo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p
}

#[test]
fn version_and_help() {
    let out = minigo().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("minigo "));
    let out = minigo().arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("check"));
}

#[test]
fn check_is_silent_on_a_clean_file() {
    let p = temp_go(
        "clean.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
    );
    let out = minigo().arg("check").arg(&p).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn check_reports_gos_one_line_form_and_exit_1() {
    let p = temp_go("unused.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    let out = minigo()
        .arg("check")
        .arg("--plain")
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with("unused.go:4:2: declared and not used: x\n"),
        "stderr: {err}"
    );
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let out = minigo()
        .arg("check")
        .arg("/nonexistent/x.go")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("minigo: "), "stderr: {err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn a_rust_panic_is_an_internal_error_line_with_exit_2() {
    let p = temp_go("ok.go", "package main\n\nfunc main() {}\n");
    let out = minigo()
        .arg("run")
        .arg(&p)
        .env("MINIGO_INJECT_INTERNAL_ERROR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("minigo: internal error: injected internal error (at src/main.rs:"),
        "stderr: {err}"
    );
    assert!(!err.contains("panicked"), "stderr: {err}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "written before the bug"
    );
}

#[test]
fn run_prints_and_exits_as_go() {
    let p = temp_go(
        "hello.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 1+2)\n\tvar a []int\n\t_ = a[5]\n}\n",
    );
    let out = minigo().arg("run").arg(&p).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello 3\n");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("panic: runtime error: index out of range [5] with length 0\n"),
        "stderr: {err}"
    );
}
