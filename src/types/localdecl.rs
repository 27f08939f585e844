//! Declarations inside function bodies (go/types' `declStmt`): constants (their scope
//! begins after the spec), variables, and types (their scope begins at the name, so
//! local types may be recursive).

use super::check::Checker;
use super::cv::Value;
use super::object::{ObjId, ObjKind};
use super::typ::BasicKind;
use crate::syntax::ast;
use num_bigint::BigInt;

impl<'f> Checker<'_, '_, 'f> {
    /// A `const`, `var` or `type` declaration inside a function body.
    pub fn decl_stmt(&mut self, g: &'f ast::GenDecl) {
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
                    let t = src.ty.as_ref().map(|te| {
                        let saved = self.iota.replace(Value::Int(BigInt::from(spec.iota)));
                        let t = self.type_expr(te);
                        self.iota = saved;
                        t
                    });
                    let mut objs = Vec::new();
                    for (i, name) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(
                            &name.name,
                            ObjKind::Const(None),
                            BasicKind::Invalid.id(),
                            name.span,
                            Some(self.scope),
                        );
                        self.record_def(name, obj);
                        if let Some(tt) = t {
                            if !self.tt().is_invalid(tt) && !self.tt().is_const_type(tt) {
                                let s = self.ts(tt);
                                if let Some(te) = &src.ty {
                                    self.error(te.span, format!("invalid constant type {s}"));
                                }
                                objs.push((name, obj));
                                continue;
                            }
                        }
                        if let Some(init) = src.values.get(i) {
                            let saved = self.iota.replace(Value::Int(BigInt::from(spec.iota)));
                            let mut x = self.expr(init);
                            self.iota = saved;
                            self.const_init(obj, &mut x, t);
                        }
                        objs.push((name, obj));
                    }
                    // Per the spec, the scope of a constant begins after its spec.
                    for (name, obj) in objs {
                        let scope = self.scope;
                        self.declare_obj(scope, name, obj);
                    }
                }
            }
            ast::GenKind::Var(specs) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            ast::GenKind::Type(specs) => {
                for spec in specs {
                    let obj = self.new_obj(
                        &spec.name.name,
                        ObjKind::TypeName,
                        BasicKind::Invalid.id(),
                        spec.name.span,
                        Some(self.scope),
                    );
                    self.record_def(&spec.name, obj);
                    if let Some(targs) = self.enclosing_instance_targs() {
                        self.g.info.local_type_targs.insert(obj, targs);
                    }
                    // The scope of a type begins at its identifier (recursive types).
                    let scope = self.scope;
                    self.declare_obj(scope, &spec.name, obj);
                    self.type_decl(obj, spec);
                }
            }
            ast::GenKind::Import(imps) => {
                if let Some(i) = imps.first() {
                    self.error(
                        i.span,
                        "syntax error: imports must appear before other declarations",
                    );
                }
            }
        }
    }

    fn local_var_spec(&mut self, spec: &'f ast::ValueSpec) {
        let t = spec.ty.as_ref().map(|te| self.var_type(te));
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| self.declare_local_var(n, t.unwrap_or(BasicKind::Invalid.id())))
            .collect();
        let (nn, nv) = (objs.len(), spec.values.len());
        if nv == 0 {
            if t.is_none() {
                // The parser guarantees a type or values; nothing to do.
            }
        } else if nn == nv {
            for (i, v) in spec.values.iter().enumerate() {
                let mut x = self.expr(v);
                self.init_var(objs[i], &mut x, "variable declaration");
            }
        } else if nv == 1 {
            self.init_vars(&objs, &spec.values, None);
        } else {
            self.assign_mismatch_decl(spec);
            for v in &spec.values {
                self.expr(v);
            }
        }
        let scope = self.scope;
        for (name, &obj) in spec.names.iter().zip(&objs) {
            self.declare_obj(scope, name, obj);
        }
    }
}

impl Checker<'_, '_, '_> {
    /// The type arguments of the generic function or method instance whose body is
    /// being checked, if any (a method's are its receiver type's).
    fn enclosing_instance_targs(&self) -> Option<Vec<super::typ::TypeId>> {
        if !self.in_instance {
            return None;
        }
        let d = self.cur_decl?;
        if let Some(t) = self.g.info.inst_targs.get(&d) {
            return Some(t.clone());
        }
        let ObjKind::Func { recv: Some(r), .. } = self.obj(d).kind else {
            return None;
        };
        let mut rt = self.obj(r).ty;
        if let super::typ::Type::Pointer(e) = self.tt().get(rt) {
            rt = *e;
        }
        let n = self.tt().named(rt)?;
        (!n.targs.is_empty()).then(|| n.targs.clone())
    }
}
