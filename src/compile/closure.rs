//! Closures and escape analysis. A local variable lives in a heap box when a func
//! literal captures it (the checker's `Info::captured`), when its address is taken
//! (`&x`, `&x.f`, `x[:]` of an array, a pointer-method call on it), or when it is an
//! array wider than `MAX_REG_ARRAY` words (smaller arrays stay in registers). A func
//! literal becomes a function whose captured variables are the box pointers stored in
//! its closure object (`MakeClosure`), read back with `GetCapture` in its prologue.

use super::func::{FnCtx, Loc};
use super::{internal, CResult};
use crate::syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::types::{ObjId, SelectionKind, Type};
use crate::vm::{FuncBuilder, Instr, Reg};

/// Widest array-holding variable (in words) kept in registers.
pub const MAX_REG_ARRAY: u32 = 64;

/// Calls `f` on every expression in `s` (func literal bodies included).
pub fn walk_stmt<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match &s.kind {
        StmtKind::Decl(g) => {
            if let ast::GenKind::Var(specs) = &g.kind {
                for sp in specs {
                    for v in &sp.values {
                        walk_expr(v, f);
                    }
                }
            }
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Send { chan, value } => {
            walk_expr(chan, f);
            walk_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                walk_expr(e, f);
            }
        }
        StmtKind::Return(v) => v.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| walk_stmt(s, f)),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(cond, f);
            then.stmts.iter().for_each(|s| walk_stmt(s, f));
            if let Some(e) = els {
                walk_stmt(e, f);
            }
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in body {
                c.exprs.iter().flatten().for_each(|e| walk_expr(e, f));
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(x, f);
            for c in body {
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                if let Some(s) = &c.comm {
                    walk_stmt(s, f);
                }
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                walk_stmt(p, f);
            }
            body.stmts.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in key.iter().chain(value.iter()) {
                walk_expr(e, f);
            }
            walk_expr(x, f);
            body.stmts.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::Empty | StmtKind::Branch { .. } | StmtKind::Bad => {}
    }
}

