//! Pruning the standard library to what a program can reach, before any of it is
//! lexed (issue #3: start-up time).
//!
//! `types::lazy` already leaves unreached function bodies unparsed and unchecked; this
//! goes one step further for `minigo run`: from the names the program's files use of
//! each import (`fmt.Println`), it follows the index `build.rs` made of every top-level
//! declaration (`stdlib::index`) to the declarations those names can reach, through
//! the identifiers each declaration mentions. Only those, and every package's `init`,
//! are then parsed (`syntax::parse_file_ranges`) and checked; a package reached only by
//! an import path is loaded with no declarations but its `init`s.
//!
//! It is an over-approximation by name: any identifier a declaration mentions that a
//! package-level declaration of the same package declares pulls that one in, and so
//! does `X.Y` for the package the file imports as `X`. A type brings all its methods
//! (method sets and interfaces need them); a native's body (`stdlib::native`) is never
//! compiled, so what it mentions does not count. Should the plan still miss something,
//! checking reports it in a standard file and `driver` checks again without pruning,
//! so a miss costs time, never correctness (`tests/conformance.rs` counts such misses
//! and requires none on the corpus).

use crate::stdlib::index::{self, PkgIndex};
use crate::syntax::declscan;
use std::collections::HashMap;

/// Which declarations of each loaded standard package to parse.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// By import path: one flag per declaration of the package's index.
    pub keep: HashMap<&'static str, Vec<bool>>,
    /// The program is small and shallow enough (at most `SHALLOW_BYTES` of source,
    /// brackets at most `SHALLOW_DEPTH` deep) that checking it cannot need more than a
    /// main thread's stack (`types::check_program_plan`).
    pub shallow: bool,
}

/// Limits for `Plan::shallow`. The checker's deepest recursion follows nested
/// expressions and chains of package-level declarations, both bounded by these.
const SHALLOW_BYTES: usize = 16 << 10;
const SHALLOW_DEPTH: usize = 64;

impl Plan {
    /// The byte ranges of `file` (of package `path`) to parse: its header, then the
    /// kept declarations in source order; none at all if no declaration is kept (the
    /// file is then skipped, imports included); `None` if the package is not planned.
    pub fn ranges(&self, path: &str, file: &str) -> Option<Vec<(usize, usize)>> {
        let keep = self.keep.get(path)?;
        let pkg = index::package(path)?;
        let fi = pkg.files.iter().position(|f| f.name == file)?;
        let mut out = vec![(0, pkg.files[fi].header_hi as usize)];
        for (d, k) in pkg.decls.iter().zip(keep) {
            if *k && d.file as usize == fi {
                out.push((d.lo as usize, d.hi as usize));
            }
        }
        if out.len() == 1 {
            out.clear();
        }
        Some(out)
    }

    /// How many declarations the plan keeps, over all packages.
    pub fn kept(&self) -> usize {
        self.keep
            .values()
            .map(|v| v.iter().filter(|k| **k).count())
            .sum()
    }
}

/// Plans the standard library for a program whose `main` package has files `texts`;
/// `None` when it cannot be pruned (a dot import, an import not in the index).
pub fn plan(texts: &[&str]) -> Option<Plan> {
    plan_with(texts, |_| None)
}

/// `plan` for a snippet (`repl::snippet`), which uses standard packages without
/// importing them: `X.Y` with no import named `X` is a use of the package `implicit(X)`
/// names, if any.
pub fn plan_snippet(text: &str, implicit: impl Fn(&str) -> Option<&'static str>) -> Option<Plan> {
    plan_with(&[text], implicit)
}

fn plan_with(texts: &[&str], implicit: impl Fn(&str) -> Option<&'static str>) -> Option<Plan> {
    let mut p = Planner::default();
    let mut shallow = texts.iter().map(|t| t.len()).sum::<usize>() <= SHALLOW_BYTES;
    for t in texts {
        let f = declscan::scan(t);
        shallow &= f.depth <= SHALLOW_DEPTH;
        for (local, path) in &f.imports {
            if *local == "." {
                return None;
            }
            p.load(path)?;
        }
        for &(x, y) in &f.quals {
            let mut imported = false;
            for (local, path) in &f.imports {
                if *local == x {
                    imported = true;
                    p.demand(path, y);
                }
            }
            if let Some(path) = implicit(x).filter(|_| !imported) {
                p.demand(path, y);
            }
        }
    }
    p.run()?;
    Some(Plan {
        keep: p.keep,
        shallow,
    })
}

#[derive(Default)]
struct Planner {
    keep: HashMap<&'static str, Vec<bool>>,
    /// (package, declaration index) to include.
    work: Vec<(&'static PkgIndex, usize)>,
    /// Failed: an import path the index does not have.
    failed: bool,
}

impl Planner {
    /// Loads the package at `path` and what it imports; its `init`s are reached.
    fn load(&mut self, path: &str) -> Option<&'static PkgIndex> {
        let Some(pkg) = index::package(path) else {
            // `unsafe`, or not in std: the checker reports it; nothing to prune.
            if path != "unsafe" && path != "C" {
                self.failed = true;
            }
            return None;
        };
        if self.keep.contains_key(pkg.path) {
            return Some(pkg);
        }
        self.keep.insert(pkg.path, vec![false; pkg.decls.len()]);
        for (i, d) in pkg.decls.iter().enumerate() {
            if d.init {
                self.work.push((pkg, i));
            }
        }
        for f in pkg.files {
            for (_, imp) in f.imports {
                self.load(imp);
            }
        }
        Some(pkg)
    }

    fn demand(&mut self, path: &str, name: &str) {
        let Some(pkg) = self.load(path) else {
            return;
        };
        for &i in pkg.declaring(name) {
            self.work.push((pkg, i as usize));
        }
    }

