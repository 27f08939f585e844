//! How deep the trees being built are, so that none gets deeper than `MAX_NESTING`.
//!
//! The AST is dropped, printed and checked by recursive code; a program like
//! `x = 1+1+...+1` with 100,000 terms (or 50,000 nested parentheses, or a long `else if`
//! chain) would overflow the Rust stack. The builder asks `Depths` for the depth of a
//! node's children as it builds the node, and builds a `Bad` node instead of one that
//! would be too deep (go/parser has such a limit too).
//!
//! Expressions are keyed by id (consecutive from the builder's first), statements by
//! their start and blocks by their `{`, so each lookup is O(1).

use super::ast::*;
use crate::source::Pos;
use std::collections::HashMap;

/// The deepest tree the parser builds.
pub const MAX_NESTING: u32 = 1000;

pub struct Depths {
    base_id: u32,
    exprs: Vec<u32>,
    stmts: HashMap<Pos, u32>,
    blocks: HashMap<Pos, u32>,
}

impl Depths {
    pub fn new(base_id: u32) -> Depths {
        Depths {
            base_id,
            exprs: Vec::new(),
            stmts: HashMap::new(),
            blocks: HashMap::new(),
        }
    }

    pub fn set_expr(&mut self, id: NodeId, depth: u32) {
        let i = id.0.wrapping_sub(self.base_id) as usize;
        // Identifiers take ids too; an id far off (another parse sharing the generator)
        // is not tracked.
        if i < self.exprs.len() + 4096 {
            if i >= self.exprs.len() {
                self.exprs.resize(i + 1, 0);
            }
            self.exprs[i] = depth;
        }
    }

    pub fn set_stmt(&mut self, lo: Pos, depth: u32) {
        self.stmts.insert(lo, depth);
    }

    pub fn set_block(&mut self, lbrace: Pos, depth: u32) {
        self.blocks.insert(lbrace, depth);
    }

    fn expr(&self, e: &Expr) -> u32 {
        let i = e.id.0.wrapping_sub(self.base_id) as usize;
        self.exprs.get(i).copied().unwrap_or(0)
    }

    fn opt(&self, e: &Option<Box<Expr>>) -> u32 {
        e.as_deref().map_or(0, |e| self.expr(e))
    }

    fn list(&self, es: &[Expr]) -> u32 {
        es.iter().map(|e| self.expr(e)).max().unwrap_or(0)
    }

    fn stmt(&self, s: &Stmt) -> u32 {
        self.stmts.get(&s.span.lo).copied().unwrap_or(0)
    }

    pub fn stmts(&self, ss: &[Stmt]) -> u32 {
        ss.iter().map(|s| self.stmt(s)).max().unwrap_or(0)
    }

    fn opt_stmt(&self, s: &Option<Box<Stmt>>) -> u32 {
        s.as_deref().map_or(0, |s| self.stmt(s))
    }

    fn block(&self, b: &Block) -> u32 {
        self.blocks.get(&b.lbrace.lo).copied().unwrap_or(0)
    }

    fn fields(&self, fields: &[Field]) -> u32 {
        fields.iter().map(|f| self.expr(&f.ty)).max().unwrap_or(0)
    }

    fn sig(&self, sig: &FuncType) -> u32 {
        self.fields(&sig.params).max(self.fields(&sig.results))
    }

    fn gen(&self, d: &GenDecl) -> u32 {
        match &d.kind {
            GenKind::Const(specs) | GenKind::Var(specs) => specs
                .iter()
                .map(|s| {
                    self.list(&s.values)
                        .max(s.ty.as_ref().map_or(0, |t| self.expr(t)))
                })
                .max()
                .unwrap_or(0),
            GenKind::Type(specs) => specs.iter().map(|s| self.expr(&s.ty)).max().unwrap_or(0),
            GenKind::Import(_) => 0,
        }
    }

