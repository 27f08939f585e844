//! Type argument inference for calls of generic functions (go/types' `infer.go` and
//! `unify.go`, simplified): function argument types are unified with the parameter
//! types of the generic signature (`Proto`), then core types of constraints fill in
//! what the arguments did not (`[S ~[]E, E any]`), then type parameters known only from
//! untyped constant arguments get the default type of the "largest" of them (Go 1.21).

use super::check::{Checker, Operand};
use super::typ::{BasicKind, Signature, Type, TypeId};
use crate::source::Span;
use crate::syntax::ast;

/// The order of untyped kinds for defaulting: int < rune < float < complex.
fn untyped_rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}

impl<'f> Checker<'_, '_, 'f> {
    /// Infers the type arguments of a call of generic function `gobj` (with
    /// `explicit` type arguments given first) from its arguments. Reports and returns
    /// `None` when one cannot be inferred.
    pub(crate) fn infer(
        &mut self,
        gobj: crate::types::ObjId,
        fname: &str,
        explicit: &[TypeId],
        argv: &[Operand<'f>],
        has_dots: bool,
        at: Span,
    ) -> Option<Vec<TypeId>> {
        let proto = self.proto(gobj)?;
        let ph = proto.placeholders.clone();
        let mut binds: Vec<Option<TypeId>> = vec![None; ph.len()];
        for (i, &t) in explicit.iter().enumerate().take(ph.len()) {
            binds[i] = Some(t);
        }
        let sig = self.tt().signature(proto.sig).cloned()?;
        let n = sig.params.len();
        let mut untyped: Vec<Option<BasicKind>> = vec![None; ph.len()];
        for (i, x) in argv.iter().enumerate() {
            if x.is_invalid() {
                continue;
            }
            let p = if sig.variadic && i + 1 >= n && !has_dots {
                match sig.params.last().map(|&l| self.tt().get(l).clone()) {
                    Some(Type::Slice(e)) => e,
                    _ => continue,
                }
            } else if let Some(&p) = sig.params.get(i) {
                p
            } else {
                continue;
            };
            if self.tt().is_untyped(x.ty) {
                if let Some(k) = ph.iter().position(|&t| t == p) {
                    let kind = self.tt().basic_kind(x.ty).unwrap_or(BasicKind::UntypedInt);
                    if kind == BasicKind::UntypedNil {
                        continue;
                    }
                    let better = match untyped[k] {
                        None => true,
                        Some(old) => untyped_rank(kind) > untyped_rank(old),
                    };
                    if better {
                        untyped[k] = Some(kind);
                    }
                }
                continue;
            }
            self.unify(&ph, p, x.ty, &mut binds, 0);
        }
        // Core types of constraints: `S ~[]E` with S known gives E.
        for _ in 0..ph.len() {
            for i in 0..ph.len() {
                let c = proto.constraints[i];
                let Some(core) = super::typeset::core_type(self.tt(), c) else {
                    continue;
                };
                if !self.mentions_placeholder(core) {
                    continue;
                }
                if let Some(b) = binds[i] {
                    let u = self.tt().underlying(b);
                    self.unify(&ph, core, u, &mut binds, 0);
                }
            }
        }
        for i in 0..ph.len() {
            if binds[i].is_none() {
                if let Some(k) = untyped[i] {
                    binds[i] = Some(default_type(k));
                }
            }
        }
        let mut out = Vec::new();
        for (i, b) in binds.iter().enumerate() {
            match b {
                Some(t) => out.push(*t),
                None => {
                    let o = self.tt().named(ph[i]).map(|n| n.obj);
                    let (name, pos) = match o {
                        Some(o) => (self.obj(o).name.clone(), self.pos_string(self.obj(o).span)),
                        None => (String::new(), String::new()),
                    };
                    self.error(
                        at,
                        format!("in call to {fname}, cannot infer {name} (declared at {pos})"),
                    );
                    return None;
                }
            }
        }
        Some(out)
    }

    /// Unifies parameter type `p` (mentioning placeholders `ph`) with argument type
    /// `a`, binding placeholders. Inexact as in go/types for assignments: a defined
    /// argument type matches a type literal through its underlying type.
    pub(crate) fn unify(
        &self,
        ph: &[TypeId],
        p: TypeId,
        a: TypeId,
        binds: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        if depth > 32 {
            return false;
        }
        if let Some(i) = ph.iter().position(|&t| t == p) {
            return match binds[i] {
                None => {
                    binds[i] = Some(a);
                    true
                }
                Some(b) => {
                    let tt = self.tt();
                    if tt.identical(a, b) {
                        return true;
                    }
                    // Prefer the defined type when the other is its underlying literal.
                    if tt.identical(tt.underlying(a), tt.underlying(b)) {
                        if tt.is_named(a) && !tt.is_named(b) {
                            binds[i] = Some(a);
                        }
                        return true;
                    }
                    false
                }
            };
        }
        if !self.mentions_placeholder(p) {
            return true;
        }
        let tt = self.tt();
        let a = tt.unalias(a);
        let (pt, at) = (tt.get(p).clone(), tt.get(a).clone());
        let d = depth + 1;
        match (&pt, &at) {
            (Type::Named(np), Type::Named(na)) if np.obj == na.obj => np
                .targs
                .iter()
                .zip(&na.targs)
                .all(|(&x, &y)| self.unify(ph, x, y, binds, d)),
            (Type::Named(_), _) => false,
            (_, Type::Named(_)) => {
                let u = tt.underlying(a);
                self.unify(ph, p, u, binds, d)
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(ph, *x, *y, binds, d)
            }
            (Type::Array { len: l1, elem: x }, Type::Array { len: l2, elem: y }) => {
                l1 == l2 && self.unify(ph, *x, *y, binds, d)
            }
            (Type::Map { key: k1, value: v1 }, Type::Map { key: k2, value: v2 }) => {
                self.unify(ph, *k1, *k2, binds, d) && self.unify(ph, *v1, *v2, binds, d)
            }
            (Type::Chan { elem: x, .. }, Type::Chan { elem: y, .. }) => {
                self.unify(ph, *x, *y, binds, d)
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(&x, &y)| self.unify(ph, x, y, binds, d))
            }
            (Type::Struct { fields: f1 }, Type::Struct { fields: f2 }) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(f2)
                        .all(|(x, y)| self.unify(ph, x.ty, y.ty, binds, d))
            }
            _ => false,
        }
    }
}

