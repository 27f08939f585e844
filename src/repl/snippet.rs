//! Snippet mode: REPL input or a file with no `package` clause becomes one `package main`
//! file that the ordinary checker and compiler take as they are.
//!
//! The items (imports, declarations, statements, in the order written) are laid out as:
//! - imports: the ones written, plus the standard-library packages the code names without
//!   importing them (found as `undefined: NAME` for a package's name, then re-checked);
//! - declarations stay package-level; a later declaration of a name replaces an earlier
//!   one (as at the REPL), so a snippet can hold the notes' `Mutex` and `RWMutex` versions;
//! - statements run in order in a synthesized `func main`;
//! - variables introduced at top level (`x := e`, `var x = e`) become *package-level*
//!   variables, so functions declared in the snippet see them (`var ( mu sync.Mutex;
//!   balance int )` then `func Deposit`), while their initializer still runs as an
//!   assignment at the statement's place, in order with the other statements.
//!
//! A package variable must have a type before `main` runs, and `x := e` does not write
//! one: a *probe* check first declares each such variable as `var x = e` at package level
//! (the checker infers the type, with all of Go's rules), then the final file declares
//! `var x T` with the probed type's Go spelling, parsed back into an AST type.
//!
//! Every node but the synthesized ones keeps its span in the user's text, so diagnostics
//! point at the user's file:line:col. Unused variables and imports are not errors here
//! (`RELAXED`): a REPL session, or notes saved as a file, declares things for later.

use super::shape::{self, Shape};
use crate::diag::Diagnostic;
use crate::source::{SourceMap, Span};
use crate::syntax::ast::{
    self, AssignOp, Block, Decl, Expr, ExprKind, FuncDecl, FuncType, GenDecl, GenKind, Ident,
    ImportSpec, ReplItem, Stmt, StmtKind, ValueSpec,
};
use crate::syntax::{self, IdGen};
use crate::types::{self, Info};
use std::collections::{BTreeSet, HashSet};

/// Diagnostics dropped in snippet mode (and at the REPL): Go's unused checks
/// (`"os" imported and not used`, `declared and not used: x`).
pub fn relaxed(d: &Diagnostic) -> bool {
    d.message.ends_with(" imported and not used")
        || d.message.contains(" imported as ") && d.message.ends_with(" and not used")
        || d.message.starts_with("declared and not used")
        || d.message.ends_with(" declared and not used")
}

/// What `build` made: the package file, its checked `Info` when it checked clean.
pub struct Built {
    pub file: Option<ast::File>,
    pub info: Option<Info>,
    pub diags: Vec<Diagnostic>,
    /// Import paths added automatically, in order.
    pub auto_imports: Vec<String>,
    /// The hoisted top-level variables: (name, Go type string), in declaration order.
    pub vars: Vec<(String, String)>,
    /// The types the last shown expression statement prints (for the REPL's `:type`).
    pub shown: Option<Vec<String>>,
}

/// The standard-library package a bare name most likely means (goimports' choice among
/// the embedded packages).
pub fn std_package_for(name: &str) -> Option<&'static str> {
    if name == "unsafe" {
        // Not embedded: the checker makes it (`types::unsafe_pkg`).
        return Some("unsafe");
    }
    let mut best: Option<&'static str> = None;
    for p in crate::stdlib::packages() {
        let last = p.rsplit('/').next().unwrap_or(p);
        if last == name && (best.is_none() || p.len() < best.map_or(0, str::len)) {
            best = Some(p);
        }
    }
    best
}

