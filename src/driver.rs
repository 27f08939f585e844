//! The pipeline driven from files on disk: read, parse, check. Used by the CLI and the
//! conformance harness, so both see exactly the same diagnostics.

use crate::diag::{self, Diagnostic};
use crate::source::SourceMap;
use crate::syntax::{self, IdGen};
use crate::types;
use std::path::Path;

/// Everything a run of the front end produced.
pub struct Checked {
    pub sm: SourceMap,
    pub diags: Vec<Diagnostic>,
    /// More than `diag::MAX_ERRORS` errors were found (gc's `too many errors`).
    pub too_many: bool,
    pub info: Option<types::Info>,
    /// The main package's parsed files (for the compiler).
    pub files: Vec<crate::syntax::ast::File>,
    /// The standard library was pruned (`types::prune`).
    pub planned: bool,
}

/// Reads, parses and type-checks the files of one `main` package. Syntax errors stop
/// the pipeline before checking, as in gc (other parse errors do not).
/// A file that cannot be read is an error in Go's words (`open x.go: no such file or
/// directory`).
pub fn check_paths(paths: &[&Path]) -> Result<Checked, String> {
    let mut sources = Vec::new();
    for p in paths {
        let bytes = read_source(p)?;
        sources.push((p.display().to_string(), bytes));
    }
    Ok(check_sources(sources))
}

/// Reads a source file; the error reads as Go's `*PathError` does.
pub fn read_source(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
            _ => e.to_string(),
        };
        format!("open {}: {what}", path.display())
    })
}

/// Like `check_paths` with the files' contents given. Invalid UTF-8 is replaced (the
/// lexer reports it where it stands).
pub fn check_sources(sources: Vec<(String, Vec<u8>)>) -> Checked {
    check_sources_mode(sources, true)
}

/// `check_sources`; with `lazy` false, every standard-library function body is
/// checked too, reached or not (`types::check_program_mode`).
pub fn check_sources_mode(sources: Vec<(String, Vec<u8>)>, lazy: bool) -> Checked {
    check_sources_opts(sources, lazy, false)
}

/// `check_sources_mode`; with `prune`, the standard library is first pruned to what
/// the program can reach (`types::prune`; not with a dot import).
fn check_sources_opts(sources: Vec<(String, Vec<u8>)>, lazy: bool, prune: bool) -> Checked {
    let mut sm = SourceMap::new();
    let ids = IdGen::new();
    let mut diags = Vec::new();
    let mut files = Vec::new();
    let single = sources.len() == 1;
    for (name, bytes) in sources {
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        if single && !crate::repl::snippet::has_package_clause(&text) {
            return check_snippet(name, text, prune);
        }
        let file = sm.add(name, text);
        let (ast, ds) = syntax::parse_file(&file, &ids);
        diags.extend(ds);
        files.extend(ast);
    }
    let mut info = None;
    let mut planned = false;
    // As in gc, only syntax errors stop the pipeline; lexical errors and the parser's
    // other complaints (`expression in go must be function call`) do not.
    if !diags.iter().any(|d| d.message.starts_with("syntax error")) {
        let plan = if prune {
            let texts: Vec<&str> = sm.files().iter().map(|f| &*f.text).collect();
            types::prune::plan(&texts)
        } else {
            None
        };
        planned = plan.is_some();
        let (i, ds) = types::check_program_plan(&mut sm, &ids, &files, lazy, plan);
        diags.extend(ds);
        info = Some(i);
    }
    let too_many = diag::sort_and_limit(&mut diags);
    Checked {
        sm,
        diags,
        too_many,
        info,
        files,
        planned,
    }
}

