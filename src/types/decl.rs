//! Declarations (go/types' `resolver.go` and `decl.go`): collecting a package's objects,
//! resolving each on demand (`obj_decl`), and declarations inside function bodies.
//!
//! Package-level declarations may appear in any order: each object is resolved the
//! first time it is needed, and a grey (in-progress) object met again is a cycle.

use super::check::{Checker, Color, DeclInfo, Delayed, Operand};
use super::cv::Value;
use super::info::Mode;
use super::object::{ObjId, ObjKind, VarKind};
use super::scope::ScopeId;
use super::typ::{BasicKind, Type, TypeId};
use crate::source::Span;
use crate::syntax::ast;
use num_bigint::BigInt;

impl<'f> Checker<'_, '_, 'f> {
    /// "file.go:L:C" for the secondary lines of a message.
    pub fn pos_string(&self, span: Span) -> String {
        self.g
            .sm
            .position(span.lo)
            .map(|p| p.to_string())
            .unwrap_or_default()
    }

    fn redeclared(&mut self, ident: &ast::Ident, old: ObjId) {
        let old_span = self.obj(old).span;
        let msg = if old_span == Span::default() {
            format!("{} redeclared in this block", ident.name)
        } else {
            format!(
                "{} redeclared in this block\n\t{}: other declaration of {}",
                ident.name,
                self.pos_string(old_span),
                ident.name
            )
        };
        self.error(ident.span, msg);
    }

    /// Declares `obj` in `scope`, with gc's `other declaration` note.
    pub fn declare_obj(&mut self, scope: ScopeId, ident: &ast::Ident, obj: ObjId) {
        if ident.is_blank() {
            return;
        }
        if scope == self.pkg_scope() && !matches!(self.obj(obj).kind, ObjKind::Func { .. }) {
            let is_main_pkg = self.g.info.packages[self.pkg.0 as usize].name == "main";
            if ident.name == "init" || (ident.name == "main" && is_main_pkg) {
                self.error(
                    ident.span,
                    format!("cannot declare {} - must be func", ident.name),
                );
                return;
            }
        }
        if let Some(old) = self.g.info.scopes.insert(scope, &ident.name, obj) {
            self.g.used.insert(obj);
            self.redeclared(ident, old);
        }
    }

    fn pkg_scope(&self) -> ScopeId {
        self.g.info.packages[self.pkg.0 as usize].scope
    }

    /// Phase 1: file scopes, imports, and every package-level object.
    pub fn collect_objects(&mut self, files: &'f [ast::File]) {
        let pkg_scope = self.pkg_scope();
        let mut file_scopes = Vec::new();
        for file in files {
            let fs = self.g.info.scopes.new_scope(Some(pkg_scope), false);
            file_scopes.push(fs);
            for imp in &file.imports {
                self.collect_import(fs, imp);
            }
        }
        for (file, &fs) in files.iter().zip(&file_scopes) {
            for decl in &file.decls {
                match decl {
                    ast::Decl::Gen(g) => self.collect_gen_decl(g, fs),
                    ast::Decl::Func(f) => self.collect_func(f, fs),
                }
            }
        }
        // Names declared in a file scope (imports) must not clash with package names.
        for &fs in &file_scopes {
            let names: Vec<(String, ObjId)> = self
                .g
                .info
                .scopes
                .get(fs)
                .names
                .iter()
                .map(|(n, o)| (n.clone(), *o))
                .collect();
            for (name, imp) in names {
                if let Some(other) = self.g.info.scopes.lookup_local(pkg_scope, &name) {
                    let span = self.obj(other).span;
                    let ispan = self.obj(imp).span;
                    self.error(
                        span,
                        format!(
                            "{name} already declared through import of package {name} (\"{name}\")\n\t{}: other declaration of {name}",
                            self.pos_string(ispan)
                        ),
                    );
                }
            }
        }
    }

