//! Generic functions and types (go/types' `instantiate.go`, the declaration side of
//! `decl.go`/`signature.go` for type parameters).
//!
//! minigo monomorphizes in the checker: a generic declaration is kept as a `Generic`
//! (its AST, type parameter list and package), and each distinct list of type arguments
//! makes an *instance*: for a function, a new `Func` object checked from its own copy of
//! the declaration (`renumber.rs`) in a scope where each type parameter names its type
//! argument; for a type, a new `Named` type (`List[int]`, with `NamedType::targs`)
//! whose underlying type and methods are checked the same way. The compiler then sees
//! only ordinary, fully typed declarations (`Info::instances`).
//!
//! Differences from go/types: a generic body is checked per instance, so an error in it
//! is reported once per instance at most (identical diagnostics are merged), in terms of
//! the type arguments, and a generic function never instantiated is checked once with
//! placeholder types standing for its type parameters (`check_generic_body`).

use super::check::{Checker, Delayed};
use super::info::Mode;
use super::object::{ObjId, ObjKind, PkgId};
use super::scope::ScopeId;
use super::typ::{BasicKind, Type, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind};
use std::collections::HashMap;

/// How many instances one generic declaration may have (a bound on instantiation
/// cycles such as `func F[T any]() { F[[]T]() }`).
const MAX_INSTANCES: usize = 500;

/// A generic function or type declaration.
pub(crate) struct Generic {
    pub pkg: PkgId,
    pub file_scope: ScopeId,
    pub kind: GenericKind,
    /// A generic type declared inside a function (Go 1.27 allows them; they have no
    /// methods). `file_scope` is then the scope it was declared in.
    pub local: bool,
    /// Type arguments (canonical ids) → instance.
    pub instances: HashMap<Vec<TypeId>, Inst>,
    /// For inference: the placeholder type of each type parameter, their constraints
    /// and the signature in terms of them (computed on first need).
    pub proto: Option<Proto>,
}

#[derive(Clone)]
pub(crate) struct Proto {
    pub placeholders: Vec<TypeId>,
    pub constraints: Vec<TypeId>,
    pub sig: TypeId,
}

#[derive(Clone, Copy)]
pub(crate) enum GenericKind {
    Func(&'static ast::FuncDecl),
    Type(&'static ast::TypeSpec),
}

impl GenericKind {
    fn tparams(&self) -> &'static [ast::Field] {
        match self {
            GenericKind::Func(d) => d.tparams.as_deref().unwrap_or(&[]),
            GenericKind::Type(s) => s.tparams.as_deref().unwrap_or(&[]),
        }
    }
}

/// An instance: a function object or a `Named` type.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Inst {
    Func(ObjId),
    Type(TypeId),
}

/// The names of a type parameter list, flattened.
pub(crate) fn tparam_names(fields: &[ast::Field]) -> Vec<&ast::Ident> {
    fields.iter().flat_map(|f| f.names.iter()).collect()
}

/// `[K comparable, V any]` as gc prints a type parameter list.
pub(crate) fn tparams_string(fields: &[ast::Field]) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            format!("{} {}", names.join(", "), super::errors::expr_string(&f.ty))
        })
        .collect();
    format!("[{}]", parts.join(", "))
}

/// The type parameter names of a generic method's receiver (`*List[T]` → `T`).
fn recv_tparams(recv: &ast::Field) -> Vec<&ast::Ident> {
    let mut t = &recv.ty;
    loop {
        match &t.kind {
            ExprKind::Paren(x) | ExprKind::Star(x) => t = x,
            _ => break,
        }
    }
    let idx: Vec<&ast::Expr> = match &t.kind {
        ExprKind::Index { index, .. } => vec![index],
        ExprKind::IndexList { indices, .. } => indices.iter().collect(),
        _ => vec![],
    };
    idx.into_iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Ident(i) => Some(i),
            _ => None,
        })
        .collect()
}

