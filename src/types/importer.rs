//! Imports: the embedded standard library's Go sources, parsed and checked by this same
//! checker as packages of their own, each once per `check_program` run.

use super::check::{check_package, Checker};
use super::object::{ObjKind, PkgId};
use super::scope::ScopeId;
use super::typ::BasicKind;
use crate::source::Span;
use crate::syntax::{self, ast};

impl Checker<'_, '_, '_> {
    pub fn collect_import(&mut self, fs: ScopeId, imp: &ast::ImportSpec) {
        let Some(path) = super::cv::string_lit(&imp.path.raw) else {
            return;
        };
        let span = imp.path.span;
        let Some(pkg) = self.import(&path, span) else {
            return;
        };
        let pname = self.g.info.packages[pkg.0 as usize].name.clone();
        let (name, name_span, alias) = match &imp.name {
            Some(n) => (n.name.clone(), n.span, Some(n.name.clone())),
            None => (pname.clone(), span, None),
        };
        self.g.info.packages[self.pkg.0 as usize].imports.push(pkg);
        match name.as_str() {
            "_" => {}
            "." => {
                // Dot import: every exported object into the file scope.
                let pscope = self.g.info.packages[pkg.0 as usize].scope;
                let names: Vec<(String, super::object::ObjId)> = self
                    .g
                    .info
                    .scopes
                    .get(pscope)
                    .names
                    .iter()
                    .filter(|(n, _)| super::object::is_exported(n))
                    .map(|(n, o)| (n.clone(), *o))
                    .collect();
                for (n, o) in names {
                    self.g.info.scopes.insert(fs, &n, o);
                }
            }
            _ => {
                let obj = self.new_obj(
                    &name,
                    ObjKind::PkgName(pkg),
                    BasicKind::Invalid.id(),
                    name_span,
                    Some(fs),
                );
                if let Some(n) = &imp.name {
                    self.record_def(n, obj);
                }
                self.g.info.implicits.insert(imp.path.span.lo, obj);
                if let Some(old) = self.g.info.scopes.insert(fs, &name, obj) {
                    let old_span = self.obj(old).span;
                    let msg = format!(
                        "{name} redeclared in this block\n\t{}: other declaration of {name}",
                        self.pos_string(old_span)
                    );
                    self.error(name_span, msg);
                    return;
                }
                let alias = alias.filter(|a| *a != pname);
                if self.g.info.packages[pkg.0 as usize].fake {
                    self.g.used.insert(obj);
                } else {
                    self.imports.push((obj, path, alias, span));
                }
            }
        }
    }

    /// The package for an import path, checking it first if needed.
    fn import(&mut self, path: &str, span: Span) -> Option<PkgId> {
        if let Some(&p) = self.g.pkgs_by_path.get(path) {
            if p.is_none() {
                self.error(span, format!("import cycle not allowed: {path}"));
            }
            return p;
        }
        if path == "unsafe" {
            return Some(self.unsafe_package());
        }
        if path == "C" {
            self.unsupported(span, "package C");
            return Some(self.fake_package(path));
        }
        let Some(sources) = stdlib_files(path) else {
            self.error(span, format!("package {path} is not in std"));
            return Some(self.fake_package(path));
        };
        self.g.pkgs_by_path.insert(path.to_string(), None);
        let mut files = Vec::new();
        for (name, text) in sources {
            let planned = self.g.lazy.plan.as_ref().and_then(|p| p.ranges(path, name));
            if planned.as_ref().is_some_and(|r| r.is_empty()) {
                // Nothing of this file is reached, so its imports are not needed either.
                continue;
            }
            let file = self
                .g
                .sm
                .add_static(format!("$GOROOT/src/{path}/{name}"), text);
            let pruned =
                planned.and_then(|r| syntax::lazy::parse_file_ranges(&file, text, &r, self.g.ids));
            let (ast, diags) = if let Some((ast, bodies)) = pruned {
                // Only the declarations the program can reach (`prune.rs`).
                self.g.lazy.bodies.extend(bodies);
                (Some(ast), Vec::new())
            } else if self.g.lazy.enabled {
                // Bodies are parsed when reached (`types::lazy`).
                let (ast, diags, bodies) = syntax::lazy::parse_file_lazy(&file, text, self.g.ids);
                self.g.lazy.bodies.extend(bodies);
                (ast, diags)
            } else {
                syntax::parse_file(&file, self.g.ids)
            };
            self.g.diags.extend(diags);
            files.extend(ast);
        }
        let pkg = check_package(self.g, path, &files);
        self.g.info.packages[pkg.0 as usize].files = files;
        Some(pkg)
    }
}

impl Checker<'_, '_, '_> {
    /// Package `unsafe` (go/types' `Unsafe`): no source, made by the checker like the
    /// universe, with the type `Pointer` and the functions of `Builtin::UNSAFE`. The
    /// start-up planner (`prune.rs`) never plans it, since nothing of it is parsed.
    fn unsafe_package(&mut self) -> PkgId {
        let p = self.g.new_package("unsafe", "unsafe");
        self.g.pkgs_by_path.insert("unsafe".to_string(), Some(p));
        let scope = self.g.info.packages[p.0 as usize].scope;
        let def = |g: &mut super::check::Global<'_>, name: &str, kind: ObjKind, ty| {
            let obj = g.new_obj(super::object::Object {
                name: name.to_string(),
                kind,
                ty,
                pkg: Some(p),
                span: Span::default(),
                parent: Some(scope),
            });
            g.info.scopes.insert(scope, name, obj);
        };
        def(
            self.g,
            "Pointer",
            ObjKind::TypeName,
            BasicKind::UnsafePointer.id(),
        );
        for b in super::object::Builtin::UNSAFE {
            def(
                self.g,
                b.name(),
                ObjKind::Builtin(b),
                BasicKind::Invalid.id(),
            );
        }
        p
    }

    /// An empty package standing in for a failed import (go/types does the same), so
    /// that its uses are not reported again as undefined.
    fn fake_package(&mut self, path: &str) -> PkgId {
        let name = path.rsplit('/').next().unwrap_or(path).to_string();
        let p = self.g.new_package(path, &name);
        self.g.info.packages[p.0 as usize].fake = true;
        p
    }
}

/// The embedded sources of a standard package.
fn stdlib_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    crate::stdlib::package_files(path)
}