/// Snippet mode (issue #5): a file with no `package` clause runs as the REPL would run
/// its lines (`repl::snippet` says how it becomes a `package main` file).
fn check_snippet(name: String, text: String, prune: bool) -> Checked {
    let plan = if prune {
        types::prune::plan_snippet(&text, crate::repl::snippet::std_package_for)
    } else {
        None
    };
    let planned = plan.is_some();
    let mut sm = SourceMap::new();
    let ids = IdGen::new();
    let file = sm.add(name, text);
    let p = syntax::parse_repl(&file, &ids);
    let mut diags = p.diags;
    let mut files = Vec::new();
    let mut info = None;
    if !diags.iter().any(|d| d.message.starts_with("syntax error")) {
        let at = crate::source::Span::new(file.base, file.base);
        let built = crate::repl::snippet::build(
            &mut sm,
            &ids,
            p.items,
            at,
            &crate::repl::shape::Shape::default(),
            plan.as_ref(),
        );
        diags.extend(built.diags);
        files.extend(built.file);
        info = built.info;
    }
    let too_many = diag::sort_and_limit(&mut diags);
    Checked {
        sm,
        diags,
        too_many,
        info,
        files,
        planned,
    }
}

/// Reads, checks and compiles a program; on errors, their text (Go's one-line form).
pub fn compile_paths(paths: &[&Path]) -> Result<std::sync::Arc<crate::vm::Program>, String> {
    let mut sources = Vec::new();
    for p in paths {
        sources.push((p.display().to_string(), read_source(p)?));
    }
    compile_sources(sources)
}

/// Like `compile_paths` with the files' contents given.
pub fn compile_sources(
    sources: Vec<(String, Vec<u8>)>,
) -> Result<std::sync::Arc<crate::vm::Program>, String> {
    let (r, checked) = compile_sources_keep(sources, "main");
    drop(checked);
    r
}

/// `compile_sources` for a program whose entry, after initialization, calls the
/// function `main_func` of the main package instead of `main` (`minigo test`).
pub fn compile_sources_entry(
    sources: Vec<(String, Vec<u8>)>,
    main_func: &str,
) -> Result<std::sync::Arc<crate::vm::Program>, String> {
    compile_sources_keep(sources, main_func).0
}

/// `compile_sources`, also handing back the front end's results, which a caller about
/// to exit may leak rather than free (dropping them costs ~8% of a hello world's run).
///
/// The standard library is pruned to the declarations the program can reach
/// (`types::prune`) and its bodies are checked lazily (`types::lazy`). Both are
/// over-approximations that could still miss something: if the pruned program does not
/// check and compile cleanly, it is checked again unpruned (so its diagnostics are
/// always those of the whole library), and should the compiler meet a body left
/// unchecked, again with every body. A miss makes the run slower, never wrong; with
/// `MINIGO_PRUNE_STRICT=1` (the conformance harness sets it) a pruning miss is an
/// internal error instead, so the corpus proves there are none.
fn compile_sources_keep(
    sources: Vec<(String, Vec<u8>)>,
    main_func: &str,
) -> (Result<std::sync::Arc<crate::vm::Program>, String>, Checked) {
    let debug = std::env::var_os("MINIGO_LAZY_DEBUG").is_some();
    let pruned = check_sources_opts(sources.clone(), true, true);
    let planned = pruned.planned;
    let failed = if pruned.diags.is_empty() {
        let r = compile_checked(&pruned, main_func);
        match r {
            Ok(_) => return (r, pruned),
            Err(text) => text,
        }
    } else {
        diag::render_plain(&pruned.sm, &pruned.diags, pruned.too_many)
    };
    drop(pruned);
    let checked = check_sources(sources.clone());
    let r = compile_checked(&checked, main_func);
    if planned && r.is_ok() {
        if debug {
            eprint!("minigo: pruning missed a declaration, checked again:\n{failed}");
        }
        if std::env::var("MINIGO_PRUNE_STRICT").is_ok_and(|v| v == "1") {
            let text = format!("minigo: internal error: pruning missed a declaration:\n{failed}");
            return (Err(text), checked);
        }
    }
    match &r {
        Err(text) if text.contains(crate::compile::UNCHECKED_BODY) => {
            if debug {
                eprint!("minigo: lazy checking missed a body, checking everything:\n{text}");
            }
            let checked = check_sources_mode(sources, false);
            (compile_checked(&checked, main_func), checked)
        }
        _ => (r, checked),
    }
}

