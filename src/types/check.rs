//! The checker's state (go/types' `Checker`): `Global` holds what lives for the whole
//! run (the `Info` being built, diagnostics, the package cache), `Checker` what belongs
//! to the package being checked (its declarations, the current scope and function).
//!
//! A package is checked in go/types' phases: collect the package-level objects
//! (`decl.rs`), resolve each on demand in source order (`obj_decl`, with a colour per
//! object to detect cycles), check the function bodies, then compute the initialization
//! order (`initorder.rs`) and report unused imports.

use super::cv::Value;
use super::info::{FuncInfo, Info, Mode, TypeAndValue};
use super::object::{ObjId, ObjKind, Object, Package, PkgId, VarKind};
use super::scope::{ScopeId, Scopes};
use super::typ::{BasicKind, TypeId, TypeTable};
use crate::diag::Diagnostic;
use crate::source::{SourceMap, Span};
use crate::syntax::{ast, IdGen};
use std::collections::{HashMap, HashSet};

/// State for the whole run.
pub(crate) struct Global<'s> {
    pub sm: &'s mut SourceMap,
    pub ids: &'s IdGen,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    /// Import path → package (`None` while it is being checked: an import cycle).
    pub pkgs_by_path: HashMap<String, Option<PkgId>>,
    /// Objects used at least once (variables, imports).
    pub used: HashSet<ObjId>,
    /// Generic functions and types by object (`instantiate.rs`).
    pub generics: HashMap<ObjId, super::instantiate::Generic>,
    /// Methods of generic types, by (package, base type name).
    pub generic_methods: HashMap<(PkgId, String), Vec<&'static ast::FuncDecl>>,
    /// The placeholder types standing for type parameters during inference.
    pub placeholders: HashSet<TypeId>,
    /// Generic aliases being instantiated (a cycle through one is an error).
    pub aliases_in_progress: HashSet<(ObjId, Vec<TypeId>)>,
    /// Placeholders whose constraint does not make them comparable (`any`).
    pub incomparable_placeholders: HashSet<TypeId>,
    /// Each placeholder's constraint as written (for `T constrained by any`).
    pub placeholder_constraints: HashMap<TypeId, String>,
    /// Errors reported while checking instances of generics: dropped from a line
    /// where the generic's own check already reported (`instantiate.rs`).
    pub inst_diags: HashSet<(u32, String)>,
    /// Lines (span starts of errors) the checks of generic declarations reported on.
    pub generic_diag_spans: Vec<Span>,
    /// Lazy checking of standard-library bodies (`lazy.rs`).
    pub lazy: super::lazy::Lazy,
}

impl<'s> Global<'s> {
    pub fn new(sm: &'s mut SourceMap, ids: &'s IdGen) -> Global<'s> {
        let mut scopes = Scopes::default();
        let universe = scopes.new_scope(None, false);
        let info = Info::new(TypeTable::new(), scopes, universe);
        let mut g = Global {
            sm,
            ids,
            info,
            diags: Vec::new(),
            pkgs_by_path: HashMap::new(),
            used: HashSet::new(),
            generics: HashMap::new(),
            generic_methods: HashMap::new(),
            placeholders: HashSet::new(),
            placeholder_constraints: HashMap::new(),
            incomparable_placeholders: HashSet::new(),
            aliases_in_progress: HashSet::new(),
            inst_diags: HashSet::new(),
            generic_diag_spans: Vec::new(),
            lazy: super::lazy::Lazy::default(),
        };
        super::universe::define_universe(&mut g);
        g
    }

    pub fn new_obj(&mut self, obj: Object) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        self.info.objects.push(obj);
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id.0 as usize]
    }

    pub fn new_package(&mut self, path: &str, name: &str) -> PkgId {
        let id = PkgId(self.info.packages.len() as u32);
        let scope = self.info.scopes.new_scope(Some(self.info.universe), false);
        self.info.packages.push(Package {
            path: path.to_string(),
            name: name.to_string(),
            scope,
            files: Vec::new(),
            init_order: Vec::new(),
            imports: Vec::new(),
            has_errors: false,
            fake: false,
        });
        id
    }
}