/// True when `text` starts (after comments and blank space) with a `package` clause.
pub fn has_package_clause(text: &str) -> bool {
    let mut s = text.trim_start_matches('\u{feff}');
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("//") {
            s = rest.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(rest) = s.strip_prefix("/*") {
            s = rest.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    s.strip_prefix("package")
        .is_some_and(|r| r.starts_with(|c: char| c.is_whitespace() || c == ';'))
}

/// One top-level variable hoisted to package level.
struct Hoisted {
    /// The name as written (its span is the user's).
    name: Ident,
    /// The type written (`var x T = e`), else the probed one.
    ty: Option<Expr>,
}

/// The items' layout, shared by the probe and the final file.
struct Layout {
    imports: Vec<ImportSpec>,
    decls: Vec<Decl>,
    /// Statements of `main`.
    stmts: Vec<Stmt>,
    /// The item index of each statement.
    stmt_item: Vec<usize>,
    /// Indexes (into `stmts`) of top-level expression statements (shown at the REPL).
    shows: Vec<usize>,
    hoisted: Vec<Hoisted>,
    /// Probe-only package declarations `var x, _ = e` (one per hoisting statement).
    probe_decls: Vec<Decl>,
    /// The user declared `func main` (and wrote no statements): no synthesized main.
    user_main: bool,
}

fn ident(ids: &IdGen, name: &str, span: Span) -> Ident {
    Ident {
        id: ids.next(),
        name: name.to_string(),
        span,
    }
}

fn ident_expr(ids: &IdGen, id: Ident) -> Expr {
    Expr {
        id: ids.next(),
        span: id.span,
        kind: ExprKind::Ident(id),
    }
}

/// Names a declaration declares at package level (methods as `T.M`).
fn decl_names(d: &Decl) -> Vec<String> {
    match d {
        Decl::Func(f) => match &f.recv {
            Some(r) => vec![format!("{}.{}", recv_base(&r.ty), f.name.name)],
            None if f.name.name == "init" => vec![],
            None => vec![f.name.name.clone()],
        },
        Decl::Gen(g) => match &g.kind {
            GenKind::Const(specs) | GenKind::Var(specs) => specs
                .iter()
                .flat_map(|s| s.names.iter().map(|n| n.name.clone()))
                .filter(|n| n != "_")
                .collect(),
            GenKind::Type(specs) => specs.iter().map(|s| s.name.name.clone()).collect(),
            GenKind::Import(_) => vec![],
        },
    }
}

fn recv_base(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::Paren(x) => recv_base(x),
        ExprKind::Star(x) => recv_base(x),
        ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } => recv_base(x),
        _ => String::new(),
    }
}

/// A later declaration replaces an earlier one of the same name: drops the earlier
/// (whole declarations, or single names of a value-less `var`/`const` group).
/// Each kept item comes with its index in `items`.
pub fn drop_replaced(items: Vec<ReplItem>) -> Vec<(usize, ReplItem)> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for (k, item) in items.into_iter().enumerate().rev() {
        match item {
            ReplItem::Decl(mut d) => {
                let names = decl_names(&d);
                if names.is_empty() {
                    out.push((k, ReplItem::Decl(d)));
                    continue;
                }
                if names.iter().all(|n| seen.contains(n)) {
                    continue;
                }
                if let Decl::Gen(GenDecl {
                    kind: GenKind::Var(specs) | GenKind::Const(specs),
                    ..
                }) = &mut d
                {
                    // Drop replaced names from specs without values (a `var ( mu
                    // sync.Mutex; balance int )` group loses just `mu`).
                    specs.retain_mut(|s| {
                        if s.values.is_empty() {
                            s.names.retain(|n| n.name == "_" || !seen.contains(&n.name));
                            !s.names.is_empty()
                        } else {
                            true
                        }
                    });
                }
                seen.extend(names);
                out.push((k, ReplItem::Decl(d)));
            }
            other => out.push((k, other)),
        }
    }
    out.reverse();
    out
}

fn layout(ids: &IdGen, items: &[(usize, ReplItem)], shape: &Shape) -> Layout {
    let mut l = Layout {
        imports: Vec::new(),
        decls: Vec::new(),
        stmts: Vec::new(),
        stmt_item: Vec::new(),
        shows: Vec::new(),
        hoisted: Vec::new(),
        probe_decls: Vec::new(),
        user_main: false,
    };
    let mut declared: HashSet<String> = HashSet::new();
    for (_, item) in items {
        if let ReplItem::Decl(d) = item {
            declared.extend(decl_names(d));
        }
    }
    let has_stmts = items.iter().any(|(_, i)| match i {
        ReplItem::Stmt(_) => true,
        ReplItem::Decl(Decl::Gen(g)) => match &g.kind {
            GenKind::Var(specs) => specs.iter().any(|s| !s.values.is_empty()),
            _ => false,
        },
        _ => false,
    });
    for &(k, ref item) in items {
        if shape.show {
            if let ReplItem::Stmt(Stmt {
                kind: StmtKind::Expr(_),
                ..
            }) = item
            {
                l.shows.push(l.stmts.len());
            }
        }
        layout_item(ids, item, has_stmts, &mut declared, &mut l);
        l.stmt_item.resize(l.stmts.len(), k);
    }
    l
}

