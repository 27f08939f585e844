//! `for ... range` (go/types' `rangeStmt`): strings, arrays, pointers to arrays, slices,
//! maps, channels, integers (Go 1.22) and functions (Go 1.23: `func(yield func(K, V)
//! bool)`). A range-over-func body is checked as a function of its own (a `FuncCtx`
//! with `range_body` set, recorded in `Info::range_funcs`), since the compiler makes it
//! the yield closure: variables of the enclosing function it uses are captures.

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
        // The yield function's signature, for a range over a function.
        let mut yield_sig = None;
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
                Type::Func(sig) => match self.yield_signature(&sig) {
                    Ok((ys, k, v)) => {
                        max_vars = 2;
                        kt = k.unwrap_or(invalid);
                        vt = v.unwrap_or(invalid);
                        yield_sig = Some(ys);
                        let d = self.describe(&x);
                        // A variable without a value is invalid (and not reported unused);
                        // the others are declared as usual (go/types).
                        if k.is_none() && key.is_some() {
                            if let Some(k) = key {
                                self.error(
                                    k.span,
                                    format!("range over {d} permits no iteration variables"),
                                );
                            }
                        } else if v.is_none() && value.is_some() {
                            if let Some(v) = value {
                                self.error(
                                    v.span,
                                    format!("range over {d} permits only one iteration variable"),
                                );
                            }
                        }
                    }
                    Err(cause) => {
                        let d = self.describe(&x);
                        self.error(xe.span, format!("cannot range over {d}: {cause}"));
                        ok = false;
                    }
                },
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
                // The key is still declared (and may be unused), as in go/types.
                vt = invalid;
            }
        }
        let lhs = [key, value];
        let types = [kt, vt];
        if let Some(ys) = yield_sig {
            // The body (and the iteration variables it declares) belong to the yield
            // closure.
            let depth = self.funcs.len();
            let (named, results, outer_sig) = match self.funcs.last() {
                Some(f) => (f.named_results, f.result_objs.clone(), f.sig),
                None => (false, vec![], ys),
            };
            let _ = depth;
            self.funcs.push(super::check::FuncCtx {
                key: xe.id,
                sig: outer_sig,
                info: super::info::FuncInfo {
                    sig: ys,
                    ..Default::default()
                },
                named_results: named,
                result_objs: results,
                range_body: true,
            });
        }
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
                if !ok || t == invalid {
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
                if !ok || types[i] == invalid {
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
        if yield_sig.is_some() {
            if let Some(ctx) = self.funcs.pop() {
                self.unused_locals(&ctx.info.locals);
                self.g.info.range_funcs.insert(ctx.key, ctx.info);
            }
        }
        self.close_scope(outer);
    }

    /// The yield function's signature and the key and value types of a range over a
    /// function of signature `sig` (go/types' `rangeKeyVal`), or why it cannot be
    /// ranged over.
    fn yield_signature(
        &self,
        sig: &super::typ::Signature,
    ) -> Result<(TypeId, Option<TypeId>, Option<TypeId>), String> {
        const MUST: &str = "func must be func(yield func(...) bool)";
        if sig.params.len() != 1 {
            return Err(format!("{MUST}: wrong argument count"));
        }
        if !sig.results.is_empty() {
            return Err(format!("{MUST}: unexpected results"));
        }
        let yt = sig.params[0];
        let Type::Func(cb) = self.tt().under(yt).clone() else {
            return Err(format!("{MUST}: argument is not func"));
        };
        if cb.params.len() > 2 {
            return Err(format!("{MUST}: yield func has too many parameters"));
        }
        let bool_t = BasicKind::Bool.id();
        if cb.results.len() != 1 || cb.results[0] != bool_t {
            let user_bool = cb.results.len() == 1
                && matches!(self.tt().under(cb.results[0]), Type::Basic(k) if *k == BasicKind::Bool);
            if user_bool {
                return Err(format!(
                    "{MUST}: yield func returns user-defined boolean, not bool"
                ));
            }
            return Err(format!("{MUST}: yield func does not return bool"));
        }
        if cb.variadic {
            return Err(format!(
                "yield func of type {} cannot be variadic",
                self.ts(yt)
            ));
        }
        Ok((yt, cb.params.first().copied(), cb.params.get(1).copied()))
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