/// Compiles what `check_sources` produced; on errors, their text (Go's one-line form).
fn compile_checked(
    checked: &Checked,
    main_func: &str,
) -> Result<std::sync::Arc<crate::vm::Program>, String> {
    if !checked.diags.is_empty() {
        return Err(diag::render_plain(
            &checked.sm,
            &checked.diags,
            checked.too_many,
        ));
    }
    let Some(info) = &checked.info else {
        return Err("minigo: internal error: no type information".into());
    };
    let heap = std::sync::Arc::new(crate::runtime::heap::Heap::new());
    if std::env::var("MINIGO_GCSTRESS").is_ok_and(|v| v == "1") {
        heap.set_stress(true);
    }
    if let Ok(v) = std::env::var("GOGC") {
        heap.set_gc_percent(crate::runtime::heap::parse_gogc(&v));
    }
    crate::compile::compile_program_entry(&checked.sm, &checked.files, info, heap, main_func)
        .map_err(|ds| diag::render_plain(&checked.sm, &ds, false))
}

/// `minigo run`: compiles and runs a program; returns its exit status. Diagnostics
/// and the runtime's panic reports go to stderr, program output to stdout.
pub fn run_paths(paths: &[&Path], args: &[String]) -> i32 {
    let mut sources = Vec::new();
    for p in paths {
        match read_source(p) {
            Ok(b) => sources.push((p.display().to_string(), b)),
            Err(text) => {
                eprint!("{text}");
                return 1;
            }
        }
    }
    let (r, checked) = compile_sources_keep(sources, "main");
    // Freeing the syntax trees and `Info` on this thread would delay the program's
    // start; leaking them would keep ~20 MB resident for the whole run (the memory a
    // program of 100k goroutines needs). So a helper thread frees them meanwhile.
    // A small front end (a pruned standard library) is freed here, in less time than
    // starting the helper thread would take.
    if checked
        .info
        .as_ref()
        .is_none_or(|i| i.objects.len() < SMALL_FRONT_END)
    {
        drop(checked);
    } else {
        free_in_background(checked);
    }
    let prog = match r {
        Ok(p) => p,
        Err(text) => {
            eprint!("{text}");
            return 1;
        }
    };
    let mut all = vec![paths
        .first()
        .map(|p| p.display().to_string())
        .unwrap_or_default()];
    all.extend(args.iter().cloned());
    crate::stdlib::native::sys::set_args(all);
    run_program(prog)
}

/// Below this many objects, `run_paths` frees the front end's results on its own thread.
const SMALL_FRONT_END: usize = 4096;

/// Drops `v` on a short-lived thread (here, if no thread can be started: the closure
/// that owns `v` is then dropped by `spawn`), then gives the freed pages back to the
/// system: they lie below what the run allocated since, so glibc would keep them.
fn free_in_background<T: Send + 'static>(v: T) {
    let _ = std::thread::Builder::new()
        .name("minigo-free".into())
        .spawn(move || {
            drop(v);
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            // SAFETY: `malloc_trim` only returns free heap pages to the kernel; it may
            // be called at any time from any thread.
            unsafe {
                libc::malloc_trim(0);
            }
        });
}

/// Runs a compiled program to its end on the scheduler (main is goroutine 1, GOMAXPROCS
/// workers); returns its exit status.
pub fn run_program(prog: std::sync::Arc<crate::vm::Program>) -> i32 {
    crate::vm::gort::run_program(prog)
}

/// `minigo disasm`: the program's bytecode as text.
pub fn disasm_paths(paths: &[&Path]) -> Result<String, String> {
    let prog = compile_paths(paths)?;
    Ok(crate::vm::disasm::program(&prog))
}
