//! `minigo test`: Go's `go test` for one package directory (The Go Programming
//! Language, chapter 11).
//!
//! The package's files and its `_test.go` files (same package clause) are checked
//! together with one generated file, `_testmain.go`, in the same package: its function
//! `_testmain` hands every `TestXxx`, `BenchmarkXxx` and `ExampleXxx` (found here in
//! the test files, in file-name then source order) to `testing.Main`, the embedded
//! `testing` package's runner, and the program's entry calls `_testmain` instead of
//! `main` (`driver::compile_sources_entry`). The flags go to the program as Go's test
//! binary gets them (`-test.v=true`, `-test.run=...`). As `go test` does in a
//! package directory, the program's stderr is merged into stdout, and the last line
//! (`ok  \tPKG\t0.012s`, or `exit status N` and `FAIL\tPKG\t...`) is printed here.
//!
//! With a directory or files named (`minigo test .`), `go test` is in package list mode:
//! the output of a passing package is kept back (only its `ok` line, with ` [no tests to
//! run]` if none ran, is printed; with -v or -bench all of it, once the test ends), and a
//! failing one ends in `FAIL\tPKG\t0.003s` and `FAIL`, without `exit status N`.
//!
//! The package path in that line is what `go test` prints: the module path from the
//! nearest `go.mod` plus the directory below it, or, with no `go.mod`, GOPATH mode's
//! `_/abs/dir` (what `GO111MODULE=off go test` prints outside a GOPATH; module mode
//! would refuse to run at all). Files named on the command line are
//! `command-line-arguments`, as in Go.
//!
//! Differences: an external test package (`package word_test`) is refused, build
//! constraints other than `//go:build ignore` are not evaluated, and `go vet`'s checks
//! that `go test` runs first are not made.

mod discover;

use std::path::{Path, PathBuf};

/// The command line of `minigo test`.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// `-v`
    pub verbose: bool,
    /// `-run REGEXP`
    pub run: Option<String>,
    /// `-bench REGEXP`
    pub bench: Option<String>,
    /// `-benchtime D`
    pub benchtime: Option<String>,
    /// `-short`
    pub short: bool,
    /// A directory, or `.go` files of one package; none: the current directory.
    pub paths: Vec<PathBuf>,
}

/// Parses `minigo test`'s arguments as `go test` takes them: `-v`, `-short`,
/// `-run RE`, `-bench RE`, `-benchtime D` (also `-flag=value`, `--flag`), `-count=1`
/// (tests are never cached anyway), then a directory or files.
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if !a.starts_with('-') || a == "-" {
            o.paths.push(PathBuf::from(a));
            continue;
        }
        let flag = a.trim_start_matches('-');
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag, None),
        };
        let bool_value = |v: &Option<String>| -> Result<bool, String> {
            match v.as_deref() {
                None | Some("true") | Some("1") => Ok(true),
                Some("false") | Some("0") => Ok(false),
                Some(x) => Err(format!("invalid boolean value {x:?} for -{name}")),
            }
        };
        match name {
            "v" => o.verbose = bool_value(&inline)?,
            "short" => o.short = bool_value(&inline)?,
            "run" | "bench" | "benchtime" | "count" => {
                let v = match inline {
                    Some(v) => v,
                    None => {
                        let v = args
                            .get(i)
                            .cloned()
                            .ok_or_else(|| format!("flag needs an argument: -{name}"))?;
                        i += 1;
                        v
                    }
                };
                match name {
                    "run" => o.run = Some(v),
                    "bench" => o.bench = Some(v),
                    "benchtime" => o.benchtime = Some(v),
                    _ if v == "1" => {}
                    _ => return Err(format!("minigo: unsupported: -count={v} (only -count=1)")),
                }
            }
            _ => return Err(format!("minigo: unsupported: test flag {a}")),
        }
    }
    Ok(o)
}

/// Runs `minigo test`; returns the exit status.
pub fn run(opts: &Options) -> i32 {
    let (files, pkg) = match package_files(&opts.paths) {
        Ok(x) => x,
        Err(text) => {
            eprintln!("{text}");
            return 1;
        }
    };
    let mut sources = Vec::new();
    for f in &files {
        match crate::driver::read_source(f) {
            Ok(b) => sources.push((display(f), b)),
            Err(text) => {
                eprintln!("{text}");
                return 1;
            }
        }
    }
    let found = match discover::discover(&sources) {
        Ok(f) => f,
        Err(text) => {
            eprint!("# {pkg}\n{text}");
            println!("FAIL\t{pkg} [setup failed]");
            return 1;
        }
    };
    let Some(found) = found else {
        println!("?   \t{pkg}\t[no test files]");
        return 0;
    };
    sources.push(("_testmain.go".into(), found.testmain().into_bytes()));
    let prog = match crate::driver::compile_sources_entry(sources, discover::TESTMAIN) {
        Ok(p) => p,
        Err(text) => {
            let in_test = text
                .lines()
                .any(|l| l.split(':').next().is_some_and(|f| f.ends_with("_test.go")));
            if in_test {
                eprint!("# {pkg} [{pkg}.test]\n{text}");
            } else {
                eprint!("# {pkg}\n{text}");
            }
            println!("FAIL\t{pkg} [build failed]");
            return 1;
        }
    };
    let name = pkg.rsplit('/').next().unwrap_or(&pkg);
    let mut args = vec![
        format!("/tmp/minigo-test/{name}.test"),
        format!("-test.importpath={pkg}"),
    ];
    if opts.verbose {
        args.push("-test.v=true".into());
    }
    if let Some(r) = &opts.run {
        args.push(format!("-test.run={r}"));
    }
    if let Some(b) = &opts.bench {
        args.push(format!("-test.bench={b}"));
    }
    if let Some(b) = &opts.benchtime {
        args.push(format!("-test.benchtime={b}"));
    }
    if opts.short {
        args.push("-test.short=true".into());
    }
    crate::stdlib::native::sys::set_args(args);
    // Package list mode (a directory or files named): go test keeps the test's output
    // and shows it only if it failed (or with -v or -bench).
    let list_mode = !opts.paths.is_empty();
    let capture = if list_mode { Capture::start() } else { None };
    if capture.is_none() {
        merge_stderr_into_stdout();
    }
    let start = std::time::Instant::now();
    let code = crate::driver::run_program(prog);
    let secs = start.elapsed().as_secs_f64();
    crate::stdlib::native::flush();
    let Some(capture) = capture else {
        return if code == 0 {
            println!("ok  \t{pkg}\t{secs:.3}s");
            0
        } else {
            println!("exit status {code}\nFAIL\t{pkg}\t{secs:.3}s");
            1
        };
    };
    let output = capture.finish();
    if code == 0 {
        if opts.verbose || opts.bench.is_some() {
            print!("{output}");
        }
        let none = output
            .lines()
            .any(|l| l == "testing: warning: no tests to run");
        let note = if none { " [no tests to run]" } else { "" };
        println!("ok  \t{pkg}\t{secs:.3}s{note}");
        0
    } else {
        print!("{output}");
        println!("FAIL\t{pkg}\t{secs:.3}s\nFAIL");
        1
    }
}