impl<'f> Checker<'_, '_, 'f> {
    /// Like `call_args`, but a generic function passed uninstantiated (`cmp.Compare`)
    /// is left for `resolve_generic_args` (an invalid operand; its index is returned).
    pub(crate) fn call_args_deferring(
        &mut self,
        args: &'f [ast::Expr],
    ) -> (Vec<Operand<'f>>, Vec<usize>) {
        let deferred: Vec<usize> = args
            .iter()
            .enumerate()
            .filter(|(_, a)| self.names_generic_func(a))
            .map(|(i, _)| i)
            .collect();
        if deferred.is_empty() {
            return (self.call_args(args), deferred);
        }
        let argv = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if deferred.contains(&i) {
                    Operand::invalid(Some(a))
                } else {
                    self.expr(a)
                }
            })
            .collect();
        (argv, deferred)
    }

    /// Whether `e` names a generic function (without type arguments).
    fn names_generic_func(&self, e: &ast::Expr) -> bool {
        let obj = match &e.kind {
            ast::ExprKind::Paren(x) => return self.names_generic_func(x),
            ast::ExprKind::Ident(id) => {
                self.g.info.scopes.lookup(self.scope, &id.name).map(|r| r.1)
            }
            ast::ExprKind::Selector { x, sel } => {
                let ast::ExprKind::Ident(pid) = &x.kind else {
                    return false;
                };
                match self.g.info.scopes.lookup(self.scope, &pid.name) {
                    Some((_, p)) => match self.obj(p).kind {
                        crate::types::ObjKind::PkgName(pk) => {
                            self.g.info.packages.get(pk.0 as usize).and_then(|pkg| {
                                self.g.info.scopes.lookup_local(pkg.scope, &sel.name)
                            })
                        }
                        _ => None,
                    },
                    None => None,
                }
            }
            _ => None,
        };
        obj.is_some_and(|o| self.g.generics.contains_key(&o) && !self.is_generic_type(o))
    }

    /// Instantiates the generic functions passed uninstantiated as arguments
    /// (`deferred` indices) from the parameter types of `sig` (Go 1.21's inference
    /// from assignment context).
    pub(crate) fn resolve_generic_args(
        &mut self,
        sig: &Signature,
        argv: &mut [Operand<'f>],
        deferred: &[usize],
        has_dots: bool,
    ) {
        let n = sig.params.len();
        for &i in deferred {
            let Some(a) = argv.get(i).and_then(|x| x.expr) else {
                continue;
            };
            let p = if sig.variadic && i + 1 >= n && !has_dots {
                match sig.params.last().map(|&l| self.tt().get(l).clone()) {
                    Some(Type::Slice(e)) => Some(e),
                    _ => None,
                }
            } else {
                sig.params.get(i).copied()
            };
            let Some(gobj) = self.generic_obj(a) else {
                continue;
            };
            let name = super::errors::expr_string(a);
            let inst = p.and_then(|p| {
                let proto = self.proto(gobj)?;
                let mut binds = vec![None; proto.placeholders.len()];
                self.unify(&proto.placeholders, proto.sig, p, &mut binds, 0);
                let targs: Option<Vec<TypeId>> = binds.into_iter().collect();
                match self.instantiate(gobj, &targs?, &[a.span])? {
                    super::instantiate::Inst::Func(f) => Some(f),
                    _ => None,
                }
            });
            match inst {
                Some(f) => {
                    self.record_func_inst(a, f);
                    let ty = self.obj(f).ty;
                    argv[i] = Operand {
                        mode: super::info::Mode::Value,
                        ty,
                        val: None,
                        expr: Some(a),
                        nth: None,
                    };
                }
                None => self.error(
                    a.span,
                    format!("cannot use generic function {name} without instantiation"),
                ),
            }
        }
    }
}

/// The default type of an untyped constant kind.
fn default_type(k: BasicKind) -> TypeId {
    match k {
        BasicKind::UntypedBool => BasicKind::Bool.id(),
        BasicKind::UntypedRune => BasicKind::Int32.id(),
        BasicKind::UntypedFloat => BasicKind::Float64.id(),
        BasicKind::UntypedComplex => BasicKind::Complex128.id(),
        BasicKind::UntypedString => BasicKind::String.id(),
        _ => BasicKind::Int.id(),
    }
}