/// The base type name of a generic method's receiver (`*List[T]` → `List`), if the
/// receiver has type parameters.
pub(crate) fn generic_recv_base(recv: &ast::Field) -> Option<&str> {
    let mut t = &recv.ty;
    loop {
        match &t.kind {
            ExprKind::Paren(x) | ExprKind::Star(x) => t = x,
            _ => break,
        }
    }
    match &t.kind {
        ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } => match &x.kind {
            ExprKind::Ident(i) => Some(i.name.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn leak<T>(x: T) -> &'static T {
    // Instances live as long as the program that uses them (the compiler reads them
    // through `Info`); a checking run makes a bounded number of them.
    Box::leak(Box::new(x))
}

impl<'f> Checker<'_, '_, 'f> {
    /// Registers a generic function declaration (its object is `obj`).
    pub(crate) fn register_generic_func(&mut self, obj: ObjId, d: &ast::FuncDecl, fs: ScopeId) {
        let d = leak(d.clone());
        self.g.generics.insert(
            obj,
            Generic {
                pkg: self.pkg,
                file_scope: fs,
                kind: GenericKind::Func(d),
                local: false,
                instances: HashMap::new(),
                proto: None,
            },
        );
    }

    /// Registers a generic type declaration (`local`: declared inside a function, in
    /// scope `fs`).
    pub(crate) fn register_generic_type(
        &mut self,
        obj: ObjId,
        s: &ast::TypeSpec,
        fs: ScopeId,
        local: bool,
    ) {
        let mut rhs = &s.ty;
        while let ExprKind::Paren(x) = &rhs.kind {
            rhs = x;
        }
        if let ExprKind::Ident(id) = &rhs.kind {
            let tps = s.tparams.as_deref().unwrap_or(&[]);
            if !s.alias && tparam_names(tps).iter().any(|n| n.name == id.name) {
                self.error(
                    s.ty.span,
                    "cannot use a type parameter as RHS in type declaration",
                );
            }
        }
        let s = leak(s.clone());
        self.g.generics.insert(
            obj,
            Generic {
                pkg: self.pkg,
                file_scope: fs,
                local,
                kind: GenericKind::Type(s),
                instances: HashMap::new(),
                proto: None,
            },
        );
    }

    /// Registers a method of a generic type (`func (l *List[T]) Push(v T)`).
    pub(crate) fn register_generic_method(&mut self, base: &str, d: &ast::FuncDecl) {
        let d = leak(d.clone());
        self.g
            .generic_methods
            .entry((self.pkg, base.to_string()))
            .or_default()
            .push(d);
    }

    /// The generic object `e` names (`F`, `pkg.F`, `(F)`), if any; records the uses of
    /// the identifiers on the way.
    pub(crate) fn generic_obj(&mut self, e: &'f ast::Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.generic_obj(x),
            ExprKind::Ident(id) => {
                let (_, obj) = self.g.info.scopes.lookup(self.scope, &id.name)?;
                if !self.g.generics.contains_key(&obj) {
                    return None;
                }
                self.record_use(id, obj);
                Some(obj)
            }
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pid) = &x.kind else {
                    return None;
                };
                let (_, pobj) = self.g.info.scopes.lookup(self.scope, &pid.name)?;
                let ObjKind::PkgName(p) = self.obj(pobj).kind else {
                    return None;
                };
                let pscope = self.g.info.packages.get(p.0 as usize)?.scope;
                let obj = self.g.info.scopes.lookup_local(pscope, &sel.name)?;
                if !self.g.generics.contains_key(&obj) || !self.obj(obj).exported() {
                    return None;
                }
                self.record_use(pid, pobj);
                self.g.used.insert(pobj);
                self.record_use(sel, obj);
                Some(obj)
            }
            _ => None,
        }
    }

    /// gc's error for a generic object used without instantiation, if `obj` is one.
    pub(crate) fn generic_use_error(&self, obj: ObjId) -> Option<String> {
        let g = self.g.generics.get(&obj)?;
        let name = &self.obj(obj).name;
        Some(match g.kind {
            GenericKind::Func(_) => {
                format!("cannot use generic function {name} without instantiation")
            }
            GenericKind::Type(s) => format!(
                "cannot use generic type {name}{} without instantiation",
                tparams_string(s.tparams.as_deref().unwrap_or(&[]))
            ),
        })
    }

    /// The number of type parameters of a generic.
    pub(crate) fn generic_arity(&self, obj: ObjId) -> usize {
        self.g
            .generics
            .get(&obj)
            .map(|g| tparam_names(g.kind.tparams()).len())
            .unwrap_or(0)
    }

    pub(crate) fn is_generic_type(&self, obj: ObjId) -> bool {
        matches!(
            self.g.generics.get(&obj).map(|g| g.kind),
            Some(GenericKind::Type(_))
        )
    }

    /// Instantiates generic `gobj` with `targs`; `spans` are where to report an
    /// unsatisfied constraint (one per type argument, or the call's). Returns `None`
    /// after reporting an error.
    pub(crate) fn instantiate(
        &mut self,
        gobj: ObjId,
        targs: &[TypeId],
        spans: &[Span],
    ) -> Option<Inst> {
        if targs.iter().any(|&t| self.tt().is_invalid(t)) {
            return None;
        }
        let key: Vec<TypeId> = targs.iter().map(|&t| self.tt().canonical(t)).collect();
        let (pkg, n_inst) = {
            let g = self.g.generics.get(&gobj)?;
            if let Some(&i) = g.instances.get(&key) {
                return Some(i);
            }
            (g.pkg, g.instances.len())
        };
        if n_inst >= MAX_INSTANCES {
            let span = spans.first().copied().unwrap_or_default();
            let name = self.obj(gobj).name.clone();
            if self.is_generic_type(gobj) {
                self.error(
                    span,
                    format!("instantiation cycle: too many instances of {name}"),
                );
            } else {
                // Go compiles this (instances are made as the program runs into them);
                // minigo makes every instance before running.
                self.unsupported(
                    span,
                    &format!("more than {MAX_INSTANCES} instances of generic function {name}"),
                );
            }
            return None;
        }
        if pkg == self.pkg {
            self.instantiate_here(gobj, targs, &key, spans)
        } else {
            let mut c = Checker::new(&mut *self.g, pkg);
            let r = c.instantiate_here(gobj, targs, &key, spans);
            c.process_delayed();
            r
        }
    }

    /// A scope under the generic's file scope where each of `names` denotes its type
    /// argument.
    fn bind_tparams(&mut self, fs: ScopeId, names: &[&ast::Ident], targs: &[TypeId]) -> ScopeId {
        let s = self.g.info.scopes.new_scope(Some(fs), false);
        for (n, &t) in names.iter().zip(targs) {
            let o = self.new_obj(&n.name, ObjKind::TypeName, t, n.span, Some(s));
            self.g.info.scopes.insert(s, &n.name, o);
        }
        s
    }

    /// Checks that each type argument satisfies its constraint (evaluated in `scope`,
    /// where the type parameters denote the type arguments).
    fn check_constraints(
        &mut self,
        fields: &'static [ast::Field],
        targs: &[TypeId],
        scope: ScopeId,
        spans: &[Span],
    ) -> bool {
        // While checking a generic body, only type arguments that are its type
        // parameters standing for a type set are checked (`Sum[T]` in
        // `func F[T Number]`); others are checked in the instances.
        let only_tparams =
            self.placeholder_pass || targs.iter().any(|&t| self.mentions_placeholder(t));
        if only_tparams
            && !targs
                .iter()
                .any(|&t| self.g.placeholders.contains(&t) && self.tt().tparam_terms(t).is_some())
        {
            return true;
        }
        let saved_inst = std::mem::replace(&mut self.in_instance, false);
        let ok = self.check_constraints_here(fields, targs, scope, spans, only_tparams);
        self.in_instance = saved_inst;
        ok
    }

    fn check_constraints_here(
        &mut self,
        fields: &'static [ast::Field],
        targs: &[TypeId],
        scope: ScopeId,
        spans: &[Span],
        only_tparams: bool,
    ) -> bool {
        let saved = self.scope;
        self.scope = scope;
        let mut ok = true;
        let mut i = 0;
        for f in fields {
            let c = self.constraint_type(&f.ty);
            let cname = match &f.ty.kind {
                // A named constraint, or an implicit interface (`int | string`, `~int`).
                ExprKind::Ident(_)
                | ExprKind::Selector { .. }
                | ExprKind::Binary { .. }
                | ExprKind::Unary {
                    op: ast::UnOp::Tilde,
                    ..
                } => super::errors::expr_string(&f.ty),
                _ => self.ts(c),
            };
            for _ in &f.names {
                let t = targs.get(i).copied().unwrap_or(BasicKind::Invalid.id());
                let skip = only_tparams
                    && !(self.g.placeholders.contains(&t) && self.tt().tparam_terms(t).is_some());
                if skip {
                    i += 1;
                    continue;
                }
                if let Err(msg) = self.satisfies(t, c, &cname) {
                    let span = spans.get(i).or(spans.first()).copied().unwrap_or_default();
                    self.error(span, msg);
                    ok = false;
                }
                i += 1;
            }
        }
        self.scope = saved;
        ok
    }

    fn instantiate_here(
        &mut self,
        gobj: ObjId,
        targs: &[TypeId],
        key: &[TypeId],
        spans: &[Span],
    ) -> Option<Inst> {
        let (fs, kind) = {
            let g = self.g.generics.get(&gobj)?;
            (g.file_scope, g.kind)
        };
        let saved_scope = self.scope;
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_decl = self.cur_decl.take();
        let saved_inst = std::mem::replace(&mut self.in_instance, true);
        let r = match kind {
            GenericKind::Func(d) => self.instantiate_func(gobj, d, fs, targs, key, spans),
            GenericKind::Type(s) => self.instantiate_type(gobj, s, fs, targs, key, spans),
        };
        self.in_instance = saved_inst;
        self.scope = saved_scope;
        self.funcs = saved_funcs;
        self.cur_decl = saved_decl;
        r
    }

    fn instantiate_func(
        &mut self,
        gobj: ObjId,
        d: &'static ast::FuncDecl,
        fs: ScopeId,
        targs: &[TypeId],
        key: &[TypeId],
        spans: &[Span],
    ) -> Option<Inst> {
        let d: &'static ast::FuncDecl = leak(super::renumber::fresh_func(d, self.g.ids));
        let tps = d.tparams.as_deref().unwrap_or(&[]);
        let names = tparam_names(tps);
        let s = self.bind_tparams(fs, &names, targs);
        if !self.check_constraints(tps, targs, s, spans) {
            return None;
        }
        let (name, span) = (self.obj(gobj).name.clone(), self.obj(gobj).span);
        let pkg_scope = self.g.info.packages[self.pkg.0 as usize].scope;
        let inst = self.new_obj(
            &name,
            ObjKind::Func {
                recv: None,
                has_body: d.body.is_some(),
            },
            BasicKind::Invalid.id(),
            span,
            Some(pkg_scope),
        );
        if let Some(g) = self.g.generics.get_mut(&gobj) {
            g.instances.insert(key.to_vec(), Inst::Func(inst));
        }
        self.record_def(&d.name, inst);
        self.scope = s;
        let (sig, _) = self.func_type(None, &d.sig, true);
        self.g.obj_mut(inst).ty = sig;
        self.g.info.instances.push((inst, d));
        self.g.info.inst_targs.insert(inst, targs.to_vec());
        if let Some(body) = &d.body {
            self.delayed.push(Delayed {
                key: d.name.id,
                sig_ty: sig,
                recv: None,
                sig: &d.sig,
                body,
                scope: s,
                decl_obj: inst,
                instance: true,
            });
        }
        Some(Inst::Func(inst))
    }

    fn instantiate_type(
        &mut self,
        gobj: ObjId,
        spec: &'static ast::TypeSpec,
        fs: ScopeId,
        targs: &[TypeId],
        key: &[TypeId],
        spans: &[Span],
    ) -> Option<Inst> {
        let tps = spec.tparams.as_deref().unwrap_or(&[]);
        let names = tparam_names(tps);
        let s = self.bind_tparams(fs, &names, targs);
        if !self.check_constraints(tps, targs, s, spans) {
            return None;
        }
        if spec.alias {
            // A generic alias (Go 1.24) denotes its type with the arguments put in.
            if !self.g.aliases_in_progress.insert((gobj, key.to_vec())) {
                let name = self.obj(gobj).name.clone();
                let span = spec.name.span;
                self.error(
                    span,
                    format!("invalid recursive type: {name} refers to itself"),
                );
                return None;
            }
            self.scope = s;
            let t = self.type_expr(&spec.ty);
            self.g.aliases_in_progress.remove(&(gobj, key.to_vec()));
            if self.tt().is_invalid(t) {
                return None;
            }
            if let Some(g) = self.g.generics.get_mut(&gobj) {
                g.instances.insert(key.to_vec(), Inst::Type(t));
            }
            return Some(Inst::Type(t));
        }
        let named = self.types().new_instance(gobj, targs.to_vec());
        if let Some(g) = self.g.generics.get_mut(&gobj) {
            g.instances.insert(key.to_vec(), Inst::Type(named));
        }
        self.scope = s;
        let spec: &'static ast::TypeSpec = leak(super::renumber::fresh_type_spec(spec, self.g.ids));
        let under = self.type_expr(&spec.ty);
        self.types().set_underlying(named, under);
        // The methods, each checked from its own copy (a local type has none).
        let base = self.obj(gobj).name.clone();
        let local = self.g.generics.get(&gobj).is_some_and(|g| g.local);
        let methods = if local {
            Vec::new()
        } else {
            self.g
                .generic_methods
                .get(&(self.pkg, base))
                .cloned()
                .unwrap_or_default()
        };
        for m in methods {
            let d: &'static ast::FuncDecl = leak(super::renumber::fresh_func(m, self.g.ids));
            let Some(recv) = &d.recv else { continue };
            let rnames = recv_tparams(recv);
            if rnames.len() != targs.len() {
                let span = recv.ty.span;
                let (got, want) = (rnames.len(), targs.len());
                self.error(
                    span,
                    format!("receiver declares {got} type parameters, but receiver base type declares {want}"),
                );
                continue;
            }
            let ms = self.bind_tparams(fs, &rnames, targs);
            self.scope = ms;
            let mobj = self.new_obj(
                &d.name.name,
                ObjKind::Func {
                    recv: None,
                    has_body: d.body.is_some(),
                },
                BasicKind::Invalid.id(),
                d.name.span,
                None,
            );
            self.record_def(&d.name, mobj);
            self.types().add_method(named, mobj);
            let (sig, recv_obj) = self.func_type(Some(recv), &d.sig, true);
            self.g.obj_mut(mobj).ty = sig;
            if let ObjKind::Func { recv: r, .. } = &mut self.g.obj_mut(mobj).kind {
                *r = recv_obj;
            }
            self.g.info.instances.push((mobj, d));
            match &d.body {
                Some(body) => self.delayed.push(Delayed {
                    key: d.name.id,
                    sig_ty: sig,
                    recv: Some(recv),
                    sig: &d.sig,
                    body,
                    scope: ms,
                    decl_obj: mobj,
                    instance: true,
                }),
                None => self.record_func_params(d.name.id, sig, Some(recv), &d.sig),
            }
        }
        Some(Inst::Type(named))
    }

    /// `List[int]`, `Pair[K, V]` in a type context: the instance, or `None` after an
    /// error. `e` is the whole index expression.
    pub(crate) fn instantiate_expr(
        &mut self,
        e: &'f ast::Expr,
        gobj: ObjId,
        indices: &'f [ast::Expr],
    ) -> Option<(Inst, Vec<TypeId>)> {
        let targs: Vec<TypeId> = indices.iter().map(|i| self.var_type(i)).collect();
        let spans: Vec<Span> = indices.iter().map(|i| i.span).collect();
        let want = self.generic_arity(gobj);
        let name = self.obj(gobj).name.clone();
        if targs.len() > want {
            if self.is_generic_type(gobj) {
                // go/types' validateTArgLen, at the instantiated expression.
                self.error(
                    e.span,
                    format!(
                        "too many type arguments for type {name}: have {}, want {want}",
                        targs.len()
                    ),
                );
                return None;
            }
            let span = indices.get(want).map(|i| i.span).unwrap_or(e.span);
            self.error(
                span,
                format!("got {} type arguments but want {want}", targs.len()),
            );
            return None;
        }
        if targs.len() < want {
            if self.is_generic_type(gobj) {
                self.error(
                    e.span,
                    format!(
                        "not enough type arguments for type {name}: have {}, want {want}",
                        targs.len()
                    ),
                );
                return None;
            }
            // A partial instantiation of a function: the rest is inferred at the call.
            return None;
        }
        let inst = self.instantiate(gobj, &targs, &spans)?;
        Some((inst, targs))
    }

    /// Records `e` (an identifier, selector or index expression) as denoting instance
    /// function `inst`.
    pub(crate) fn record_func_inst(&mut self, e: &'f ast::Expr, inst: ObjId) {
        let sig = self.obj(inst).ty;
        self.use_obj(inst);
        match &e.kind {
            ExprKind::Paren(x) => self.record_func_inst(x, inst),
            ExprKind::Ident(id) => self.record_use(id, inst),
            ExprKind::Selector { sel, .. } => self.record_use(sel, inst),
            ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } => {
                self.record_func_inst(x, inst);
                self.g.info.instance_refs.insert(e.id, inst);
            }
            _ => {}
        }
        self.record(e, Mode::Value, sig, None);
    }

    /// The prototype of generic function `gobj` for inference: placeholder types for
    /// its type parameters, their constraints and its signature over them.
    pub(crate) fn proto(&mut self, gobj: ObjId) -> Option<Proto> {
        let g = self.g.generics.get(&gobj)?;
        if let Some(p) = &g.proto {
            return Some(p.clone());
        }
        let (pkg, fs, kind) = (g.pkg, g.file_scope, g.kind);
        let GenericKind::Func(d) = kind else {
            return None;
        };
        let p = if pkg == self.pkg {
            self.make_proto(d, fs)
        } else {
            let mut c = Checker::new(&mut *self.g, pkg);
            c.make_proto(d, fs)
        };
        if let Some(g) = self.g.generics.get_mut(&gobj) {
            g.proto = Some(p.clone());
        }
        Some(p)
    }

    fn make_proto(&mut self, d: &'static ast::FuncDecl, fs: ScopeId) -> Proto {
        let d: &'static ast::FuncDecl = leak(super::renumber::fresh_func(d, self.g.ids));
        let tps = d.tparams.as_deref().unwrap_or(&[]);
        let saved_diags = self.g.diags.len();
        let (s, placeholders, constraints) = self.make_placeholders(tps, fs);
        let saved = self.scope;
        self.scope = s;
        let (sig, _) = self.func_type(None, &d.sig, true);
        self.scope = saved;
        // Errors in the declaration are reported by its instances.
        self.g.diags.truncate(saved_diags);
        Proto {
            placeholders,
            constraints,
            sig,
        }
    }

    /// Checks each generic declaration of this package once with placeholder types
    /// standing for its type parameters (go/types checks generic bodies against type
    /// sets). What the bodies use counts as used (imports, package variables), and
    /// when every constraint is *faithfully* modelled by a placeholder (a core type,
    /// or methods only) their errors are reported, in go/types' terms; instances'
    /// errors on the same lines are then dropped (`check_program`). Otherwise (a union
    /// without a core type, `~int | ~float64`) errors come from the instances only.
    pub(crate) fn check_generic_decls(&mut self) {
        let mut todo: Vec<(ObjId, ScopeId, GenericKind)> = self
            .g
            .generics
            .iter()
            .filter(|(_, g)| g.pkg == self.pkg)
            .map(|(&o, g)| (o, g.file_scope, g.kind))
            .collect();
        todo.sort_by_key(|t| t.0);
        let had_errors = self.g.info.packages[self.pkg.0 as usize].has_errors;
        let mut any_kept = false;
        for (o, fs, kind) in todo {
            let start = self.g.diags.len();
            let tps = kind.tparams();
            let (_, ph, constraints) = self.make_placeholders(tps, fs);
            // Every placeholder models its constraint: a core type, methods, or a type
            // set checked term by term.
            let faithful = constraints
                .iter()
                .all(|&c| super::typeset::terms_of(self.tt(), c).is_none_or(|ts| !ts.is_empty()));
            let key: Vec<TypeId> = ph.clone();
            self.placeholder_pass = true;
            self.instantiate_here(o, &ph, &key, &[]);
            self.process_delayed();
            self.placeholder_pass = false;
            let new: Vec<crate::diag::Diagnostic> = self.g.diags.drain(start..).collect();
            if !faithful {
                continue;
            }
            let spans = self.generic_spans(o, kind);
            for d in new {
                if spans.iter().any(|s| s.lo <= d.span.lo && d.span.lo < s.hi) {
                    self.g.inst_diags.remove(&(d.span.lo, d.message.clone()));
                    self.g.generic_diag_spans.push(d.span);
                    self.g.diags.push(d);
                    any_kept = true;
                }
            }
        }
        self.g.info.packages[self.pkg.0 as usize].has_errors = had_errors || any_kept;
    }

    /// The source ranges of a generic declaration (a type's with its methods').
    fn generic_spans(&self, o: ObjId, kind: GenericKind) -> Vec<Span> {
        match kind {
            GenericKind::Func(d) => vec![d.span],
            GenericKind::Type(s) => {
                let mut v = vec![s.span];
                let name = self.obj(o).name.clone();
                let local = self.g.generics.get(&o).is_some_and(|g| g.local);
                if let Some(ms) = self
                    .g
                    .generic_methods
                    .get(&(self.pkg, name))
                    .filter(|_| !local)
                {
                    v.extend(ms.iter().map(|m| m.span));
                }
                v
            }
        }
    }

    /// A scope binding each type parameter of `tps` to a placeholder type (a defined
    /// type named after it whose underlying type is its constraint's core type, or an
    /// interface with the constraint's methods); the placeholders and constraints.
    fn make_placeholders(
        &mut self,
        tps: &'static [ast::Field],
        fs: ScopeId,
    ) -> (ScopeId, Vec<TypeId>, Vec<TypeId>) {
        let names = tparam_names(tps);
        let s = self.g.info.scopes.new_scope(Some(fs), false);
        let mut placeholders = Vec::new();
        for n in &names {
            let o = self.new_obj(
                &n.name,
                ObjKind::TypeName,
                BasicKind::Invalid.id(),
                n.span,
                Some(s),
            );
            let t = self.types().new_named(o);
            self.g.obj_mut(o).ty = t;
            self.g.info.scopes.insert(s, &n.name, o);
            self.g.placeholders.insert(t);
            placeholders.push(t);
        }
        let mut i = 0;
        for f in tps {
            for _ in &f.names {
                if let Some(&t) = placeholders.get(i) {
                    let c = super::errors::expr_string(&f.ty);
                    self.g.placeholder_constraints.insert(t, c);
                }
                i += 1;
            }
        }
        let saved = self.scope;
        let saved_diags = self.g.diags.len();
        self.scope = s;
        let mut constraints = Vec::new();
        for f in tps {
            let c = self.constraint_type(&f.ty);
            for _ in &f.names {
                constraints.push(c);
            }
        }
        for (&p, &c) in placeholders.iter().zip(&constraints) {
            // A placeholder behaves as its core type, else as an interface with the
            // constraint's methods.
            let u = match super::typeset::core_type(self.tt(), c) {
                Some(u) => {
                    // The constraint's methods are the placeholder's too.
                    for m in self.tt().interface_methods(c).to_vec() {
                        self.types().add_method(p, m.obj);
                    }
                    u
                }
                None => {
                    // A union without a core type: an interface holding the type set's
                    // terms, which the predicates (`TypeTable::is_numeric`, ...),
                    // untyped constants, assignability and conversions check term by
                    // term, as go/types does for a type parameter.
                    let terms = super::typeset::terms_of(self.tt(), c).map(|t| t.to_vec());
                    let cmp = matches!(
                        self.tt().under(c),
                        Type::Interface {
                            comparable: true,
                            ..
                        }
                    ) || terms
                        .as_ref()
                        .is_some_and(|ts| ts.iter().all(|t| self.tt().comparable(t.ty)));
                    if !cmp {
                        self.g.incomparable_placeholders.insert(p);
                    }
                    let methods = self.tt().interface_methods(c).to_vec();
                    self.types().intern(Type::Interface {
                        methods,
                        constraint: false,
                        terms,
                        comparable: false,
                    })
                }
            };
            self.types().set_underlying(p, u);
        }
        self.scope = saved;
        self.g.diags.truncate(saved_diags);
        (s, placeholders, constraints)
    }

    /// Whether `t` mentions a type parameter placeholder.
    pub(crate) fn mentions_placeholder(&self, t: TypeId) -> bool {
        fn walk(c: &Checker<'_, '_, '_>, t: TypeId, d: u32) -> bool {
            if d > 32 {
                return false;
            }
            if c.g.placeholders.contains(&t) {
                return true;
            }
            let tt = c.tt();
            match tt.get(t) {
                Type::Pointer(e) | Type::Slice(e) => walk(c, *e, d + 1),
                Type::Array { elem, .. } | Type::Chan { elem, .. } => walk(c, *elem, d + 1),
                Type::Map { key, value } => walk(c, *key, d + 1) || walk(c, *value, d + 1),
                Type::Func(s) => s
                    .params
                    .iter()
                    .chain(&s.results)
                    .any(|&p| walk(c, p, d + 1)),
                Type::Named(n) => n.targs.iter().any(|&a| walk(c, a, d + 1)),
                Type::Struct { fields } => fields.iter().any(|f| walk(c, f.ty, d + 1)),
                _ => false,
            }
        }
        walk(self, t, 0)
    }

    /// Whether `t` is a placeholder for a type parameter that is not comparable.
    pub(crate) fn placeholder_incomparable(&self, t: TypeId) -> bool {
        self.g.incomparable_placeholders.contains(&t)
    }
}