pub fn walk_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    f(e);
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    walk_expr(k, f);
                }
                walk_expr(&el.value, f);
            }
        }
        ExprKind::FuncLit { body, .. } => body.stmts.iter().for_each(|s| walk_stmt(s, f)),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => walk_expr(x, f),
        ExprKind::Selector { x, .. } => walk_expr(x, f),
        ExprKind::Index { x, index } => {
            walk_expr(x, f);
            walk_expr(index, f);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                walk_expr(b, f);
            }
        }
        ExprKind::TypeAssert { x, .. } => walk_expr(x, f),
        ExprKind::Call { func, args, .. } => {
            walk_expr(func, f);
            args.iter().for_each(|a| walk_expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(x, f);
            walk_expr(y, f);
        }
        _ => {}
    }
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// The variable an addressable expression is rooted in (`x` of `x.f[2].g`), unless
    /// a pointer is dereferenced on the way.
    fn root_var(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.root_var(x),
            ExprKind::Ident(id) => self.c.info.uses.get(&id.id).copied(),
            ExprKind::Selector { x, .. } => {
                let s = self.c.info.selections.get(&e.id)?;
                if s.kind != SelectionKind::FieldVal || s.indirect {
                    return None;
                }
                self.root_var(x)
            }
            ExprKind::Index { x, .. } => {
                let xt = self.c.info.type_of(x.id);
                match self.c.info.types.under(xt) {
                    Type::Array { .. } => self.root_var(x),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether a variable of type `t` lives in a box whatever its uses: arrays (and
    /// structs holding arrays) wider than `MAX_REG_ARRAY` words, which would make frames
    /// large and every copy long. Smaller ones stay in registers, indexed dynamically
    /// with a checked register offset (`Place::RegIdx`).
    fn needs_box_type(&self, t: crate::types::TypeId) -> bool {
        let has_array = match self.c.info.types.under(t) {
            Type::Array { .. } => true,
            Type::Struct { fields } => fields
                .iter()
                .any(|f| matches!(self.c.info.types.under(f.ty), Type::Array { .. })),
            _ => false,
        };
        has_array && self.c.width(t) > MAX_REG_ARRAY
    }
}

/// Decides which of this function's variables live in boxes.
pub fn find_boxed(fx: &mut FnCtx, body: &ast::Block, params: &[ObjId]) {
    let mut roots: Vec<ObjId> = Vec::new();
    let mut visit = |e: &Expr| match &e.kind {
        ExprKind::Unary { op: UnOp::Addr, x } => {
            if let Some(o) = fx.root_var(x) {
                roots.push(o);
            }
        }
        ExprKind::Slice { x, .. } => {
            let xt = fx.c.info.type_of(x.id);
            if matches!(fx.c.info.types.under(xt), Type::Array { .. }) {
                if let Some(o) = fx.root_var(x) {
                    roots.push(o);
                }
            }
        }
        ExprKind::Selector { x, .. } => {
            if let Some(s) = fx.c.info.selections.get(&e.id) {
                if s.kind == SelectionKind::MethodVal && !fx.c.info.is_interface_method(s.obj) {
                    let rt = fx.c.method_recv_type(s.obj);
                    if matches!(fx.c.info.types.get(rt), Type::Pointer(_)) {
                        if let Some(o) = fx.root_var(x) {
                            roots.push(o);
                        }
                    }
                }
            }
        }
        _ => {}
    };
    for s in &body.stmts {
        walk_stmt(s, &mut visit);
    }
    let info = fx.c.info;
    let mut boxed: Vec<ObjId> = roots;
    for &o in info.captured.iter() {
        boxed.push(o);
    }
    for p in params {
        if fx.needs_box_type(info.obj(*p).ty) {
            boxed.push(*p);
        }
    }
    fx.boxed.extend(boxed);
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// Whether local `o` must live in a box.
    pub fn is_boxed(&self, o: ObjId) -> bool {
        self.boxed.contains(&o) || self.needs_box_type(self.c.info.obj(o).ty)
    }

    /// A func literal: compiles its body as a new function and builds the closure.
    pub fn func_lit(
        &mut self,
        e: &'a Expr,
        sig: &'a ast::FuncType,
        body: &'a ast::Block,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let Some(fi) = self.c.info.funcs.get(&e.id) else {
            return Err(internal(e.span, "no function info for a func literal"));
        };
        let (fsig, params, captures) = (fi.sig, fi.params.clone(), fi.captures.clone());
        let base = self.name.clone();
        let n = {
            let cnt = self.c.lit_count.entry(base.clone()).or_insert(0);
            *cnt += 1;
            *cnt
        };
        let name = if base.contains(".func") {
            format!("{base}.{n}")
        } else {
            format!("{base}.func{n}")
        };
        let (ps, rs) = self.c.sig_params_results(fsig);
        let np = self.c.words(&ps);
        let nr = self.c.words(&rs);
        let fb = FuncBuilder::new(name.clone(), np, nr);
        let f = {
            let mut inner = FnCtx::new(&mut *self.c, fb, &name);
            inner.pos(e.span);
            for (i, o) in captures.iter().enumerate() {
                let r = inner.fb.reg();
                inner.fb.emit(Instr::GetCapture { a: r, b: i as u16 });
                inner.vars.insert(*o, Loc::Boxed(r));
            }
            inner.prologue(fsig, &params, sig, body)?;
            inner.block(&body.stmts)?;
            inner.pos(body.rbrace);
            inner.epilogue()?;
            inner.finish()?
        };
        let fid = self.c.pb.add_func(f);
        let ncapt = captures.len() as u16;
        let ptrs: Vec<u32> = (0..ncapt as u32).collect();
        let site = self.c.pb.closure_site(fid, ncapt, &ptrs);
        let cap = self.regs(ncapt.max(1) as u32);
        for (i, o) in captures.iter().enumerate() {
            match self.loc(*o, e.span)? {
                Loc::Boxed(p) => self.mov(cap + i as u16, p, 1),
                Loc::Global(_) | Loc::Reg(_) => {
                    return Err(internal(e.span, "captured variable is not boxed"));
                }
            }
        }
        let d = dst.unwrap_or_else(|| self.fb.reg());
        self.pos(e.span);
        self.fb.emit(Instr::MakeClosure {
            a: d,
            b: cap,
            c: site,
        });
        Ok(d)
    }
}