/// The test program's stdout and stderr, sent to a temporary file while it runs
/// (package list mode).
struct Capture {
    path: PathBuf,
    saved: [i32; 2],
}

impl Capture {
    /// Points fds 1 and 2 at a new temporary file; `None` if that cannot be done.
    #[cfg(unix)]
    fn start() -> Option<Capture> {
        use std::os::fd::AsRawFd;
        let path = std::env::temp_dir().join(format!("minigo-test-{}.out", std::process::id()));
        let file = std::fs::File::create(&path).ok()?;
        crate::stdlib::native::flush();
        // SAFETY: `dup`/`dup2` on the process's own standard descriptors and a file
        // this function owns; the saved copies are restored by `finish`.
        unsafe {
            let saved = [libc::dup(1), libc::dup(2)];
            if saved.contains(&-1) {
                return None;
            }
            libc::dup2(file.as_raw_fd(), 1);
            libc::dup2(file.as_raw_fd(), 2);
            Some(Capture { path, saved })
        }
    }

    #[cfg(not(unix))]
    fn start() -> Option<Capture> {
        None
    }

    /// Restores fds 1 and 2 and returns what was written.
    fn finish(self) -> String {
        #[cfg(unix)]
        // SAFETY: restores the descriptors `start` saved.
        unsafe {
            libc::dup2(self.saved[0], 1);
            libc::dup2(self.saved[1], 2);
            libc::close(self.saved[0]);
            libc::close(self.saved[1]);
        }
        let text = std::fs::read(&self.path).unwrap_or_default();
        let _ = std::fs::remove_file(&self.path);
        String::from_utf8_lossy(&text).into_owned()
    }
}

/// `go test` runs the test binary with its stderr going where its stdout goes.
fn merge_stderr_into_stdout() {
    #[cfg(unix)]
    // SAFETY: `dup2` on the process's own standard descriptors; nothing holds fd 2's
    // old description in a way that closing it could break.
    unsafe {
        libc::dup2(1, 2);
    }
}

/// How a file is named in messages: `./x.go` for the current directory, as Go does.
fn display(p: &Path) -> String {
    let s = p.display().to_string();
    if p.is_relative() && !s.starts_with("./") && !s.starts_with("../") {
        format!("./{s}")
    } else {
        s
    }
}

/// The files of the package to test and its path as `go test` prints it.
fn package_files(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, String), String> {
    let dir = match paths {
        [] => PathBuf::from("."),
        [d] if d.is_dir() => d.clone(),
        files => {
            for f in files {
                if f.extension().is_none_or(|e| e != "go") {
                    return Err(format!(
                        "minigo: unsupported: minigo test takes one directory or .go files (not {})",
                        f.display()
                    ));
                }
            }
            return Ok((files.to_vec(), "command-line-arguments".into()));
        }
    };
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("minigo: {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".go") || name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        let path = if dir == Path::new(".") {
            PathBuf::from(&name)
        } else {
            dir.join(&name)
        };
        if ignored(&path) {
            continue;
        }
        files.push(path);
    }
    files.sort();
    if files.is_empty() {
        let abs = std::path::absolute(&dir).unwrap_or(dir.clone());
        return Err(format!("no Go files in {}", abs.display()));
    }
    Ok((files, package_path(&dir)))
}

/// A file with a `//go:build ignore` line before its package clause.
fn ignored(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with("package ") {
            break;
        }
        if let Some(expr) = l.strip_prefix("//go:build ") {
            return expr.split_whitespace().any(|w| w == "ignore");
        }
    }
    false
}

/// The import path `go test` prints for directory `dir` (see the module comment).
pub fn package_path(dir: &Path) -> String {
    let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let abs = clean(&abs);
    let mut at = Some(abs.as_path());
    while let Some(d) = at {
        if let Ok(text) = std::fs::read_to_string(d.join("go.mod")) {
            let module = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("module "))
                .map(|m| m.trim().trim_matches('"').to_string());
            if let Some(m) = module {
                let rel = abs.strip_prefix(d).unwrap_or(Path::new(""));
                return if rel.as_os_str().is_empty() {
                    m
                } else {
                    format!("{m}/{}", rel.display())
                };
            }
        }
        at = d.parent();
    }
    format!("_{}", abs.display())
}

/// `abs` without `.` and `..` elements.
fn clean(abs: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}