fn layout_item(
    ids: &IdGen,
    item: &ReplItem,
    has_stmts: bool,
    declared: &mut HashSet<String>,
    l: &mut Layout,
) {
    {
        match item {
            ReplItem::Import(spec) => l.imports.push(spec.clone()),
            ReplItem::Decl(Decl::Func(f)) => {
                if f.recv.is_none() && f.name.name == "main" && !has_stmts {
                    l.user_main = true;
                }
                l.decls.push(Decl::Func(f.clone()));
            }
            ReplItem::Decl(Decl::Gen(g)) => match &g.kind {
                GenKind::Var(specs) => {
                    for s in specs {
                        if s.values.is_empty() {
                            l.decls.push(Decl::Gen(GenDecl {
                                kind: GenKind::Var(vec![s.clone()]),
                                grouped: false,
                                span: s.span,
                            }));
                            continue;
                        }
                        // `var x T = e`: a package variable, assigned in order.
                        for n in &s.names {
                            if !n.is_blank() {
                                l.hoisted.push(Hoisted {
                                    name: n.clone(),
                                    ty: s.ty.clone(),
                                });
                            }
                        }
                        l.probe_decls.push(Decl::Gen(GenDecl {
                            kind: GenKind::Var(vec![s.clone()]),
                            grouped: false,
                            span: s.span,
                        }));
                        let lhs = s.names.iter().map(|n| ident_expr(ids, n.clone())).collect();
                        l.stmts.push(Stmt {
                            span: s.span,
                            kind: StmtKind::Assign {
                                lhs,
                                op: AssignOp::Assign,
                                rhs: s.values.clone(),
                                op_span: s.span,
                            },
                        });
                    }
                }
                _ => l.decls.push(Decl::Gen(g.clone())),
            },
            ReplItem::Stmt(s) => match &s.kind {
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    rhs,
                    op_span,
                } if lhs.iter().all(|e| matches!(e.kind, ExprKind::Ident(_))) => {
                    // `a, b := e`: new names become package variables; all of them
                    // already declared (a REPL redefinition) is a plain assignment.
                    let mut probe_names = Vec::new();
                    for e in lhs {
                        let ExprKind::Ident(n) = &e.kind else {
                            continue;
                        };
                        if n.is_blank() || declared.contains(&n.name) {
                            probe_names.push(ident(ids, "_", n.span));
                        } else {
                            declared.insert(n.name.clone());
                            l.hoisted.push(Hoisted {
                                name: n.clone(),
                                ty: None,
                            });
                            probe_names.push(n.clone());
                        }
                    }
                    l.probe_decls.push(Decl::Gen(GenDecl {
                        kind: GenKind::Var(vec![ValueSpec {
                            names: probe_names,
                            ty: None,
                            values: rhs.clone(),
                            iota: 0,
                            span: s.span,
                        }]),
                        grouped: false,
                        span: s.span,
                    }));
                    l.stmts.push(Stmt {
                        span: s.span,
                        kind: StmtKind::Assign {
                            lhs: lhs.clone(),
                            op: AssignOp::Assign,
                            rhs: rhs.clone(),
                            op_span: *op_span,
                        },
                    });
                }
                _ => l.stmts.push(s.clone()),
            },
        }
    }
}

fn main_decl(ids: &IdGen, at: Span, stmts: Vec<Stmt>) -> Decl {
    let here = Span::new(at.lo, at.lo);
    Decl::Func(Box::new(FuncDecl {
        recv: None,
        n_recv: 0,
        name: ident(ids, "main", here),
        tparams: None,
        sig: FuncType {
            params: vec![],
            results: vec![],
            span: here,
        },
        body: Some(Block {
            stmts,
            lbrace: here,
            rbrace: here,
        }),
        span: here,
    }))
}

fn import_spec(sm: &mut SourceMap, ids: &IdGen, path: &str) -> Option<ImportSpec> {
    let f = sm.add("<auto-import>", format!("package main\nimport {path:?}\n"));
    let (file, _) = syntax::parse_file(&f, ids);
    file?.imports.into_iter().next()
}

