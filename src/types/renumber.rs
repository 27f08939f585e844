//! Copies of generic declarations with fresh node ids, one per instance.
//!
//! minigo monomorphizes: each instance of a generic function or method (`Map[int,
//! string]`) is checked as an ordinary declaration, with its type parameters declared as
//! names for the type arguments, and compiled from its own copy of the AST. `Info` is
//! keyed by `NodeId`, so each copy gets new ids for every `Expr` and `Ident`; its facts
//! then live beside those of every other copy. (go/types checks the generic body once
//! and substitutes; minigo's bytecode is typed, so it needs per-instance facts anyway.)

use crate::syntax::ast::*;
use crate::syntax::IdGen;

/// A copy of `d` with fresh ids.
pub fn fresh_func(d: &FuncDecl, ids: &IdGen) -> FuncDecl {
    let mut d = d.clone();
    let r = Renumber { ids };
    if let Some(f) = &mut d.recv {
        r.field(f);
    }
    r.ident(&mut d.name);
    if let Some(tp) = &mut d.tparams {
        tp.iter_mut().for_each(|f| r.field(f));
    }
    r.func_type(&mut d.sig);
    if let Some(b) = &mut d.body {
        r.block(b);
    }
    d
}

/// A copy of `s` with fresh ids.
pub fn fresh_type_spec(s: &TypeSpec, ids: &IdGen) -> TypeSpec {
    let mut s = s.clone();
    let r = Renumber { ids };
    r.ident(&mut s.name);
    if let Some(tp) = &mut s.tparams {
        tp.iter_mut().for_each(|f| r.field(f));
    }
    r.expr(&mut s.ty);
    s
}

struct Renumber<'a> {
    ids: &'a IdGen,
}

impl Renumber<'_> {
    fn ident(&self, i: &mut Ident) {
        i.id = self.ids.next();
    }

    fn field(&self, f: &mut Field) {
        f.names.iter_mut().for_each(|n| self.ident(n));
        self.expr(&mut f.ty);
    }

    fn func_type(&self, t: &mut FuncType) {
        t.params.iter_mut().for_each(|f| self.field(f));
        t.results.iter_mut().for_each(|f| self.field(f));
    }

    fn block(&self, b: &mut Block) {
        b.stmts.iter_mut().for_each(|s| self.stmt(s));
    }

    fn opt_stmt(&self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn gen_decl(&self, g: &mut GenDecl) {
        match &mut g.kind {
            GenKind::Const(specs) | GenKind::Var(specs) => {
                for sp in specs {
                    sp.names.iter_mut().for_each(|n| self.ident(n));
                    if let Some(t) = &mut sp.ty {
                        self.expr(t);
                    }
                    sp.values.iter_mut().for_each(|v| self.expr(v));
                }
            }
            GenKind::Type(specs) => {
                for sp in specs {
                    self.ident(&mut sp.name);
                    if let Some(tp) = &mut sp.tparams {
                        tp.iter_mut().for_each(|f| self.field(f));
                    }
                    self.expr(&mut sp.ty);
                }
            }
            GenKind::Import(imps) => {
                for i in imps {
                    if let Some(n) = &mut i.name {
                        self.ident(n);
                    }
                }
            }
        }
    }

    fn stmt(&self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Labeled { label, stmt } => {
                self.ident(label);
                self.stmt(stmt);
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter_mut().for_each(|e| self.expr(e));
                rhs.iter_mut().for_each(|e| self.expr(e));
            }
            StmtKind::Return(v) => v.iter_mut().for_each(|e| self.expr(e)),
            StmtKind::Branch { label, .. } => {
                if let Some(l) = label {
                    self.ident(l);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                body.iter_mut().for_each(|c| self.case(c));
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                self.opt_stmt(init);
                if let Some(b) = bind {
                    self.ident(b);
                }
                self.expr(x);
                body.iter_mut().for_each(|c| self.case(c));
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.opt_stmt(&mut c.comm);
                    c.body.iter_mut().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                if let Some(k) = key {
                    self.expr(k);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(x);
                self.block(body);
            }
        }
    }

    fn case(&self, c: &mut CaseClause) {
        if let Some(es) = &mut c.exprs {
            es.iter_mut().for_each(|e| self.expr(e));
        }
        c.body.iter_mut().for_each(|s| self.stmt(s));
    }

    fn opt_expr(&self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&self, e: &mut Expr) {
        e.id = self.ids.next();
        match &mut e.kind {
            ExprKind::Ident(i) => self.ident(i),
            ExprKind::BasicLit(_) | ExprKind::Bad => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.opt_expr(ty);
                for el in elts {
                    if let Some(k) = &mut el.key {
                        self.expr(k);
                    }
                    self.expr(&mut el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.func_type(sig);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector { x, sel } => {
                self.expr(x);
                self.ident(sel);
            }
            ExprKind::Index { x, index } => {
                self.expr(x);
                self.expr(index);
            }
            ExprKind::IndexList { x, indices } => {
                self.expr(x);
                indices.iter_mut().for_each(|i| self.expr(i));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                self.opt_expr(lo);
                self.opt_expr(hi);
                self.opt_expr(max);
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(x);
                self.opt_expr(ty);
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                args.iter_mut().for_each(|a| self.expr(a));
            }
            ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::Ellipsis(x) => self.opt_expr(x),
            ExprKind::ArrayType { len, elem } => {
                self.opt_expr(len);
                self.expr(elem);
            }
            ExprKind::StructType { fields } => fields.iter_mut().for_each(|f| self.field(f)),
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::InterfaceType { elems } => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.ident(name);
                            self.func_type(sig);
                        }
                        InterfaceElem::Embedded(x) => self.expr(x),
                    }
                }
            }
            ExprKind::MapType { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { elem, .. } => self.expr(elem),
        }
    }
}
