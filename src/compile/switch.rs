//! Expression switches (cases tested in order, `fallthrough` into the next body) and
//! type switches (the interface's type word compared with each case's run-time type
//! id; interface cases by an `, ok` assertion; the clause's symbolic variable bound to
//! the unboxed value when the clause names one type, else to the interface).

use super::func::{Branch, FnCtx};
use super::CResult;
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, Stmt, StmtKind};
use crate::types::{ObjKind, TypeId};
use crate::vm::{Instr, Label, Reg};

impl<'c, 'a> FnCtx<'c, 'a> {
    pub fn switch_stmt(
        &mut self,
        label: Option<String>,
        init: &'a Option<Box<Stmt>>,
        tag: Option<&'a Expr>,
        body: &'a [ast::CaseClause],
    ) -> CResult<()> {
        let m = self.fb.mark();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let tag_val: Option<(Reg, TypeId)> = match tag {
            Some(t) => {
                let tt = self.ty(t);
                let w = self.wreg(tt);
                let r = self.regs(w as u32);
                self.expr_to(t, r)?;
                Some((r, tt))
            }
            None => None,
        };
        let end = self.fb.label();
        let labels: Vec<Label> = body.iter().map(|_| self.fb.label()).collect();
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                default = Some(labels[ci]);
                continue;
            };
            for ce in exprs {
                let mm = self.fb.mark();
                match tag_val {
                    None => self.branch_if(ce, labels[ci], true)?,
                    Some((r, tt)) => {
                        let ct = self.ty(ce);
                        let types = &self.c.info.types;
                        let (t, tagr) = if types.is_interface(ct) && !types.is_interface(tt) {
                            let d = self.regs(2);
                            self.make_iface(d, r, tt);
                            (ct, d)
                        } else {
                            (tt, r)
                        };
                        let v = self.expr_conv(ce, t)?;
                        let b = self.fb.reg();
                        self.cmp_regs(b, BinOp::Eql, t, tagr, v, ce.span)?;
                        self.fb.emit_jump(Instr::JmpIf { a: b, j: 0 }, labels[ci]);
                    }
                }
                self.fb.release(mm);
            }
        }
        self.fb.jmp(default.unwrap_or(end));
        self.branches.push(Branch {
            label,
            brk: end,
            cont: None,
        });
        for (ci, c) in body.iter().enumerate() {
            self.fb.bind(labels[ci]);
            let saved = self.fallthrough.take();
            self.fallthrough = labels.get(ci + 1).copied();
            let r = self.block(&c.body);
            self.fallthrough = saved;
            r?;
            let falls = c.body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    StmtKind::Branch {
                        kind: ast::BranchKind::Fallthrough,
                        ..
                    }
                )
            });
            if !falls {
                self.fb.jmp(end);
            }
        }
        self.branches.pop();
        self.fb.bind(end);
        self.fb.release(m);
        Ok(())
    }

    pub fn type_switch(
        &mut self,
        label: Option<String>,
        init: &'a Option<Box<Stmt>>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        body: &'a [ast::CaseClause],
    ) -> CResult<()> {
        let m = self.fb.mark();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let inner = match &Self::strip(x).kind {
            ExprKind::TypeAssert { x, ty: None } => &**x,
            _ => x,
        };
        let xt = self.ty(inner);
        let v = self.regs(2);
        self.expr_to(inner, v)?;
        let tid = self.fb.reg();
        self.fb.emit(Instr::IfaceType { a: tid, b: v });
        let end = self.fb.label();
        let labels: Vec<Label> = body.iter().map(|_| self.fb.label()).collect();
        let mut default = None;
        let k = self.fb.reg();
        for (ci, c) in body.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                default = Some(labels[ci]);
                continue;
            };
            for ce in exprs {
                if self.is_nil(ce) {
                    self.fb.emit(Instr::LoadI { a: k, i: 0 });
                    self.fb
                        .emit_jump(Instr::JmpEqInt { a: tid, b: k, j: 0 }, labels[ci]);
                    continue;
                }
                let ct = self.c.info.type_of(ce.id);
                if self.c.info.types.is_interface(ct) {
                    let mm = self.fb.mark();
                    let w = self.wreg(ct);
                    let d = self.regs(w as u32 + 1);
                    let site = self.c.assert_site(xt, ct, true);
                    self.fb.emit(Instr::TypeAssert {
                        a: d,
                        b: v,
                        c: site,
                    });
                    self.fb
                        .emit_jump(Instr::JmpIf { a: d + w, j: 0 }, labels[ci]);
                    self.fb.release(mm);
                } else {
                    let id = self.c.rt_type(ct);
                    self.load_int(k, id as u64);
                    self.fb
                        .emit_jump(Instr::JmpEqInt { a: tid, b: k, j: 0 }, labels[ci]);
                }
            }
        }
        self.fb.jmp(default.unwrap_or(end));
        self.branches.push(Branch {
            label,
            brk: end,
            cont: None,
        });
        for (ci, c) in body.iter().enumerate() {
            self.fb.bind(labels[ci]);
            let bm = self.fb.mark();
            if let Some(b) = bind {
                // Keyed by the bind's id too: copies of a generic body share spans.
                if let Some(o) = self.c.info.switch_vars.get(&(b.id, c.span.lo)).copied() {
                    if matches!(self.c.info.obj(o).kind, ObjKind::Var(_)) {
                        let ot = self.c.info.obj(o).ty;
                        let w = self.wreg(ot);
                        let r = self.regs(w as u32);
                        if self.c.info.types.is_interface(ot) {
                            if self.c.info.types.is_interface(xt) {
                                self.mov(r, v, 2);
                            }
                        } else {
                            let site = self.c.assert_site(xt, ot, false);
                            self.fb.emit(Instr::TypeAssert {
                                a: r,
                                b: v,
                                c: site,
                            });
                        }
                        self.adopt(o, r)?;
                    }
                }
            }
            self.block(&c.body)?;
            self.fb.release(bm);
            self.fb.jmp(end);
        }
        self.branches.pop();
        self.fb.bind(end);
        self.fb.release(m);
        Ok(())
    }
}