    /// The depth of a new expression's deepest child.
    pub fn expr_children(&self, kind: &ExprKind) -> u32 {
        match kind {
            ExprKind::Ident(_) | ExprKind::BasicLit(_) | ExprKind::Bad => 0,
            ExprKind::CompositeLit { ty, elts, .. } => elts
                .iter()
                .map(|el| {
                    el.key
                        .as_ref()
                        .map_or(0, |k| self.expr(k))
                        .max(self.expr(&el.value))
                })
                .max()
                .unwrap_or(0)
                .max(self.opt(ty)),
            ExprKind::FuncLit { sig, body } => self.sig(sig).max(self.block(body)),
            ExprKind::FuncType(sig) => self.sig(sig),
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Unary { x, .. } | ExprKind::Selector { x, .. } => self.expr(x),
            ExprKind::ChanType { elem, .. } => self.expr(elem),
            ExprKind::Ellipsis(x) => self.opt(x),
            ExprKind::TypeAssert { x, ty } => self.expr(x).max(self.opt(ty)),
            ExprKind::Index { x, index } => self.expr(x).max(self.expr(index)),
            ExprKind::IndexList { x, indices } => self.expr(x).max(self.list(indices)),
            ExprKind::Slice { x, lo, hi, max, .. } => self
                .expr(x)
                .max(self.opt(lo))
                .max(self.opt(hi))
                .max(self.opt(max)),
            ExprKind::Call { func, args, .. } => self.expr(func).max(self.list(args)),
            ExprKind::Binary { x, y, .. } => self.expr(x).max(self.expr(y)),
            ExprKind::ArrayType { len, elem } => self.opt(len).max(self.expr(elem)),
            ExprKind::MapType { key, value } => self.expr(key).max(self.expr(value)),
            ExprKind::StructType { fields } => self.fields(fields),
            ExprKind::InterfaceType { elems } => elems
                .iter()
                .map(|el| match el {
                    InterfaceElem::Method { sig, .. } => self.sig(sig),
                    InterfaceElem::Embedded(e) => self.expr(e),
                })
                .max()
                .unwrap_or(0),
        }
    }

    /// The depth of a new statement's deepest child.
    pub fn stmt_children(&self, kind: &StmtKind) -> u32 {
        match kind {
            StmtKind::Empty | StmtKind::Branch { .. } | StmtKind::Bad => 0,
            StmtKind::Decl(d) => self.gen(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => self.expr(chan).max(self.expr(value)),
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => self.list(lhs).max(self.list(rhs)),
            StmtKind::Return(v) => self.list(v),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => self
                .opt_stmt(init)
                .max(self.expr(cond))
                .max(self.block(then))
                .max(self.opt_stmt(els)),
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                let clauses = body
                    .iter()
                    .map(|c| {
                        c.exprs
                            .as_deref()
                            .map_or(0, |e| self.list(e))
                            .max(self.stmts(&c.body))
                    })
                    .max()
                    .unwrap_or(0);
                self.opt_stmt(init)
                    .max(tag.as_ref().map_or(0, |t| self.expr(t)))
                    .max(clauses)
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                let clauses = body
                    .iter()
                    .map(|c| {
                        c.exprs
                            .as_deref()
                            .map_or(0, |e| self.list(e))
                            .max(self.stmts(&c.body))
                    })
                    .max()
                    .unwrap_or(0);
                self.opt_stmt(init).max(self.expr(x)).max(clauses)
            }
            StmtKind::Select { body, .. } => body
                .iter()
                .map(|c| self.opt_stmt(&c.comm).max(self.stmts(&c.body)))
                .max()
                .unwrap_or(0),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self
                .opt_stmt(init)
                .max(cond.as_ref().map_or(0, |c| self.expr(c)))
                .max(self.opt_stmt(post))
                .max(self.block(body)),
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => key
                .as_ref()
                .map_or(0, |k| self.expr(k))
                .max(value.as_ref().map_or(0, |v| self.expr(v)))
                .max(self.expr(x))
                .max(self.block(body)),
        }
    }
}
