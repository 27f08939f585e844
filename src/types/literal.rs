//! Composite literals (go/types' `literals.go`) and function literals.
//!
//! A composite literal whose type is elided inside another one takes its type from the
//! enclosing element type; if that is a pointer `*T`, the literal is `&T{...}` and its
//! recorded type is `*T` (as in go/types).

use super::check::{Checker, Operand};
use super::cv::Value;
use super::info::Mode;
use super::object::is_exported;
use super::typ::{Type, TypeId};
use crate::source::Span;
use crate::syntax::ast::{self, ExprKind};
use std::collections::HashSet;

impl<'f> Checker<'_, '_, 'f> {
    pub fn composite_lit(
        &mut self,
        e: &'f ast::Expr,
        ty: Option<&'f ast::Expr>,
        elts: &'f [ast::Element],
        hint: Option<TypeId>,
        _rbrace: Span,
    ) -> Operand<'f> {
        let invalid = Operand::invalid(Some(e));
        let (typ, base) = match ty {
            Some(te) => {
                // `[...]T{...}`: the length comes from the elements.
                if let ExprKind::ArrayType {
                    len: Some(len),
                    elem,
                } = &te.kind
                {
                    if let ExprKind::Ellipsis(None) = len.kind {
                        let et = self.type_expr(elem);
                        if self.tt().is_invalid(et) {
                            self.elts_unchecked(elts);
                            return invalid;
                        }
                        let n = self.indexed_elts(elts, et, None);
                        let at = self.types().array(n, et);
                        self.record(te, Mode::TypeExpr, at, None);
                        return Operand {
                            mode: Mode::Value,
                            ty: at,
                            val: None,
                            expr: Some(e),
                            nth: None,
                        };
                    }
                }
                let t = self.type_expr(te);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let base = match self.tt().get(self.tt().underlying(h)) {
                        Type::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, base)
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    self.elts_unchecked(elts);
                    return invalid;
                }
            },
        };
        if self.tt().is_invalid(typ) {
            self.elts_unchecked(elts);
            return invalid;
        }
        match self.tt().under(base).clone() {
            Type::Struct { fields } => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = HashSet::new();
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            let s = super::errors::expr_string(k);
                            self.error(k.span, format!("invalid field name {s} in struct literal"));
                            self.expr(&el.value);
                            continue;
                        };
                        let Some((i, f)) =
                            fields.iter().enumerate().find(|(_, f)| f.name == kid.name)
                        else {
                            let ts = self.ts(base);
                            self.error(
                                kid.span,
                                format!(
                                    "unknown field {} in struct literal of type {ts}",
                                    kid.name
                                ),
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        self.record_use(kid, f.obj);
                        if f.pkg.is_some() && f.pkg != Some(self.pkg) {
                            let ts = self.ts(base);
                            self.error(kid.span, format!("cannot refer to unexported field {} in struct literal of type {ts}", kid.name));
                        }
                        if !seen.insert(i) {
                            self.error(
                                kid.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                            self.expr(&el.value);
                            continue;
                        }
                        let mut x = self.expr_with_hint(&el.value, f.ty);
                        self.assignment(&mut x, f.ty, "struct literal");
                    }
                } else {
                    let mut reported = false;
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(
                                k.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(&el.value);
                            reported = true;
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            self.expr(&el.value);
                            if !reported {
                                let ts = self.ts(base);
                                self.error(
                                    el.value.span,
                                    format!("too many values in struct literal of type {ts}"),
                                );
                                reported = true;
                            }
                            continue;
                        };
                        let mut x = self.expr_with_hint(&el.value, f.ty);
                        if f.pkg.is_some() && f.pkg != Some(self.pkg) && !is_exported(&f.name) {
                            let ts = self.ts(base);
                            self.error(el.value.span, format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name));
                            continue;
                        }
                        self.assignment(&mut x, f.ty, "struct literal");
                    }
                    if !reported && elts.len() < fields.len() {
                        let ts = self.ts(base);
                        let at = elts.last().map(|l| l.value.span).unwrap_or(e.span);
                        let _ = at;
                        self.error(
                            _rbrace,
                            format!("too few values in struct literal of type {ts}"),
                        );
                    }
                }
            }
            Type::Array { len, elem } => {
                self.indexed_elts(elts, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elts(elts, elem, None);
            }
            Type::Map { key, value } => {
                let mut seen: Vec<Value> = Vec::new();
                for el in elts {
                    let Some(k) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        self.expr(&el.value);
                        continue;
                    };
                    let mut kx = self.expr_with_hint(k, key);
                    self.assignment(&mut kx, key, "map literal");
                    if kx.mode == Mode::Constant && !self.tt().is_interface(key) {
                        if let Some(v) = &kx.val {
                            if seen.contains(v) {
                                let s = super::errors::expr_string(k);
                                self.error(k.span, format!("duplicate key {s} in map literal"));
                            } else {
                                seen.push(v.clone());
                            }
                        }
                    }
                    let mut vx = self.expr_with_hint(&el.value, value);
                    self.assignment(&mut vx, value, "map literal");
                }
            }
            _ => {
                let ts = self.ts(typ);
                self.error(e.span, format!("invalid composite literal type {ts}"));
                self.elts_unchecked(elts);
                return invalid;
            }
        }
        Operand {
            mode: Mode::Value,
            ty: typ,
            val: None,
            expr: Some(e),
            nth: None,
        }
    }

    fn elts_unchecked(&mut self, elts: &'f [ast::Element]) {
        for el in elts {
            if let Some(k) = &el.key {
                if !matches!(k.kind, ExprKind::Ident(_)) {
                    self.raw_expr(k, None);
                }
            }
            if !matches!(el.value.kind, ExprKind::CompositeLit { ty: None, .. }) {
                self.raw_expr(&el.value, None);
            }
        }
    }

    /// Elements of an array or slice literal; returns the length (max index + 1).
    fn indexed_elts(&mut self, elts: &'f [ast::Element], elem: TypeId, length: Option<u64>) -> u64 {
        let mut visited: HashSet<u64> = HashSet::new();
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        for el in elts {
            let mut valid = true;
            if let Some(k) = &el.key {
                valid = false;
                match self.index(k, length) {
                    Some(i) if i >= 0 => {
                        index = i as u64;
                        valid = true;
                    }
                    Some(_) => {}
                    None => {
                        // A valid but non-constant index.
                        if self.g.info.value_of(k.id).is_none()
                            && !self.tt().is_invalid(self.g.info.type_of(k.id))
                        {
                            let s = super::errors::expr_string(k);
                            self.error(k.span, format!("index {s} must be integer constant"));
                        }
                    }
                }
            } else if let Some(n) = length {
                if index >= n {
                    self.error(
                        el.value.span,
                        format!("index {index} is out of bounds (>= {n})"),
                    );
                    valid = false;
                }
            }
            if valid {
                if !visited.insert(index) {
                    self.error(
                        el.key.as_ref().map(|k| k.span).unwrap_or(el.value.span),
                        format!("duplicate index {index} in array or slice literal"),
                    );
                }
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_with_hint(&el.value, elem);
            self.assignment(&mut x, elem, "array or slice literal");
        }
        max
    }

    pub fn func_lit(
        &mut self,
        e: &'f ast::Expr,
        sig: &'f ast::FuncType,
        body: &'f ast::Block,
    ) -> Operand<'f> {
        let (t, _) = self.func_type(None, sig, false);
        let outer = self.scope;
        self.func_body(e.id, t, None, sig, body);
        self.scope = outer;
        Operand {
            mode: Mode::Value,
            ty: t,
            val: None,
            expr: Some(e),
            nth: None,
        }
    }
}
