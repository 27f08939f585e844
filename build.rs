//! Generates, into `OUT_DIR`:
//! - the parser, from `grammar/go.lalrpop`;
//! - `stdlib_index.rs`, the index of the embedded standard library's top-level
//!   declarations (`stdlib::index`), scanned with `src/syntax/declscan.rs`.
//!
//! Never into the source tree: a generated file there goes stale silently.

#[allow(dead_code)]
#[path = "src/syntax/declscan.rs"]
mod declscan;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
    // A position-dependent executable, as Go links its own: a PIE would make the
    // dynamic loader patch ~40k pointers in the binary's static tables (the standard
    // library's sources and index, natives, Unicode tables) at every start, ~0.3 ms of
    // a hello world's 2 ms (issue #3).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=src/stdlib/go");
    println!("cargo:rerun-if-changed=src/syntax/declscan.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let index = stdlib_index(Path::new("src/stdlib/go"));
    std::fs::write(out.join("stdlib_index.rs"), index).expect("write stdlib_index.rs");
}

/// Every package directory under `root`: (import path, its `.go` files), sorted.
fn packages(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<PathBuf>)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read stdlib dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    let files: Vec<PathBuf> = entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .cloned()
        .collect();
    if !files.is_empty() {
        let rel = dir.strip_prefix(root).expect("under root");
        out.push((rel.to_string_lossy().replace('\\', "/"), files));
    }
    for p in entries.iter().filter(|p| p.is_dir()) {
        packages(root, p, out);
    }
}

fn stdlib_index(root: &Path) -> String {
    let mut pkgs = Vec::new();
    packages(root, root, &mut pkgs);
    let mut s = String::from("pub static INDEX: &[PkgIndex] = &[\n");
    for (path, files) in &pkgs {
        let texts: Vec<(String, String)> = files
            .iter()
            .map(|f| {
                let name = f.file_name().expect("name").to_string_lossy().into_owned();
                (name, std::fs::read_to_string(f).expect("read stdlib file"))
            })
            .collect();
        let scanned: Vec<declscan::File<'_>> =
            texts.iter().map(|(_, t)| declscan::scan(t)).collect();
        let mut names: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        let mut methods: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        let _ = writeln!(s, "PkgIndex {{ path: {path:?}, files: &[");
        for ((name, _), f) in texts.iter().zip(&scanned) {
            let _ = writeln!(
                s,
                "FileIndex {{ name: {name:?}, header_hi: {}, imports: &{:?} }},",
                f.header_hi, f.imports
            );
        }
        s.push_str("], decls: &[\n");
        let mut id = 0;
        for (fi, f) in scanned.iter().enumerate() {
            let ext = |quals: &[(&str, &str)]| -> Vec<(String, String)> {
                let mut v: Vec<(String, String)> = quals
                    .iter()
                    .filter_map(|(x, y)| {
                        let (_, p) = f.imports.iter().find(|(l, _)| l == x)?;
                        Some((p.to_string(), y.to_string()))
                    })
                    .collect();
                v.sort();
                v.dedup();
                v
            };
            for d in &f.decls {
                let mut native = String::new();
                let mut init = false;
                match (d.kind, d.recv) {
                    (declscan::Kind::Method, Some((base, ptr))) => {
                        methods.entry(base).or_default().push(id);
                        let m = d.names.first().copied().unwrap_or("_");
                        native = if ptr {
                            format!("{path}.(*{base}).{m}")
                        } else {
                            format!("{path}.{base}.{m}")
                        };
                    }
                    (declscan::Kind::Func, _) => {
                        let n = d.names.first().copied().unwrap_or("_");
                        init = n == "init";
                        native = format!("{path}.{n}");
                        if !init {
                            names.entry(n).or_default().push(id);
                        }
                    }
                    _ => {
                        for n in &d.names {
                            if *n != "_" {
                                names.entry(n).or_default().push(id);
                            }
                        }
                    }
                }
                let _ = writeln!(
                    s,
                    "DeclIndex {{ file: {fi}, lo: {}, hi: {}, init: {init}, is_type: {}, \
                     names: &{:?}, native: {native:?}, refs: &{:?}, ext: &{:?}, \
                     body_refs: &{:?}, body_ext: &{:?} }},",
                    d.lo,
                    d.hi,
                    d.kind == declscan::Kind::Type,
                    d.names,
                    d.refs,
                    ext(&d.quals),
                    d.body_refs,
                    ext(&d.body_quals),
                );
                id += 1;
            }
        }
        s.push_str("], names: &[\n");
        for (n, ids) in &names {
            let _ = writeln!(s, "({n:?}, &{ids:?}),");
        }
        s.push_str("], methods: &[\n");
        for (n, ids) in &methods {
            let _ = writeln!(s, "({n:?}, &{ids:?}),");
        }
        s.push_str("] },\n");
    }
    s.push_str("];\n");
    s
}
