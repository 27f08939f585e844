//! `for ... range` (go/types' `rangeStmt`): strings, arrays, pointers to arrays, slices,
//! maps, channels and integers (Go 1.22); range-over-func is unsupported.

use super::check::{Checker, Operand};
use super::info::Mode;

use super::stmt::Ctx;
use super::typ::{BasicKind, Type, TypeId};

use crate::syntax::ast::{self, ExprKind};

impl<'f> Checker<'_, '_, 'f> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_stmt(
        &mut self,
        s: &'f ast::Stmt,
        key: Option<&'f ast::Expr>,
        value: Option<&'f ast::Expr>,
        define: bool,
        xe: &'f ast::Expr,
        body: &'f ast::Block,
        ctx: Ctx,
    ) {
        let outer = self.scope;
        self.open_scope();
        let mut x = self.expr(xe);
        let desc0 = if x.is_invalid() {
            String::new()
        } else {
            self.describe(&x)
        };
        let invalid = BasicKind::Invalid.id();
        let (mut kt, mut vt) = (invalid, invalid);
        let mut ok = !x.is_invalid();
        if ok {
            let tt = self.tt();
            let mut max_vars = 2;
            match tt.under(x.ty).clone() {
                Type::Basic(k) if k.is_string() => {
                    kt = BasicKind::Int.id();
                    vt = self.tt().rune;
                    if self.tt().is_untyped(x.ty) {
                        self.convert_untyped(&mut x, BasicKind::String.id());
                    }
                }
                Type::Basic(k) if k.is_integer() => {
                    max_vars = 1;
                    if self.tt().is_untyped(x.ty) {
                        // The key's type comes from the lhs if it is an existing variable.
                        let mut target = BasicKind::Int.id();
                        if !define {
                            if let Some(k) = key {
                                if let Some(t) = self.peek_var_type(k) {
                                    target = t;
                                }
                            }
                        }
                        self.convert_untyped(&mut x, target);
                    }
                    kt = x.ty;
                }
                Type::Array { elem, .. } => {
                    kt = BasicKind::Int.id();
                    vt = elem;
                }
                Type::Slice(elem) => {
                    kt = BasicKind::Int.id();
                    vt = elem;
                }
                Type::Pointer(p) => match self.tt().under(p).clone() {
                    Type::Array { elem, .. } => {
                        kt = BasicKind::Int.id();
                        vt = elem;
                    }
                    _ => ok = false,
                },
                Type::Map { key, value } => {
                    kt = key;
                    vt = value;
                }
                Type::Chan { dir, elem } => {
                    max_vars = 1;
                    kt = elem;
                    if dir == ast::ChanDir::Send {
                        let d = self.describe(&x);
                        self.error(
                            xe.span,
                            format!(
                                "cannot range over {d}: receive from send-only channel {}",
                                self.ts(x.ty)
                            ),
                        );
                        ok = false;
                    }
                }
                Type::Func(_) => {
                    self.unsupported(xe.span, "range over function");
                    ok = false;
                    max_vars = 2;
                }
                _ => ok = false,
            }
            if !ok
                && !x.is_invalid()
                && !self.tt().is_invalid(x.ty)
                && !matches!(self.tt().under(x.ty), Type::Func(_) | Type::Chan { .. })
            {
                let d = self.describe(&x);
                self.error(xe.span, format!("cannot range over {d}"));
            }
            if ok && max_vars == 1 && value.is_some() {
                let d = desc0.clone();
                if let Some(v) = value {
                    self.error(
                        v.span,
                        format!("range over {d} permits only one iteration variable"),
                    );
                }
                ok = false;
            }
        }
        let lhs = [key, value];
        let types = [kt, vt];
        if define {
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Ident(id) = &l.kind else {
                    let s = super::errors::expr_string(l);
                    self.error(l.span, format!("non-name {s} on left side of :="));
                    continue;
                };
                let t = if ok { types[i] } else { invalid };
                let obj = self.declare_local_var(id, t);
                if !ok {
                    self.g.used.insert(obj);
                }
                vars.push((id, obj));
            }
            let sc = self.scope;
            for (id, obj) in vars {
                self.declare_obj(sc, id, obj);
            }
        } else {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let lt = self.lhs_var(l);
                if !ok {
                    continue;
                }
                if let Some(lt) = lt {
                    let mut y = Operand {
                        mode: Mode::Value,
                        ty: types[i],
                        val: None,
                        expr: None,
                        nth: None,
                    };
                    if !self.tt().is_invalid(lt) && self.assignable_to(&y, lt).is_err() {
                        let d = format!(
                            "{} (variable of type {})",
                            super::errors::expr_string(l),
                            self.ts(lt)
                        );
                        let _ = d;
                        let ts = self.ts(types[i]);
                        let lts = self.ts(lt);
                        self.error(
                            l.span,
                            format!(
                                "cannot use {} (value of type {ts}) as {lts} value in assignment",
                                super::errors::expr_string(l)
                            ),
                        );
                    }
                    y.mode = Mode::Value;
                }
            }
        }
        let _ = s;
        let ctx2 = Ctx {
            break_ok: true,
            continue_ok: true,
            ..ctx
        };
        self.block(body, ctx2);
        self.close_scope(outer);
    }

    /// The type of an existing variable named by `e`, without marking it used.
    fn peek_var_type(&self, e: &ast::Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &e.kind {
            let (_, o) = self.g.info.scopes.lookup(self.scope, &id.name)?;
            if self.obj(o).is_var() {
                return Some(self.obj(o).ty);
            }
        }
        None
    }
}