/// A package-level declaration awaiting resolution (go/types' `declInfo`).
#[derive(Clone)]
pub(crate) enum DeclInfo<'f> {
    Const {
        ty: Option<&'f ast::Expr>,
        init: Option<&'f ast::Expr>,
        iota: u32,
        /// The spec whose type/values were inherited (for error positions).
        inherited: bool,
        file_scope: ScopeId,
    },
    Var {
        ty: Option<&'f ast::Expr>,
        init: Option<&'f ast::Expr>,
        /// For `var a, b = f()`: all the variables the one initializer sets.
        lhs: Option<Vec<ObjId>>,
        file_scope: ScopeId,
    },
    Type {
        spec: &'f ast::TypeSpec,
        file_scope: ScopeId,
    },
    Func {
        decl: &'f ast::FuncDecl,
        file_scope: ScopeId,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Color {
    /// Being resolved (go/types' grey).
    Grey,
    /// Resolved.
    Black,
}

/// The function whose body is being checked.
pub(crate) struct FuncCtx {
    /// Key of its `FuncInfo` (a FuncDecl's name id, or a FuncLit's expression id).
    pub key: ast::NodeId,
    pub sig: TypeId,
    pub info: FuncInfo,
    /// Named results, for bare `return`s.
    pub named_results: bool,
    pub result_objs: Vec<ObjId>,
    /// The body of a range-over-func loop (compiled as the yield closure): `return`
    /// there returns from the enclosing function (`sig`, `named_results` and
    /// `result_objs` are that function's).
    pub range_body: bool,
}

/// A function body to check once package-level declarations are resolved.
pub(crate) struct Delayed<'f> {
    pub key: ast::NodeId,
    pub sig_ty: TypeId,
    pub recv: Option<&'f ast::Field>,
    pub sig: &'f ast::FuncType,
    pub body: &'f ast::Block,
    pub scope: ScopeId,
    pub decl_obj: ObjId,
    /// The body of a generic instance.
    pub instance: bool,
}

/// State for the package being checked.
pub(crate) struct Checker<'g, 's, 'f> {
    pub g: &'g mut Global<'s>,
    pub pkg: PkgId,
    pub decls: HashMap<ObjId, DeclInfo<'f>>,
    pub color: HashMap<ObjId, Color>,
    /// The objects being resolved, innermost last (for cycle reports).
    pub obj_path: Vec<ObjId>,
    /// Package-level dependency edges (variable or function → the package-level
    /// variables and functions its initializer or body uses), for the init order.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// The package-level object whose declaration or body is being checked.
    pub cur_decl: Option<ObjId>,
    pub scope: ScopeId,
    /// The functions being checked, innermost last.
    pub funcs: Vec<FuncCtx>,
    /// Local variable → the index in `funcs` of the function declaring it.
    pub var_owner: HashMap<ObjId, usize>,
    pub delayed: Vec<Delayed<'f>>,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<Value>,
    /// Method declarations by receiver base type name.
    pub methods: HashMap<String, Vec<ObjId>>,
    /// Package-level objects in source order.
    pub pkg_objs: Vec<ObjId>,
    /// Import objects per file scope, for `imported and not used`.
    pub imports: Vec<(ObjId, String, Option<String>, Span)>,
    /// The arguments of a generic call, evaluated for inference (`call.rs`).
    pub pending_args: Option<Vec<Operand<'f>>>,
    /// Set while checking uninstantiated generics with placeholder type arguments.
    pub placeholder_pass: bool,
    /// Set while checking an instance of a generic (its errors are `inst_diags`).
    pub in_instance: bool,
    /// Set while checking a package variable's declaration (`lazy.rs` notes the types
    /// met there and in function bodies: what may end up in an interface at run time).
    pub in_var_decl: bool,
}

/// An operand (go/types' `operand`): the result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'f> {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    /// The expression, for messages and for recording the final type.
    pub expr: Option<&'f ast::Expr>,
    /// The n-th (0-based) value of a multi-value call: gc describes it as
    /// `2nd function result` rather than by its expression.
    pub nth: Option<usize>,
}