fn imported_names(imports: &[ImportSpec]) -> HashSet<String> {
    imports
        .iter()
        .map(|i| match &i.name {
            Some(n) => n.name.clone(),
            None => {
                let p = i.path.raw.trim_matches(|c| c == '"' || c == '`');
                p.rsplit('/').next().unwrap_or(p).to_string()
            }
        })
        .collect()
}

/// Package names reported `undefined` that name an embedded package not imported yet.
fn missing_packages(diags: &[Diagnostic], have: &HashSet<String>) -> BTreeSet<&'static str> {
    diags
        .iter()
        .filter_map(|d| d.message.strip_prefix("undefined: "))
        .filter(|n| !have.contains(*n))
        .filter_map(std_package_for)
        .collect()
}

fn package_file(
    ids: &IdGen,
    at: Span,
    imports: Vec<ImportSpec>,
    mut decls: Vec<Decl>,
    stmts: Vec<Stmt>,
    user_main: bool,
) -> ast::File {
    if !user_main {
        decls.push(main_decl(ids, at, stmts));
    }
    ast::File {
        package: ident(ids, "main", Span::new(at.lo, at.lo)),
        imports,
        decls,
        span: at,
    }
}

/// Checks `files` in a copy of `sm` (the checker adds the standard library's sources),
/// with the standard library pruned to `plan` if given (`types::prune`).
fn check(
    sm: &SourceMap,
    ids: &IdGen,
    file: &ast::File,
    plan: Option<&types::prune::Plan>,
) -> (Info, Vec<Diagnostic>, SourceMap) {
    let mut sm = sm.clone();
    let files = std::slice::from_ref(file);
    let (info, mut diags) = types::check_program_plan(&mut sm, ids, files, true, plan.cloned());
    diags.retain(|d| !relaxed(d));
    (info, diags, sm)
}