    fn run(&mut self) -> Option<()> {
        while let Some((pkg, i)) = self.work.pop() {
            let keep = self.keep.get_mut(pkg.path)?;
            if std::mem::replace(&mut keep[i], true) {
                continue;
            }
            let d = &pkg.decls[i];
            let native =
                !d.native.is_empty() && crate::stdlib::native::lookup(d.native, true).is_some();
            let (body_refs, body_ext): (&[&str], &[(&str, &str)]) = if native {
                (&[], &[])
            } else {
                (d.body_refs, d.body_ext)
            };
            for r in d.refs.iter().chain(body_refs) {
                for &j in pkg.declaring(r) {
                    self.work.push((pkg, j as usize));
                }
            }
            if d.is_type {
                for n in d.names {
                    for &j in pkg.methods_of(n) {
                        self.work.push((pkg, j as usize));
                    }
                }
            }
            for (path, name) in d.ext.iter().chain(body_ext) {
                self.demand(path, name);
            }
        }
        (!self.failed).then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceMap;
    use crate::syntax::{ast, IdGen};

    /// The names each parsed declaration declares, in order.
    fn decl_names(f: &ast::File) -> Vec<Vec<String>> {
        f.decls
            .iter()
            .map(|d| match d {
                ast::Decl::Func(fd) => vec![fd.name.name.clone()],
                ast::Decl::Gen(g) => match &g.kind {
                    ast::GenKind::Const(v) | ast::GenKind::Var(v) => v
                        .iter()
                        .flat_map(|s| s.names.iter().map(|n| n.name.clone()))
                        .collect(),
                    ast::GenKind::Type(ts) => ts.iter().map(|t| t.name.name.clone()).collect(),
                    ast::GenKind::Import(_) => Vec::new(),
                },
            })
            .collect()
    }

    /// The index `build.rs` made agrees with the parser on every embedded file: the
    /// same declarations with the same names, and the file's header plus all its
    /// declarations, parsed as ranges, is the whole file again.
    #[test]
    fn index_matches_the_parser_on_every_embedded_file() {
        let mut decls = 0;
        for path in crate::stdlib::packages() {
            let pkg = index::package(path).expect("indexed");
            for (name, text) in crate::stdlib::package_files(path).unwrap_or_default() {
                let mut sm = SourceMap::new();
                let file = sm.add(format!("{path}/{name}"), *text);
                let ids = IdGen::new();
                let (eager, d) = crate::syntax::parse_file(&file, &ids);
                assert!(d.is_empty(), "{path}/{name}: {d:?}");
                let eager = eager.expect("parses");
                let fi = pkg
                    .files
                    .iter()
                    .position(|f| f.name == *name)
                    .expect("file");
                let indexed: Vec<Vec<String>> = pkg
                    .decls
                    .iter()
                    .filter(|d| d.file as usize == fi)
                    .map(|d| d.names.iter().map(|n| n.to_string()).collect())
                    .collect();
                assert_eq!(indexed, decl_names(&eager), "{path}/{name}");
                let keep_all = Plan {
                    keep: [(*path, vec![true; pkg.decls.len()])].into_iter().collect(),
                    shallow: false,
                };
                let ranges = keep_all.ranges(path, name).expect("planned");
                let (ranged, _) =
                    crate::syntax::lazy::parse_file_ranges(&file, text, &ranges, &ids)
                        .unwrap_or_else(|| panic!("{path}/{name}: ranges do not parse"));
                assert_eq!(decl_names(&ranged), decl_names(&eager), "{path}/{name}");
                assert_eq!(ranged.imports.len(), eager.imports.len(), "{path}/{name}");
                decls += indexed.len();
            }
        }
        assert!(decls > 2000, "{decls}");
    }

    /// Hello world keeps `fmt.Println`, a native, and nothing it would reach were it
    /// Go; `fmt.Errorf` (Go) keeps the printer; `os.Stdout` keeps `*File`'s methods.
    #[test]
    fn a_program_keeps_what_its_names_reach() {
        let kept = |src: &str| -> Vec<String> {
            let plan = plan(&[src]).expect("planned");
            let mut out = Vec::new();
            for (path, keep) in &plan.keep {
                let pkg = index::package(path).expect("indexed");
                for (d, k) in pkg.decls.iter().zip(keep) {
                    if *k {
                        out.extend(d.names.iter().map(|n| format!("{path}.{n}")));
                    }
                }
            }
            out.sort();
            out
        };
        let hello = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n";
        assert_eq!(kept(hello), vec!["fmt.Println"]);
        let errorf = "package main\n\nimport \"fmt\"\n\nvar e = fmt.Errorf(\"%d\", 1)\n";
        let k = kept(errorf);
        assert!(k.contains(&"fmt.pp".to_string()), "{k:?}");
        assert!(k.contains(&"fmt.doPrintf".to_string()), "{k:?}");
        let stdout = "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Stdout.Close()\n}\n";
        let k = kept(stdout);
        for want in [
            "os.Stdout",
            "os.NewFile",
            "os.File",
            "os.Close",
            "os.WriteString",
        ] {
            assert!(k.contains(&want.to_string()), "{want}: {k:?}");
        }
        // A dot import is not pruned.
        assert!(plan(&["package main\n\nimport . \"fmt\"\n"]).is_none());
        // A snippet uses packages without importing them.
        let snippet = plan_snippet("x := 1\nfmt.Println(x)\n", |x| {
            (x == "fmt").then_some("fmt")
        });
        assert_eq!(snippet.map(|p| p.kept()), Some(1));
        // A program's own declarations need not start in column 0.
        let indented = "package main; import \"fmt\"\n\n  func main() { fmt.Println(1) }\n";
        assert_eq!(kept(indented), vec!["fmt.Println"]);
    }
}