impl<'f> Operand<'f> {
    pub fn invalid(expr: Option<&'f ast::Expr>) -> Operand<'f> {
        Operand {
            mode: Mode::Invalid,
            ty: BasicKind::Invalid.id(),
            val: None,
            expr,
            nth: None,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
    pub fn span(&self) -> Span {
        self.expr.map(|e| e.span).unwrap_or_default()
    }
}

impl<'g, 's, 'f> Checker<'g, 's, 'f> {
    pub fn new(g: &'g mut Global<'s>, pkg: PkgId) -> Self {
        let scope = g.info.packages[pkg.0 as usize].scope;
        Checker {
            g,
            pkg,
            decls: HashMap::new(),
            color: HashMap::new(),
            obj_path: Vec::new(),
            deps: HashMap::new(),
            cur_decl: None,
            scope,
            funcs: Vec::new(),
            var_owner: HashMap::new(),
            delayed: Vec::new(),
            iota: None,
            methods: HashMap::new(),
            pkg_objs: Vec::new(),
            imports: Vec::new(),
            pending_args: None,
            placeholder_pass: false,
            in_instance: false,
            in_var_decl: false,
        }
    }

    pub fn types(&mut self) -> &mut TypeTable {
        &mut self.g.info.types
    }

    pub fn tt(&self) -> &TypeTable {
        &self.g.info.types
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.g.info.packages[self.pkg.0 as usize].has_errors = true;
        let msg = msg.into();
        if self.in_instance {
            self.g.inst_diags.insert((span.lo, msg.clone()));
        }
        self.g.diags.push(Diagnostic::error(span, msg));
    }

    pub fn unsupported(&mut self, span: Span, what: &str) {
        self.g.info.packages[self.pkg.0 as usize].has_errors = true;
        self.g.diags.push(Diagnostic::unsupported(span, what));
    }

    /// The type string as gc prints it in this package's messages.
    pub fn ts(&self, t: TypeId) -> String {
        super::typestring::type_string(&self.g.info, t, Some(self.pkg))
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        self.g.obj(id)
    }

    pub fn new_obj(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: TypeId,
        span: Span,
        parent: Option<ScopeId>,
    ) -> ObjId {
        self.g.new_obj(Object {
            name: name.to_string(),
            kind,
            ty,
            pkg: Some(self.pkg),
            span,
            parent,
        })
    }

    pub fn record(&mut self, e: &ast::Expr, mode: Mode, ty: TypeId, value: Option<Value>) {
        if !self.funcs.is_empty() || self.in_var_decl {
            self.g.lazy.note_type(ty);
        }
        self.g.info.record(e.id, TypeAndValue { mode, ty, value });
    }

    pub fn record_operand(&mut self, x: &Operand<'f>) {
        if let Some(e) = x.expr {
            self.record(e, x.mode, x.ty, x.val.clone());
        }
    }

    pub fn record_def(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.g.info.defs.insert(ident.id, obj);
    }

    pub fn record_use(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.reach(obj);
        self.g.info.uses.insert(ident.id, obj);
    }

    pub fn open_scope(&mut self) -> ScopeId {
        let s = self.g.info.scopes.new_scope(Some(self.scope), false);
        self.scope = s;
        s
    }

    pub fn close_scope(&mut self, outer: ScopeId) {
        self.scope = outer;
    }

    /// Declares a local variable of the current function.
    pub fn declare_local_var(&mut self, ident: &ast::Ident, ty: TypeId) -> ObjId {
        let obj = self.new_obj(
            &ident.name,
            ObjKind::Var(VarKind::Local),
            ty,
            ident.span,
            Some(self.scope),
        );
        self.record_def(ident, obj);
        if let Some(f) = self.funcs.last_mut() {
            f.info.locals.push(obj);
            let depth = self.funcs.len() - 1;
            self.var_owner.insert(obj, depth);
        }
        obj
    }

    /// Marks a use of `obj`: for the unused checks, closure captures, and the
    /// package-level dependency graph.
    pub fn use_obj(&mut self, obj: ObjId) {
        self.g.used.insert(obj);
        let o = self.g.obj(obj);
        match o.kind {
            ObjKind::Var(VarKind::Package) | ObjKind::Func { .. } | ObjKind::Const(_) => {
                if o.pkg == Some(self.pkg) && o.parent.is_some() {
                    if let Some(d) = self.cur_decl {
                        self.deps.entry(d).or_default().push(obj);
                    }
                }
            }
            ObjKind::Var(_) => {
                if let Some(&owner) = self.var_owner.get(&obj) {
                    let n = self.funcs.len();
                    if owner + 1 < n {
                        self.g.info.captured.insert(obj);
                        for f in &mut self.funcs[owner + 1..] {
                            if !f.info.captures.contains(&obj) {
                                f.info.captures.push(obj);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    pub fn is_used(&self, obj: ObjId) -> bool {
        self.g.used.contains(&obj)
    }
}

/// Checks a package's files as package `path`, importing what they import.
pub(crate) fn check_package(g: &mut Global<'_>, path: &str, files: &[ast::File]) -> PkgId {
    // A standard package pruned to nothing has no files (`prune.rs`): its name is its
    // path's last element, as for every embedded package.
    let name = files
        .first()
        .map(|f| f.package.name.clone())
        .unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path).to_string());
    let pkg = g.new_package(path, &name);
    g.pkgs_by_path.insert(path.to_string(), Some(pkg));
    let mut c = Checker::new(g, pkg);
    c.check_files(files);
    pkg
}

impl<'f> Checker<'_, '_, 'f> {
    fn check_files(&mut self, files: &'f [ast::File]) {
        self.collect_objects(files);
        self.package_objects();
        self.process_delayed();
        // In lazy mode a standard package's generic declarations are checked only per
        // instance, and its imports may be used only in bodies never checked (`lazy.rs`).
        let lazy_std =
            self.g.lazy.enabled && self.g.info.packages[self.pkg.0 as usize].path != "main";
        if !lazy_std {
            self.check_generic_decls();
        }
        self.drain_lazy(files);
        self.init_order();
        if !lazy_std {
            self.unused_imports();
        }
    }

    pub(crate) fn process_delayed(&mut self) {
        loop {
            let delayed = std::mem::take(&mut self.delayed);
            if delayed.is_empty() {
                break;
            }
            for d in delayed {
                self.cur_decl = Some(d.decl_obj);
                self.scope = d.scope;
                let saved = self.in_instance;
                self.in_instance = d.instance;
                self.func_body(d.key, d.sig_ty, d.recv, d.sig, d.body);
                self.in_instance = saved;
                self.cur_decl = None;
            }
        }
    }

    fn unused_imports(&mut self) {
        let imports = std::mem::take(&mut self.imports);
        for (obj, path, alias, span) in imports {
            if !self.is_used(obj) {
                match alias {
                    Some(a) => self.error(span, format!("{path:?} imported as {a} and not used")),
                    None => self.error(span, format!("{path:?} imported and not used")),
                }
            }
        }
    }
}