/// Builds and checks the package for `items` (already parsed, in order). `at` is where
/// synthesized nodes point (the start of the user's text). `sm` receives the sources the
/// checker adds, so the caller can render diagnostics and compile with it. `plan` prunes
/// the standard library (`minigo run` of a snippet; not the REPL, whose later inputs may
/// reach what earlier ones did not).
pub fn build(
    sm: &mut SourceMap,
    ids: &IdGen,
    items: Vec<ReplItem>,
    at: Span,
    shape: &Shape,
    plan: Option<&types::prune::Plan>,
) -> Built {
    let items = drop_replaced(items);
    let l = layout(ids, &items, shape);
    let mut imports = l.imports.clone();
    if shape.show || shape.input_from.is_some() {
        imports.extend(shape::fmt_import(sm, ids));
    }
    let mut auto = Vec::new();
    // The probe: hoisted variables declared with their initializers.
    let mut probe_decls = l.decls.clone();
    probe_decls.extend(l.probe_decls.iter().cloned());
    // Shown expressions are `_ = e` in the probe; a call stays a call (it may have no
    // value, or several) unless the checker says its value is not used (`len(x)`,
    // a conversion): then it too becomes `_ = e` and the probe runs again.
    let mut assign_calls: HashSet<usize> = HashSet::new();
    let probe_stmts = |assign_calls: &HashSet<usize>| -> Vec<Stmt> {
        l.stmts
            .iter()
            .enumerate()
            .filter(|(_, s)| !is_hoisting_assign(s, &l))
            .map(|(i, s)| match &s.kind {
                StmtKind::Expr(e)
                    if l.shows.contains(&i) && (!is_call(e) || assign_calls.contains(&i)) =>
                {
                    Stmt {
                        span: s.span,
                        kind: StmtKind::Assign {
                            lhs: vec![ident_expr(ids, ident(ids, "_", s.span))],
                            op: AssignOp::Assign,
                            rhs: vec![e.clone()],
                            op_span: s.span,
                        },
                    }
                }
                _ => s.clone(),
            })
            .collect()
    };
    let mut round = 0;
    let (info, diags) = loop {
        let file = package_file(
            ids,
            at,
            imports.clone(),
            probe_decls.clone(),
            probe_stmts(&assign_calls),
            l.user_main,
        );
        let (info, diags, _) = check(sm, ids, &file, plan);
        let missing = missing_packages(&diags, &imported_names(&imports));
        let unused: Vec<usize> = l
            .shows
            .iter()
            .copied()
            .filter(|i| !assign_calls.contains(i))
            .filter(|&i| {
                diags.iter().any(|d| {
                    d.message.ends_with(" is not used")
                        && l.stmts.get(i).is_some_and(|s| s.span.lo == d.span.lo)
                })
            })
            .collect();
        round += 1;
        if missing.is_empty() && unused.is_empty() || round > 6 {
            break (info, diags);
        }
        assign_calls.extend(unused);
        for p in missing {
            if let Some(spec) = import_spec(sm, ids, p) {
                imports.push(spec);
                auto.push(p.to_string());
            }
        }
    };
    let mut diags = diags;
    if let (true, Some(from)) = (shape.live, shape.input_from) {
        // The live REPL: earlier inputs' statements have run and do not run again, so
        // what a later declaration changed under them (a redeclared type) is no error.
        let old: Vec<Span> = l
            .stmts
            .iter()
            .zip(&l.stmt_item)
            .filter(|(_, &k)| k < from)
            .map(|(s, _)| s.span)
            .collect();
        diags.retain(|d| !old.iter().any(|sp| sp.lo <= d.span.lo && d.span.lo < sp.hi));
    }
    if !diags.is_empty() {
        return Built {
            file: None,
            info: None,
            diags,
            auto_imports: auto,
            vars: vec![],
            shown: None,
        };
    }
    // The hoisted variables' types, spelled in Go and parsed back.
    let mut vars = Vec::new();
    let mut src = String::from("package main\n");
    for h in &l.hoisted {
        let t = info
            .defs
            .get(&h.name.id)
            .map(|&o| info.obj(o).ty)
            .map(|t| types::typestring::type_string(&info, t, Some(info.main)))
            .unwrap_or_else(|| "invalid type".into());
        src.push_str(&format!("var _ {t}\n"));
        vars.push((h.name.name.clone(), t));
    }
    let tf = sm.add("<snippet types>", src);
    let (tfile, _) = syntax::parse_file(&tf, ids);
    let mut probed: Vec<Option<Expr>> = tfile
        .map(|f| {
            f.decls
                .into_iter()
                .map(|d| match d {
                    Decl::Gen(GenDecl {
                        kind: GenKind::Var(mut specs),
                        ..
                    }) => specs.pop().and_then(|s| s.ty),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    probed.resize(l.hoisted.len(), None);
    let stmts = final_stmts(sm, ids, &l, &info, shape);
    let shown = l.shows.last().and_then(|&i| match &l.stmts.get(i)?.kind {
        StmtKind::Expr(e) => show_types(&info, e),
        _ => None,
    });
    let mut decls = l.decls.clone();
    for (h, p) in l.hoisted.iter().zip(probed) {
        let ty = h.ty.clone().or(p);
        decls.push(Decl::Gen(GenDecl {
            kind: GenKind::Var(vec![ValueSpec {
                names: vec![ident(ids, &h.name.name, h.name.span)],
                ty,
                values: vec![],
                iota: 0,
                span: h.name.span,
            }]),
            grouped: false,
            span: h.name.span,
        }));
    }
    let mut round = 0;
    loop {
        let file = package_file(
            ids,
            at,
            imports.clone(),
            decls.clone(),
            stmts.clone(),
            l.user_main,
        );
        let (info, diags, checked_sm) = check(sm, ids, &file, plan);
        let missing = missing_packages(&diags, &imported_names(&imports));
        round += 1;
        if !missing.is_empty() && round <= 4 {
            for p in missing {
                if let Some(spec) = import_spec(sm, ids, p) {
                    imports.push(spec);
                    auto.push(p.to_string());
                }
            }
            continue;
        }
        *sm = checked_sm;
        let ok = diags.is_empty();
        return Built {
            file: Some(file),
            info: ok.then_some(info),
            diags,
            auto_imports: auto,
            vars,
            shown: shown.clone(),
        };
    }
}

fn is_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Paren(x) => is_call(x),
        _ => false,
    }
}

/// `main`'s statements in the final file: shown expressions print, and the REPL's
/// markers surround the newest input (`shape`).
fn final_stmts(
    sm: &mut SourceMap,
    ids: &IdGen,
    l: &Layout,
    info: &Info,
    shape: &Shape,
) -> Vec<Stmt> {
    let mut out = Vec::new();
    let mut started = false;
    for (i, s) in l.stmts.iter().enumerate() {
        if let Some(from) = shape.input_from {
            if shape.live {
                if l.stmt_item.get(i).is_some_and(|&k| k < from) {
                    continue;
                }
            } else if !started && l.stmt_item.get(i).is_some_and(|&k| k >= from) {
                out.extend(shape::print_stmt(sm, ids, shape::START));
                started = true;
            }
        }
        match &s.kind {
            StmtKind::Expr(e) if l.shows.contains(&i) => {
                let shown =
                    show_types(info, e).and_then(|tys| shape::show_stmt(sm, ids, e.clone(), &tys));
                out.push(shown.unwrap_or_else(|| s.clone()));
            }
            _ => out.push(s.clone()),
        }
    }
    if shape.input_from.is_some() && !shape.live {
        if !started {
            out.extend(shape::print_stmt(sm, ids, shape::START));
        }
        out.extend(shape::print_stmt(sm, ids, shape::DONE));
        out.extend(shape::block_forever(sm, ids));
    }
    out
}

/// The types an expression statement shows, or `None` when it has no value.
fn show_types(info: &Info, e: &Expr) -> Option<Vec<String>> {
    let tv = info.expr(e.id)?;
    match tv.mode {
        types::Mode::NoValue | types::Mode::Invalid | types::Mode::TypeExpr => return None,
        types::Mode::Builtin(_) => return None,
        _ => {}
    }
    let name =
        |t| shape::default_type_name(&types::typestring::type_string(info, t, Some(info.main)));
    Some(match info.types.get(tv.ty) {
        types::Type::Tuple(v) => v.iter().map(|&t| name(t)).collect(),
        _ => vec![name(tv.ty)],
    })
}

/// The assignments that replace a hoisted `x := e` (absent from the probe, whose
/// package-level `var x = e` stands for them).
fn is_hoisting_assign(s: &Stmt, l: &Layout) -> bool {
    let StmtKind::Assign {
        op: AssignOp::Assign,
        rhs,
        ..
    } = &s.kind
    else {
        return false;
    };
    l.probe_decls.iter().any(|d| match d {
        Decl::Gen(GenDecl {
            kind: GenKind::Var(specs),
            ..
        }) => specs
            .iter()
            .any(|sp| sp.values.first().map(|v| v.id) == rhs.first().map(|v| v.id)),
        _ => false,
    })
}

/// Parses a snippet's text (a file with no `package` clause) into items.
pub fn parse(
    file: &crate::source::SourceFile,
    ids: &IdGen,
) -> (Vec<ReplItem>, Vec<Diagnostic>, bool) {
    let p = syntax::parse_repl(file, ids);
    (p.items, p.diags, p.incomplete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_clause_detection_skips_comments() {
        assert!(has_package_clause("// run\n\n/* x */ package main\n"));
        assert!(!has_package_clause("// package main\nx := 1\n"));
        assert!(!has_package_clause("packages := 3\n"));
        assert!(!has_package_clause(""));
    }

    #[test]
    fn a_later_declaration_replaces_an_earlier_one() {
        let mut sm = SourceMap::new();
        let ids = IdGen::new();
        let f = sm.add(
            "t",
            "var (\n\tmu sync.Mutex\n\tbalance int\n)\nfunc B() int { return 1 }\nB()\nvar mu sync.RWMutex\nfunc B() int { return 2 }\n",
        );
        let p = syntax::parse_repl(&f, &ids);
        assert!(p.diags.is_empty(), "{:?}", p.diags);
        let kept = drop_replaced(p.items);
        let idx: Vec<usize> = kept.iter().map(|(k, _)| *k).collect();
        // The group keeps `balance` only; the first B goes; the call stays.
        assert_eq!(idx, vec![0, 2, 3, 4]);
        let ReplItem::Decl(Decl::Gen(g)) = &kept[0].1 else {
            panic!("not a var group")
        };
        assert_eq!(
            decl_names(&Decl::Gen(g.clone())),
            vec!["balance".to_string()]
        );
    }

    #[test]
    fn std_package_names() {
        assert_eq!(std_package_for("rand"), Some("math/rand"));
        assert_eq!(std_package_for("fmt"), Some("fmt"));
        assert_eq!(std_package_for("nosuch"), None);
        assert_eq!(std_package_for("unsafe"), Some("unsafe"));
    }
}