    fn collect_gen_decl(&mut self, g: &'f ast::GenDecl, fs: ScopeId) {
        let pkg_scope = self.pkg_scope();
        match &g.kind {
            ast::GenKind::Const(specs) => {
                let mut last: Option<&'f ast::ValueSpec> = None;
                for spec in specs {
                    let (src, inherited) = if spec.ty.is_none() && spec.values.is_empty() {
                        (last.unwrap_or(spec), true)
                    } else {
                        last = Some(spec);
                        (spec, false)
                    };
                    self.check_const_spec_arity(spec, src, inherited);
                    for (i, name) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(
                            &name.name,
                            ObjKind::Const(None),
                            BasicKind::Invalid.id(),
                            name.span,
                            Some(pkg_scope),
                        );
                        self.record_def(name, obj);
                        self.declare_obj(pkg_scope, name, obj);
                        self.decls.insert(
                            obj,
                            DeclInfo::Const {
                                ty: src.ty.as_ref(),
                                init: src.values.get(i),
                                iota: spec.iota,
                                inherited,
                                file_scope: fs,
                            },
                        );
                        self.pkg_objs.push(obj);
                    }
                }
            }
            ast::GenKind::Var(specs) => {
                for spec in specs {
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|name| {
                            let obj = self.new_obj(
                                &name.name,
                                ObjKind::Var(VarKind::Package),
                                BasicKind::Invalid.id(),
                                name.span,
                                Some(pkg_scope),
                            );
                            self.record_def(name, obj);
                            self.declare_obj(pkg_scope, name, obj);
                            obj
                        })
                        .collect();
                    let n_values = spec.values.len();
                    let shared = n_values == 1 && objs.len() > 1;
                    if n_values != 0 && n_values != objs.len() && !shared {
                        self.assign_mismatch_decl(spec);
                    }
                    for (i, &obj) in objs.iter().enumerate() {
                        let init = if shared {
                            spec.values.first()
                        } else {
                            spec.values.get(i)
                        };
                        self.decls.insert(
                            obj,
                            DeclInfo::Var {
                                ty: spec.ty.as_ref(),
                                init,
                                lhs: shared.then(|| objs.clone()),
                                file_scope: fs,
                            },
                        );
                        self.pkg_objs.push(obj);
                    }
                    if n_values != 0 && n_values != objs.len() && !shared {
                        // Avoid follow-on errors.
                        for &o in &objs {
                            self.g.used.insert(o);
                            self.color.insert(o, Color::Black);
                        }
                    }
                }
            }
            ast::GenKind::Type(specs) => {
                for spec in specs {
                    let obj = self.new_obj(
                        &spec.name.name,
                        ObjKind::TypeName,
                        BasicKind::Invalid.id(),
                        spec.name.span,
                        Some(pkg_scope),
                    );
                    self.record_def(&spec.name, obj);
                    self.declare_obj(pkg_scope, &spec.name, obj);
                    if spec.tparams.is_some() {
                        self.register_generic_type(obj, spec, fs, false);
                        continue;
                    }
                    self.decls.insert(
                        obj,
                        DeclInfo::Type {
                            spec,
                            file_scope: fs,
                        },
                    );
                    self.pkg_objs.push(obj);
                }
            }
            ast::GenKind::Import(imps) => {
                for imp in imps {
                    self.collect_import(fs, imp);
                }
            }
        }
    }

    pub fn check_const_spec_arity(
        &mut self,
        spec: &ast::ValueSpec,
        src: &ast::ValueSpec,
        inherited: bool,
    ) {
        let (nn, nv) = (spec.names.len(), src.values.len());
        if nn > nv {
            if let Some(n) = spec.names.get(nv) {
                if nv == 0 && !inherited {
                    self.error(n.span, "missing init expr for const declaration");
                } else {
                    self.error(n.span, format!("missing init expr for {}", n.name));
                }
            }
        } else if nn < nv && !inherited {
            if let Some(v) = src.values.get(nn) {
                let e = super::errors::expr_string(v);
                self.error(v.span, format!("extra init expr {e}"));
            }
        }
    }

    /// `var a, b, c = 1, 2`: gc names the first variable without a value, or the
    /// first extra value.
    pub fn assign_mismatch_decl(&mut self, spec: &'f ast::ValueSpec) {
        let (nn, nv) = (spec.names.len(), spec.values.len());
        if nn > nv {
            if let Some(n) = spec.names.get(nv) {
                self.error(n.span, format!("missing init expr for {}", n.name));
            }
        } else if let Some(v) = spec.values.get(nn) {
            let e = super::errors::expr_string(v);
            self.error(v.span, format!("extra init expr {e}"));
        }
    }

    /// `assignment mismatch: 2 variables but 1 value` (go/types' `assignError`), at the
    /// first right-hand expression.
    pub fn assign_error(&mut self, rhs: &'f [ast::Expr], l: usize, r: usize) {
        let Some(rhs0) = rhs.first() else {
            return;
        };
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let mut e = rhs0;
        while let ast::ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        if rhs.len() == 1 {
            if let ast::ExprKind::Call { func, .. } = &e.kind {
                let f = super::errors::expr_string(func);
                self.error(
                    rhs0.span,
                    format!("assignment mismatch: {vars} but {f} returns {vals}"),
                );
                return;
            }
        }
        self.error(rhs0.span, format!("assignment mismatch: {vars} but {vals}"));
    }

    fn collect_func(&mut self, f: &'f ast::FuncDecl, fs: ScopeId) {
        let pkg_scope = self.pkg_scope();
        if let Some(recv) = &f.recv {
            if let Some(base) = super::instantiate::generic_recv_base(recv) {
                // A method of a generic type: checked per instance of the type.
                if f.tparams.is_some() {
                    self.unsupported(f.name.span, "generic methods");
                }
                if !f.name.is_blank() {
                    self.register_generic_method(base, f);
                }
                return;
            }
            if f.tparams.is_some() {
                self.unsupported(f.name.span, "generic methods");
                return;
            }
        }
        let generic = f.tparams.is_some() && f.recv.is_none();
        let obj = self.new_obj(
            &f.name.name,
            ObjKind::Func {
                recv: None,
                has_body: f.body.is_some(),
            },
            BasicKind::Invalid.id(),
            f.name.span,
            if f.recv.is_some() {
                None
            } else {
                Some(pkg_scope)
            },
        );
        self.record_def(&f.name, obj);
        if generic {
            if f.name.name == "init" || f.name.name == "main" {
                let n = &f.name.name;
                self.error(
                    f.name.span,
                    format!("func {n} must have no type parameters"),
                );
                return;
            }
            self.register_generic_func(obj, f, fs);
            self.declare_obj(pkg_scope, &f.name, obj);
            return;
        }
        self.decls.insert(
            obj,
            DeclInfo::Func {
                decl: f,
                file_scope: fs,
            },
        );
        self.pkg_objs.push(obj);
        if let Some(recv) = &f.recv {
            if f.n_recv == 0 {
                self.error(f.name.span, "method has no receiver");
            } else if f.n_recv > 1 {
                self.error(f.name.span, "method has multiple receivers");
            }
            // Associate the method with its receiver base type name (`T` or `*T`).
            let mut t = &recv.ty;
            loop {
                match &t.kind {
                    ast::ExprKind::Paren(x) | ast::ExprKind::Star(x) => t = x,
                    _ => break,
                }
            }
            if let ast::ExprKind::Ident(id) = &t.kind {
                if !f.name.is_blank() {
                    self.methods.entry(id.name.clone()).or_default().push(obj);
                }
            }
            return;
        }
        let name = f.name.name.as_str();
        if name == "init" {
            if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                self.error(
                    f.name.span,
                    "func init must have no arguments and no return values",
                );
            }
            if f.body.is_none() {
                self.error(f.name.span, "missing function body");
            }
            return; // init functions are not declared
        }
        if name == "main" && self.g.info.packages[self.pkg.0 as usize].name == "main" {
            if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                self.error(
                    f.name.span,
                    "func main must have no arguments and no return values",
                );
            }
        }
        self.declare_obj(pkg_scope, &f.name, obj);
    }

    /// Phase 2: resolve every package-level object, in source order.
    pub fn package_objects(&mut self) {
        let objs = self.pkg_objs.clone();
        for obj in objs {
            self.obj_decl(obj);
        }
    }

    /// Resolves a package-level object if it still needs it (go/types' `objDecl`).
    pub fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.cycle(obj);
                return;
            }
            None => {}
        }
        let Some(decl) = self.decls.get(&obj).cloned() else {
            return;
        };
        if self.obj_path.len() >= MAX_DECL_DEPTH {
            // Keeps the recursion within the checker thread's stack.
            let span = self.obj(obj).span;
            self.unsupported(
                span,
                "declarations depending on each other more than 10000 deep",
            );
            self.color.insert(obj, Color::Black);
            self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
            return;
        }
        self.color.insert(obj, Color::Grey);
        self.obj_path.push(obj);
        let saved_scope = self.scope;
        let saved_iota = self.iota.take();
        let saved_decl = self.cur_decl;
        let saved_funcs = std::mem::take(&mut self.funcs);
        match decl {
            DeclInfo::Const {
                ty,
                init,
                iota,
                inherited,
                file_scope,
            } => {
                self.scope = file_scope;
                self.cur_decl = Some(obj);
                self.const_decl(obj, ty, init, iota, inherited);
            }
            DeclInfo::Var {
                ty,
                init,
                lhs,
                file_scope,
            } => {
                self.scope = file_scope;
                self.cur_decl = Some(lhs.as_ref().and_then(|l| l.first().copied()).unwrap_or(obj));
                let saved = std::mem::replace(&mut self.in_var_decl, true);
                let collecting = self.lazy_var_start(obj, lhs.as_deref());
                self.var_decl(obj, ty, init, lhs);
                if let Some(prev) = collecting {
                    self.g.lazy.collecting = prev;
                }
                self.in_var_decl = saved;
            }
            DeclInfo::Type { spec, file_scope } => {
                self.scope = file_scope;
                self.type_decl(obj, spec);
            }
            DeclInfo::Func { decl, file_scope } => {
                self.scope = file_scope;
                self.cur_decl = Some(obj);
                self.func_decl(obj, decl, file_scope);
            }
        }
        self.funcs = saved_funcs;
        self.scope = saved_scope;
        self.iota = saved_iota;
        self.cur_decl = saved_decl;
        self.obj_path.pop();
        self.color.insert(obj, Color::Black);
    }

    /// A grey object met again: a cycle, unless it goes through a defined type.
    fn cycle(&mut self, obj: ObjId) {
        let start = self.obj_path.iter().position(|&o| o == obj).unwrap_or(0);
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        // A cycle through a type name is valid when a defined type breaks it (its
        // `Named` already exists); invalid recursive types are found by `valid_type`.
        if cycle.iter().any(|&o| {
            let ob = self.obj(o);
            ob.is_type_name() && self.tt().named(ob.ty).is_some()
        }) {
            return;
        }
        if cycle
            .iter()
            .all(|&o| matches!(self.obj(o).kind, ObjKind::Func { .. }))
        {
            return;
        }
        let first = cycle[0];
        let name = self.obj(first).name.clone();
        let span = self.obj(first).span;
        let is_type = cycle.iter().any(|&o| self.obj(o).is_type_name());
        let mut msg = if is_type {
            if cycle.len() == 1 {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid recursive type {name}")
            }
        } else if cycle.len() == 1 {
            format!("initialization cycle: {name} refers to itself")
        } else {
            format!("initialization cycle for {name}")
        };
        if cycle.len() > 1 {
            for (i, &o) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                msg.push_str(&format!(
                    "\n\t{}: {} refers to {}",
                    self.pos_string(self.obj(o).span),
                    self.obj(o).name,
                    self.obj(next).name
                ));
            }
        }
        self.error(span, msg);
        for o in cycle {
            if !self.obj(o).is_type_name() {
                self.g.obj_mut(o).ty = BasicKind::Invalid.id();
            }
        }
    }

    /// The type of an object, resolving its declaration first if needed.
    pub fn obj_type(&mut self, obj: ObjId) -> TypeId {
        if self.decls.contains_key(&obj) && self.color.get(&obj) != Some(&Color::Black) {
            self.obj_decl(obj);
        }
        self.obj(obj).ty
    }

    fn const_decl(
        &mut self,
        obj: ObjId,
        ty: Option<&'f ast::Expr>,
        init: Option<&'f ast::Expr>,
        iota: u32,
        _inherited: bool,
    ) {
        self.iota = Some(Value::Int(BigInt::from(iota)));
        let mut t = None;
        if let Some(te) = ty {
            let tt = self.type_expr(te);
            if !self.tt().is_invalid(tt) && !self.tt().is_const_type(tt) {
                let s = self.ts(tt);
                self.error(te.span, format!("invalid constant type {s}"));
                self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
                return;
            }
            t = Some(tt);
        }
        let Some(init) = init else {
            self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
            return;
        };
        let mut x = self.expr(init);
        self.const_init(obj, &mut x, t);
        self.iota = None;
    }

    /// Sets a constant's type and value from its initializer (go/types' `constDecl`).
    pub fn const_init(&mut self, obj: ObjId, x: &mut Operand<'f>, t: Option<TypeId>) {
        if !x.is_invalid() && x.mode != Mode::Constant {
            let d = self.describe(x);
            self.error(x.span(), format!("{d} is not constant"));
            x.mode = Mode::Invalid;
        }
        if !x.is_invalid() {
            if let Some(t) = t {
                self.assignment(x, t, "constant declaration");
            }
        }
        let o = self.g.obj_mut(obj);
        if x.is_invalid() {
            o.ty = BasicKind::Invalid.id();
            o.kind = ObjKind::Const(None);
        } else {
            o.ty = x.ty;
            o.kind = ObjKind::Const(x.val.clone());
        }
    }

    fn var_decl(
        &mut self,
        obj: ObjId,
        ty: Option<&'f ast::Expr>,
        init: Option<&'f ast::Expr>,
        lhs: Option<Vec<ObjId>>,
    ) {
        let t = ty.map(|te| self.var_type(te));
        if let Some(t) = t {
            for &o in lhs.as_deref().unwrap_or(&[obj]) {
                self.g.obj_mut(o).ty = t;
            }
        }
        let Some(init) = init else {
            if t.is_none() {
                self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
            }
            return;
        };
        match lhs {
            None => {
                let mut x = self.expr(init);
                self.init_var(obj, &mut x, "variable declaration");
            }
            Some(lhs) => {
                for &o in &lhs {
                    self.color.insert(o, Color::Grey);
                }
                self.init_vars(&lhs, std::slice::from_ref(init), None);
                for &o in &lhs {
                    self.color.insert(o, Color::Black);
                }
            }
        }
    }

    pub(crate) fn type_decl(&mut self, obj: ObjId, spec: &'f ast::TypeSpec) {
        if spec.tparams.is_some() {
            // Go 1.27 allows generic types inside functions; instantiated in this scope.
            let scope = self.scope;
            self.register_generic_type(obj, spec, scope, true);
            return;
        }
        if spec.alias {
            self.g.obj_mut(obj).ty = BasicKind::Invalid.id();
            let t = self.type_expr(&spec.ty);
            self.g.obj_mut(obj).ty = t;
            return;
        }
        let named = self.types().new_named(obj);
        self.g.obj_mut(obj).ty = named;
        let under = self.type_expr(&spec.ty);
        self.types().set_underlying(named, under);
        if let Some(path) = self.invalid_cycle(named) {
            let name = spec.name.name.clone();
            let msg = if path.len() <= 1 {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                let mut m = format!("invalid recursive type {name}");
                for (i, &t) in path.iter().enumerate() {
                    let next = path[(i + 1) % path.len()];
                    let (o, n) = (self.named_obj(t), self.named_obj(next));
                    m.push_str(&format!(
                        "\n\t{}: {} refers to {}",
                        self.pos_string(self.obj(o).span),
                        self.obj(o).name,
                        self.obj(n).name
                    ));
                }
                m
            };
            self.error(spec.name.span, msg);
            self.types().set_underlying(named, BasicKind::Invalid.id());
        }
        // Collect the methods declared on it.
        let methods = self
            .methods
            .get(&spec.name.name)
            .cloned()
            .unwrap_or_default();
        for m in methods {
            self.types().add_method(named, m);
        }
        self.check_method_names(named, spec);
    }

    /// Duplicate methods and method/field name clashes.
    fn check_method_names(&mut self, named: TypeId, _spec: &ast::TypeSpec) {
        let methods = self
            .tt()
            .named(named)
            .map(|n| n.methods.clone())
            .unwrap_or_default();
        let type_name = self.ts(named);
        let mut seen: std::collections::HashMap<String, ObjId> = Default::default();
        let field_spans: Vec<(String, Span)> = match self.tt().under(named) {
            Type::Struct { fields } => fields
                .iter()
                .map(|f| (f.name.clone(), self.obj(f.obj).span))
                .collect(),
            _ => vec![],
        };
        for m in methods {
            let name = self.obj(m).name.clone();
            let span = self.obj(m).span;
            if let Some(&old) = seen.get(&name) {
                let old_span = self.obj(old).span;
                self.error(
                    span,
                    format!(
                        "method {type_name}.{name} already declared at {}",
                        self.pos_string(old_span)
                    ),
                );
                continue;
            }
            seen.insert(name.clone(), m);
            if let Some(fspan) = field_spans
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, s)| *s)
            {
                let p = self.pos_string(fspan);
                self.error(
                    span,
                    format!("field and method with the same name {name}\n\t{p}: other declaration of {name}"),
                );
            }
        }
    }

    fn named_obj(&self, t: TypeId) -> ObjId {
        self.tt().named(t).map(|n| n.obj).unwrap_or(ObjId(0))
    }

    /// The cycle of defined types through which `named` contains itself without
    /// indirection (go/types' `validType`), starting with `named`.
    fn invalid_cycle(&self, named: TypeId) -> Option<Vec<TypeId>> {
        fn walk(
            tt: &super::typ::TypeTable,
            t: TypeId,
            target: TypeId,
            path: &mut Vec<TypeId>,
            depth: u32,
        ) -> bool {
            if depth > 100 {
                return false;
            }
            match tt.get(t) {
                Type::Named(n) => {
                    if t == target {
                        return true;
                    }
                    if path.contains(&t) {
                        return false;
                    }
                    path.push(t);
                    if walk(tt, n.underlying, target, path, depth + 1) {
                        return true;
                    }
                    path.pop();
                    false
                }
                Type::Array { elem, .. } => walk(tt, *elem, target, path, depth + 1),
                Type::Struct { fields } => fields
                    .iter()
                    .any(|f| walk(tt, f.ty, target, path, depth + 1)),
                _ => false,
            }
        }
        let mut path = vec![named];
        let under = self.tt().underlying(named);
        walk(self.tt(), under, named, &mut path, 0).then_some(path)
    }

    fn func_decl(&mut self, obj: ObjId, decl: &'f ast::FuncDecl, fs: ScopeId) {
        // The signature's parameter objects are declared when the body is checked;
        // here only the type.
        let (sig, recv_obj) = self.func_type(decl.recv.as_ref(), &decl.sig, true);
        self.g.obj_mut(obj).ty = sig;
        if let Some(r) = recv_obj {
            if let ObjKind::Func { recv, .. } = &mut self.g.obj_mut(obj).kind {
                *recv = Some(r);
            }
        }
        match &decl.body {
            Some(_) if self.defer_body(obj, decl, sig) => {}
            Some(body) => self.delayed.push(Delayed {
                key: decl.name.id,
                sig_ty: sig,
                recv: decl.recv.as_ref(),
                sig: &decl.sig,
                body,
                scope: fs,
                decl_obj: obj,
                instance: false,
            }),
            None => {
                // A bodiless function is a native of the embedded standard library;
                // in user code gc says `missing function body`.
                let path = &self.g.info.packages[self.pkg.0 as usize].path;
                if path == "main" {
                    self.error(decl.name.span, "missing function body");
                }
                self.record_func_params(decl.name.id, sig, decl.recv.as_ref(), &decl.sig);
            }
        }
    }

    /// Records `FuncInfo::params` for a bodiless (native) function or instance method.
    pub(super) fn record_func_params(
        &mut self,
        key: ast::NodeId,
        sig: TypeId,
        recv: Option<&'f ast::Field>,
        ft: &'f ast::FuncType,
    ) {
        let outer = self.scope;
        let s = self.g.info.scopes.new_scope(Some(outer), true);
        self.scope = s;
        let (params, _, _) = self.declare_params(s, sig, recv, ft);
        self.scope = outer;
        self.g.info.funcs.insert(
            key,
            super::info::FuncInfo {
                sig,
                params,
                locals: vec![],
                captures: vec![],
            },
        );
    }
}

/// How deep package-level declarations may resolve each other recursively.
const MAX_DECL_DEPTH: usize = 10_000;

/// `1 variable`, `2 values`.
pub fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
