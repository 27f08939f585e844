//! Selector expressions (go/types' `selector`): qualified identifiers `pkg.Name`,
//! fields and methods (promoted through embedding), method values, and method
//! expressions `T.m`.

use super::check::{Checker, Operand};
use super::info::{Mode, Selection, SelectionKind};
use super::lookup::Lookup;
use super::object::ObjKind;
use super::typ::{Type, TypeId};
use crate::syntax::ast::{self, ExprKind};

impl<'f> Checker<'_, '_, 'f> {
    pub fn selector(
        &mut self,
        e: &'f ast::Expr,
        xe: &'f ast::Expr,
        sel: &'f ast::Ident,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        // Qualified identifier?
        if let ExprKind::Ident(id) = &xe.kind {
            if let Some((_, obj)) = self.g.info.scopes.lookup(self.scope, &id.name) {
                if let ObjKind::PkgName(p) = self.obj(obj).kind {
                    self.record_use(id, obj);
                    self.g.used.insert(obj);
                    if self.g.info.packages[p.0 as usize].fake {
                        return invalid;
                    }
                    let pscope = self.g.info.packages[p.0 as usize].scope;
                    let pname = self.g.info.packages[p.0 as usize].name.clone();
                    let Some(m) = self.g.info.scopes.lookup_local(pscope, &sel.name) else {
                        let alt = capitalize(&sel.name);
                        if alt != sel.name
                            && self.g.info.scopes.lookup_local(pscope, &alt).is_some()
                        {
                            self.error(
                                sel.span,
                                format!("undefined: {}.{} (but have {alt})", id.name, sel.name),
                            );
                        } else {
                            self.error(sel.span, format!("undefined: {}.{}", id.name, sel.name));
                        }
                        return invalid;
                    };
                    if !self.obj(m).exported() {
                        self.error(
                            sel.span,
                            format!("name {} not exported by package {pname}", sel.name),
                        );
                        return invalid;
                    }
                    self.record_use(sel, m);
                    if let Some(msg) = self.generic_use_error(m) {
                        self.error(sel.span, msg);
                        return invalid;
                    }
                    let o = self.obj(m).clone();
                    return match o.kind {
                        ObjKind::Const(v) => match v {
                            Some(v) => Operand {
                                mode: Mode::Constant,
                                ty: o.ty,
                                val: Some(v),
                                expr: Some(e),
                                nth: None,
                            },
                            None => invalid,
                        },
                        ObjKind::TypeName => Operand {
                            mode: Mode::TypeExpr,
                            ty: o.ty,
                            val: None,
                            expr: Some(e),
                            nth: None,
                        },
                        ObjKind::Var(_) => Operand {
                            mode: Mode::Variable,
                            ty: o.ty,
                            val: None,
                            expr: Some(e),
                            nth: None,
                        },
                        ObjKind::Func { .. } => Operand {
                            mode: Mode::Value,
                            ty: o.ty,
                            val: None,
                            expr: Some(e),
                            nth: None,
                        },
                        // Package unsafe's functions.
                        ObjKind::Builtin(b) => Operand {
                            mode: Mode::Builtin(b),
                            ty: o.ty,
                            val: None,
                            expr: Some(e),
                            nth: None,
                        },
                        _ => invalid,
                    };
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return invalid;
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, &x, sel);
        }
        if x.mode == Mode::Builtin(super::object::Builtin::Len)
            || matches!(x.mode, Mode::Builtin(_))
        {
            return invalid;
        }
        let pkg = self.pkg;
        match self.lookup_field_or_method(x.ty, &sel.name, pkg) {
            Lookup::Found {
                obj,
                index,
                indirect,
                is_method,
            } => {
                self.record_use(sel, obj);
                if is_method {
                    let sig = self.obj_type(obj);
                    // Pointer method on a non-addressable value?
                    let is_iface_method = self.g.info.is_interface_method(obj);
                    if !is_iface_method
                        && self.has_ptr_recv(obj)
                        && !indirect
                        && x.mode != Mode::Variable
                    {
                        let d = self.describe(&x);
                        self.error(
                            sel.span,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.ts(x.ty)
                            ),
                        );
                        let _ = d;
                        return invalid;
                    }
                    self.reach(obj);
                    self.g.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            recv: x.ty,
                            obj,
                            index,
                            indirect,
                            ty: sig,
                        },
                    );
                    return Operand {
                        mode: Mode::Value,
                        ty: sig,
                        val: None,
                        expr: Some(e),
                        nth: None,
                    };
                }
                let ty = self.obj(obj).ty;
                self.g.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        ty,
                    },
                );
                let mode = if x.mode == Mode::Variable || indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand {
                    mode,
                    ty,
                    val: None,
                    expr: Some(e),
                    nth: None,
                }
            }
            Lookup::Ambiguous => {
                let s = super::errors::expr_string(e);
                self.error(sel.span, format!("ambiguous selector {s}"));
                invalid
            }
            Lookup::NotFound => {
                self.missing_field_or_method(e, &x, sel);
                invalid
            }
        }
    }

    fn missing_field_or_method(&mut self, e: &'f ast::Expr, x: &Operand<'f>, sel: &'f ast::Ident) {
        let s = super::errors::expr_string(e);
        let ts = self.ts(x.ty);
        // A pointer to an interface or a pointer to a pointer.
        if let Type::Pointer(b) = self.tt().under(x.ty).clone() {
            if self.tt().is_interface(b) {
                self.error(
                    sel.span,
                    format!("{s} undefined (type {ts} is pointer to interface, not interface)"),
                );
                return;
            }
        }
        // Different case?
        let pkg = self.pkg;
        let mut alt = None;
        for cand in self.member_names(x.ty) {
            if cand != sel.name && cand.eq_ignore_ascii_case(&sel.name) {
                if let Lookup::Found { is_method, .. } =
                    self.lookup_field_or_method(x.ty, &cand, pkg)
                {
                    alt = Some((cand, is_method));
                    break;
                }
            }
        }
        if let Some((cand, is_method)) = alt {
            let what = if is_method { "method" } else { "field" };
            self.error(
                sel.span,
                format!("{s} undefined (type {ts} has no field or method {}, but does have {what} {cand})", sel.name),
            );
            return;
        }
        self.error(
            sel.span,
            format!(
                "{s} undefined (type {ts} has no field or method {})",
                sel.name
            ),
        );
    }

    /// Names of the fields and methods directly declared by a type (for hints).
    fn member_names(&self, t: TypeId) -> Vec<String> {
        let tt = self.tt();
        let base = match tt.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let mut out = Vec::new();
        if let Some(n) = tt.named(base) {
            out.extend(n.methods.iter().map(|&m| self.obj(m).name.clone()));
        }
        match tt.under(base) {
            Type::Struct { fields } => out.extend(fields.iter().map(|f| f.name.clone())),
            Type::Interface { methods, .. } => out.extend(methods.iter().map(|m| m.name.clone())),
            _ => {}
        }
        out
    }

    /// `T.m`: a function with the receiver as first parameter.
    fn method_expr(
        &mut self,
        e: &'f ast::Expr,
        x: &Operand<'f>,
        sel: &'f ast::Ident,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let pkg = self.pkg;
        match self.lookup_field_or_method(x.ty, &sel.name, pkg) {
            Lookup::Found {
                obj,
                index,
                indirect,
                is_method: true,
            } => {
                self.record_use(sel, obj);
                let is_iface = self.g.info.is_interface_method(obj);
                if !is_iface && self.has_ptr_recv(obj) && !indirect {
                    let s = super::errors::expr_string(e);
                    let ts = self.ts(x.ty);
                    self.error(
                        sel.span,
                        format!(
                            "invalid method expression {s} (needs pointer receiver (*{ts}).{})",
                            sel.name
                        ),
                    );
                    return invalid;
                }
                let sig = self.obj_type(obj);
                let Some(s) = self.tt().signature(sig).cloned() else {
                    return invalid;
                };
                let mut params = vec![x.ty];
                params.extend(s.params.iter().copied());
                let ft = self.types().func(params, s.results.clone(), s.variadic);
                self.reach(obj);
                self.g.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodExpr,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        ty: ft,
                    },
                );
                Operand {
                    mode: Mode::Value,
                    ty: ft,
                    val: None,
                    expr: Some(e),
                    nth: None,
                }
            }
            Lookup::Found { .. } | Lookup::NotFound => {
                let s = super::errors::expr_string(e);
                let ts = self.ts(x.ty);
                self.error(
                    sel.span,
                    format!("{s} undefined (type {ts} has no method {})", sel.name),
                );
                invalid
            }
            Lookup::Ambiguous => {
                let s = super::errors::expr_string(e);
                self.error(sel.span, format!("ambiguous selector {s}"));
                invalid
            }
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
