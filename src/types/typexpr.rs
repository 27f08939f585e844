//! Type expressions (go/types' `typexpr.go`): identifiers and qualified identifiers that
//! name types, and the type literals (arrays, slices, maps, chans, pointers, funcs,
//! structs, interfaces). Also signatures and the parameter objects of function bodies.

use super::check::Checker;
use super::info::Mode;
use super::object::{is_exported, ObjId, ObjKind, VarKind};
use super::scope::ScopeId;
use super::typ::{BasicKind, Field, IMethod, Term, Type, TypeId};
use crate::syntax::ast::{self, ExprKind};

impl<'f> Checker<'_, '_, 'f> {
    /// Checks `e` as a type; reports and returns `Invalid` if it is not one.
    pub fn type_expr(&mut self, e: &'f ast::Expr) -> TypeId {
        let t = self.type_expr_inner(e);
        self.record(e, Mode::TypeExpr, t, None);
        t
    }

    fn type_expr_inner(&mut self, e: &'f ast::Expr) -> TypeId {
        let invalid = BasicKind::Invalid.id();
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some((_, obj)) = self.g.info.scopes.lookup(self.scope, &id.name) {
                    let what = match &self.obj(obj).kind {
                        ObjKind::TypeName => None,
                        ObjKind::Var(VarKind::Package) => Some("package-level variable"),
                        ObjKind::Var(VarKind::Param) | ObjKind::Var(VarKind::Recv) => {
                            Some("parameter")
                        }
                        ObjKind::Var(VarKind::Result) => Some("result parameter"),
                        ObjKind::Var(_) => Some("local variable"),
                        ObjKind::Func { .. } => Some("function"),
                        ObjKind::Const(_) => Some("constant"),
                        ObjKind::PkgName(_) => Some("package name"),
                        ObjKind::Builtin(_) => Some("built-in"),
                        ObjKind::Nil => Some("untyped nil"),
                        ObjKind::Label => Some("label"),
                    };
                    if let Some(what) = what {
                        self.record_use(id, obj);
                        self.g.used.insert(obj);
                        self.error(e.span, format!("{} ({what}) is not a type", id.name));
                        return invalid;
                    }
                }
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    _ => invalid,
                }
            }
            ExprKind::Selector { sel, .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => invalid,
                    _ => {
                        if self
                            .g
                            .info
                            .selections
                            .get(&e.id)
                            .is_some_and(|s| s.kind == super::info::SelectionKind::MethodExpr)
                        {
                            let s = super::errors::expr_string(e);
                            self.error(sel.span, format!("{s} is not a type"));
                        } else {
                            let d = self.describe(&x);
                            self.error(e.span, format!("{d} is not a type"));
                        }
                        invalid
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if self.tt().is_invalid(t) {
                    return invalid;
                }
                self.types().pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.type_expr(elem);
                self.types().slice(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                if let ExprKind::Ellipsis(None) = len.kind {
                    self.error(
                        len.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.type_expr(elem);
                    return invalid;
                }
                let n = self.array_length(len);
                let t = self.type_expr(elem);
                match n {
                    Some(n) if !self.tt().is_invalid(t) => self.types().array(n, t),
                    _ => invalid,
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                invalid
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if self.tt().is_invalid(k) || self.tt().is_invalid(v) {
                    return invalid;
                }
                // The key type may be an incomplete defined type here; check it later
                // only if it is complete now.
                let under = self.tt().underlying(k);
                if !self.tt().is_invalid(under) && !self.tt().comparable(k) {
                    let s = self.ts(k);
                    self.error(key.span, format!("invalid map key type {s}"));
                    return invalid;
                }
                self.types().map(k, v)
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                self.types().chan(*dir, t)
            }
            ExprKind::FuncType(ft) => self.func_type(None, ft, false).0,
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Index { .. } | ExprKind::IndexList { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => invalid,
                    _ => {
                        let s = super::errors::expr_string(e);
                        self.error(e.span, format!("{s} is not a type"));
                        invalid
                    }
                }
            }
            ExprKind::Bad => invalid,
            _ => {
                let s = super::errors::expr_string(e);
                // Check it as an expression for its own errors first.
                let x = self.raw_expr(e, None);
                if !x.is_invalid() {
                    self.error(e.span, format!("{s} is not a type"));
                }
                invalid
            }
        }
    }

    /// Whether `t` is an interface usable only as a type constraint.
    pub fn is_constraint(&self, t: TypeId) -> bool {
        matches!(
            self.tt().under(t),
            Type::Interface {
                constraint: true,
                ..
            }
        )
    }

    /// A type for a variable, parameter, field or element (go/types' `varType`):
    /// constraint interfaces are not allowed.
    pub fn var_type(&mut self, e: &'f ast::Expr) -> TypeId {
        let t = self.type_expr(e);
        if self.is_constraint(t) {
            let s = self.ts(t);
            self.error(
                e.span,
                format!("cannot use type {s} outside a type constraint: interface contains type constraints"),
            );
            return BasicKind::Invalid.id();
        }
        t
    }

    /// The constant length of an array type (go/types' `arrayLength`).
    fn array_length(&mut self, e: &'f ast::Expr) -> Option<u64> {
        if let ExprKind::Ident(id) = &e.kind {
            match self.g.info.scopes.lookup(self.scope, &id.name) {
                None => {
                    self.error(
                        id.span,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return None;
                }
                Some((_, obj)) => {
                    if !matches!(self.obj(obj).kind, ObjKind::Const(_)) {
                        self.record_use(id, obj);
                        self.g.used.insert(obj);
                        self.error(id.span, format!("invalid array length {}", id.name));
                        return None;
                    }
                }
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        if x.mode != Mode::Constant {
            let d = self.describe(&x);
            self.error(e.span, format!("array length {d} must be constant"));
            return None;
        }
        if self.tt().is_untyped(x.ty) || self.tt().is_integer(x.ty) {
            if let Some(v) = x.val.as_ref().and_then(super::cv::to_int) {
                if super::cv::representable(&v, BasicKind::Int).is_ok() {
                    if let Some(n) = v.int64_val() {
                        if n >= 0 {
                            return Some(n as u64);
                        }
                    }
                }
            }
        }
        let d = self.describe(&x);
        if self.tt().is_integer(x.ty) {
            self.error(e.span, format!("invalid array length {d}"));
        } else {
            self.error(e.span, format!("array length {d} must be integer"));
        }
        None
    }

    fn struct_type(&mut self, fields: &'f [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: std::collections::HashMap<String, crate::source::Span> = Default::default();
        for f in fields {
            let tag = f
                .tag
                .as_ref()
                .map(|t| super::cv::string_lit(&t.raw).unwrap_or_default());
            let ty = self.var_type(&f.ty);
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, *pkg.T.
                let mut te = &f.ty;
                let mut ptr = false;
                loop {
                    match &te.kind {
                        ExprKind::Paren(x) => te = x,
                        ExprKind::Star(x) if !ptr => {
                            ptr = true;
                            te = x;
                        }
                        // An instance of a generic type is named after the type.
                        ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } => {
                            te = x;
                            break;
                        }
                        _ => break,
                    }
                }
                let name_ident = match &te.kind {
                    ExprKind::Ident(id) => Some(id),
                    ExprKind::Selector { sel, .. } => Some(sel),
                    _ => None,
                };
                let Some(name_ident) = name_ident else {
                    self.error(f.ty.span, "invalid embedded field type");
                    continue;
                };
                if !self.tt().is_invalid(ty) {
                    let under = self.tt().underlying(ty);
                    let bad = if ptr {
                        let base = self.tt().elem(ty).unwrap_or(ty);
                        matches!(
                            self.tt().under(base),
                            Type::Pointer(_) | Type::Interface { .. }
                        )
                    } else {
                        matches!(self.tt().get(under), Type::Pointer(_))
                    };
                    if bad {
                        let s = self.ts(ty);
                        self.error(f.ty.span, format!("embedded field type cannot be a pointer to an interface or a pointer: {s}"));
                    }
                }
                let obj = self.new_obj(
                    &name_ident.name,
                    ObjKind::Var(VarKind::Field { embedded: true }),
                    ty,
                    name_ident.span,
                    None,
                );
                self.add_field(&mut out, &mut seen, name_ident, obj, ty, true, tag.clone());
            } else {
                for n in &f.names {
                    let obj = self.new_obj(
                        &n.name,
                        ObjKind::Var(VarKind::Field { embedded: false }),
                        ty,
                        n.span,
                        None,
                    );
                    self.record_def(n, obj);
                    self.add_field(&mut out, &mut seen, n, obj, ty, false, tag.clone());
                }
            }
        }
        self.types().intern(Type::Struct { fields: out })
    }

    #[allow(clippy::too_many_arguments)]
    fn add_field(
        &mut self,
        out: &mut Vec<Field>,
        seen: &mut std::collections::HashMap<String, crate::source::Span>,
        n: &ast::Ident,
        obj: ObjId,
        ty: TypeId,
        embedded: bool,
        tag: Option<String>,
    ) {
        if !n.is_blank() {
            if let Some(prev) = seen.insert(n.name.clone(), n.span) {
                let p = self.pos_string(prev);
                self.error(
                    n.span,
                    format!(
                        "{} redeclared\n\t{p}: other declaration of {}",
                        n.name, n.name
                    ),
                );
            }
        }
        out.push(Field {
            name: n.name.clone(),
            ty,
            embedded,
            tag,
            pkg: (!is_exported(&n.name)).then_some(self.pkg),
            obj,
        });
    }

    fn interface_type(&mut self, elems: &'f [ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<IMethod> = Vec::new();
        let mut constraint = false;
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        let iface_placeholder = self.tt().empty_interface;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let (sig_t, _) = self.func_type(None, sig, false);
                    let recv = self.new_obj(
                        "",
                        ObjKind::Var(VarKind::Recv),
                        iface_placeholder,
                        name.span,
                        None,
                    );
                    let m = self.new_obj(
                        &name.name,
                        ObjKind::Func {
                            recv: Some(recv),
                            has_body: false,
                        },
                        sig_t,
                        name.span,
                        None,
                    );
                    self.record_def(name, m);
                    if let Some(prev) = methods.iter().find(|x| x.name == name.name) {
                        let p = self.pos_string(self.obj(prev.obj).span);
                        self.error(
                            name.span,
                            format!(
                                "duplicate method {}\n\t{p}: other declaration of method {}",
                                name.name, name.name
                            ),
                        );
                        continue;
                    }
                    methods.push(IMethod {
                        name: name.name.clone(),
                        pkg: (!is_exported(&name.name)).then_some(self.pkg),
                        sig: sig_t,
                        obj: m,
                    });
                }
                ast::InterfaceElem::Embedded(e) => {
                    if matches!(e.kind, ExprKind::Binary { .. } | ExprKind::Unary { .. }) {
                        constraint = true;
                        let ts = self.union_terms(e);
                        terms = Some(super::typeset::intersect(self.tt(), terms, ts));
                        continue;
                    }
                    let t = self.type_expr(e);
                    if self.tt().is_invalid(t) {
                        continue;
                    }
                    if !self.tt().is_interface(t) {
                        constraint = true;
                        let ts = vec![Term {
                            tilde: false,
                            ty: t,
                        }];
                        terms = Some(super::typeset::intersect(self.tt(), terms, ts));
                        continue;
                    }
                    if self.is_constraint(t) {
                        constraint = true;
                    }
                    if let Type::Interface {
                        terms: Some(ts),
                        comparable: c,
                        ..
                    } = self.tt().under(t).clone()
                    {
                        terms = Some(super::typeset::intersect(self.tt(), terms, ts));
                        comparable |= c;
                    } else if let Type::Interface {
                        comparable: true, ..
                    } = self.tt().under(t)
                    {
                        comparable = true;
                    }
                    for m in self.tt().interface_methods(t).to_vec() {
                        if let Some(old) = methods.iter().find(|x| x.name == m.name) {
                            if !self.tt().identical(old.sig, m.sig) {
                                self.error(e.span, format!("duplicate method {}", m.name));
                            }
                            continue;
                        }
                        methods.push(m);
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.types().intern(Type::Interface {
            methods,
            constraint,
            terms,
            comparable,
        })
    }

    /// A signature's type; for a method, also its receiver object.
    pub fn func_type(
        &mut self,
        recv: Option<&'f ast::Field>,
        ft: &'f ast::FuncType,
        _is_decl: bool,
    ) -> (TypeId, Option<ObjId>) {
        let mut recv_obj = None;
        if let Some(r) = recv {
            let t = self.recv_type(r);
            let name = r.names.first().map(|n| n.name.as_str()).unwrap_or("");
            let span = r.names.first().map(|n| n.span).unwrap_or(r.ty.span);
            recv_obj = Some(self.new_obj(name, ObjKind::Var(VarKind::Recv), t, span, None));
        }
        let (params, variadic) = self.param_types(&ft.params, true);
        let (results, _) = self.param_types(&ft.results, false);
        let names = |fs: &[ast::Field]| -> Vec<String> {
            if fs.iter().all(|f| f.names.is_empty()) {
                return vec![];
            }
            fs.iter()
                .flat_map(|f| f.names.iter().map(|n| n.name.clone()))
                .collect()
        };
        let sig = super::typ::Signature {
            params,
            results,
            variadic,
            param_names: names(&ft.params),
            result_names: names(&ft.results),
        };
        (self.types().func_named(sig), recv_obj)
    }

    fn param_types(&mut self, fields: &'f [ast::Field], params: bool) -> (Vec<TypeId>, bool) {
        let mut out = Vec::new();
        let mut variadic = false;
        let n = fields.len();
        for (i, f) in fields.iter().enumerate() {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    let et = self.type_expr(elem);
                    if !params || i + 1 != n || f.names.len() > 1 {
                        self.error(f.ty.span, "can only use ... with final parameter in list");
                    } else {
                        variadic = true;
                    }
                    let st = self.types().slice(et);
                    self.record(&f.ty, Mode::TypeExpr, st, None);
                    st
                }
                _ => self.var_type(&f.ty),
            };
            for _ in 0..f.names.len().max(1) {
                out.push(t);
            }
        }
        (out, variadic)
    }

    /// The receiver's type, `T` or `*T`, with go/types' validity checks.
    fn recv_type(&mut self, r: &'f ast::Field) -> TypeId {
        let invalid = BasicKind::Invalid.id();
        let t = self.type_expr(&r.ty);
        if self.tt().is_invalid(t) {
            return invalid;
        }
        let (base, _ptr) = match self.tt().get(t) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        let ok = match self.tt().get(base) {
            Type::Named(n) => {
                let o = self.obj(n.obj);
                if o.pkg != Some(self.pkg) {
                    let s = self.ts(base);
                    self.error(
                        r.ty.span,
                        format!("cannot define new methods on non-local type {s}"),
                    );
                    return invalid;
                }
                !matches!(
                    self.tt().under(base),
                    Type::Pointer(_) | Type::Interface { .. }
                )
            }
            Type::Basic(_) | Type::Alias { .. } => {
                let s = self.ts(base);
                self.error(
                    r.ty.span,
                    format!("cannot define new methods on non-local type {s}"),
                );
                return invalid;
            }
            _ => {
                let s = self.ts(t);
                self.error(r.ty.span, format!("invalid receiver type {s}"));
                return invalid;
            }
        };
        if !ok {
            let s = self.ts(base);
            let why = match self.tt().under(base) {
                Type::Pointer(_) => " (pointer or interface type)",
                Type::Interface { .. } => " (pointer or interface type)",
                _ => "",
            };
            self.error(r.ty.span, format!("invalid receiver type {s}{why}"));
            return invalid;
        }
        t
    }

    /// Declares a function's receiver, parameters and results in its scope `s`;
    /// returns all their objects (in order), the result objects, and whether the results
    /// are named.
    pub fn declare_params(
        &mut self,
        s: ScopeId,
        sig: TypeId,
        recv: Option<&'f ast::Field>,
        ft: &'f ast::FuncType,
    ) -> (Vec<ObjId>, Vec<ObjId>, bool) {
        let mut all = Vec::new();
        if let Some(r) = recv {
            let t = self.tt().get(self.info_type(&r.ty)).clone();
            let _ = t;
            let rt = self.info_type(&r.ty);
            let name = r.names.first();
            let obj = self.new_obj(
                name.map(|n| n.name.as_str()).unwrap_or(""),
                ObjKind::Var(VarKind::Recv),
                rt,
                name.map(|n| n.span).unwrap_or(r.ty.span),
                Some(s),
            );
            if let Some(n) = name {
                self.record_def(n, obj);
                self.declare_obj(s, n, obj);
            }
            all.push(obj);
        }
        let Some(sigv) = self.tt().signature(sig).cloned() else {
            return (all, vec![], false);
        };
        let mut idx = 0;
        for f in &ft.params {
            for k in 0..f.names.len().max(1) {
                let t = sigv
                    .params
                    .get(idx)
                    .copied()
                    .unwrap_or(BasicKind::Invalid.id());
                idx += 1;
                let name = f.names.get(k);
                let obj = self.new_obj(
                    name.map(|n| n.name.as_str()).unwrap_or(""),
                    ObjKind::Var(VarKind::Param),
                    t,
                    name.map(|n| n.span).unwrap_or(f.ty.span),
                    Some(s),
                );
                if let Some(n) = name {
                    self.record_def(n, obj);
                    self.declare_obj(s, n, obj);
                }
                all.push(obj);
            }
        }
        let mut results = Vec::new();
        let mut named = false;
        let mut idx = 0;
        for f in &ft.results {
            for k in 0..f.names.len().max(1) {
                let t = sigv
                    .results
                    .get(idx)
                    .copied()
                    .unwrap_or(BasicKind::Invalid.id());
                idx += 1;
                let name = f.names.get(k);
                let obj = self.new_obj(
                    name.map(|n| n.name.as_str()).unwrap_or(""),
                    ObjKind::Var(VarKind::Result),
                    t,
                    name.map(|n| n.span).unwrap_or(f.ty.span),
                    Some(s),
                );
                if let Some(n) = name {
                    named = true;
                    self.record_def(n, obj);
                    self.declare_obj(s, n, obj);
                }
                all.push(obj);
                results.push(obj);
            }
        }
        (all, results, named)
    }

    /// The type recorded for a type expression already checked.
    pub fn info_type(&self, e: &ast::Expr) -> TypeId {
        self.g.info.type_of(e.id)
    }
}
