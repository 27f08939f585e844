//! The grammar's actions: build AST nodes, hand out ids, and report the syntax errors
//! that the grammar accepts but Go rejects (`cannot use x := 1 as value`, a misplaced
//! `.(type)`, mixed named and unnamed parameters).
//!
//! Actions in `grammar/go.lalrpop` stay one line by calling these methods, so the grammar
//! reads as a grammar. Every method is total: bad input becomes a diagnostic and a `Bad`
//! node, never a panic.

use super::ast::*;
use super::depth::{Depths, MAX_NESTING};
use super::errors;
use super::lexer::Spanned;
use super::token::Tok;
use super::IdGen;
use crate::diag::Diagnostic;
use crate::source::{Pos, Span};
use std::cell::{Cell, RefCell};

/// One parameter as written, before grouping (`a, b int` is three items: `a`, `b int`).
pub struct ParamItem {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub span: Span,
}

/// The header of an `if` or `switch`: `[init ;] stmt`. `init` is `Some` when a
/// semicolon was written (the init statement itself may be empty).
pub struct Header {
    pub init: Option<Option<Box<Stmt>>>,
    /// The semicolon after `init`, and whether it was a newline (for the message).
    pub semi: Option<(Pos, bool)>,
    pub stmt: Option<Box<Stmt>>,
}

/// The grammar passes large nodes boxed (lalrpop moves its symbols by value, and they
/// are as big as the biggest); lists unbox them once.
#[allow(clippy::vec_box)]
pub fn unbox<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|b| *b).collect()
}

pub type Recovery<'a> = lalrpop_util::ErrorRecovery<Pos, Tok<'a>, &'static str>;

pub struct Builder<'a> {
    ids: &'a IdGen,
    /// The whole token stream, for describing the context of a syntax error.
    pub toks: &'a [Spanned<'a>],
    /// The position of the end of the input.
    pub eof: Pos,
    /// Parsing REPL input (statements at the top level).
    pub repl: bool,
    pub diags: RefCell<Vec<Diagnostic>>,
    /// Parse errors at the end of the input (the REPL reads more lines on these)...
    pub eof_errors: Cell<usize>,
    /// ...and all other parse errors.
    pub other_errors: Cell<usize>,
    /// Errors found by actions (not by the parser's tables).
    action_errors: Cell<usize>,
    /// Token index of the last reported parse error and of the last token its recovery
    /// skipped: errors right after it are consequences, not news.
    pub last_error: Cell<Option<(usize, usize)>>,
    /// How deep each node built so far is (see `depth.rs`).
    depths: RefCell<Depths>,
    too_deep_reported: Cell<bool>,
}

impl<'a> Builder<'a> {
    pub fn new(ids: &'a IdGen, toks: &'a [Spanned<'a>], eof: Pos) -> Builder<'a> {
        Builder {
            ids,
            toks,
            eof,
            repl: false,
            diags: RefCell::new(Vec::new()),
            eof_errors: Cell::new(0),
            other_errors: Cell::new(0),
            action_errors: Cell::new(0),
            last_error: Cell::new(None),
            depths: RefCell::new(Depths::new(ids.count())),
            too_deep_reported: Cell::new(false),
        }
    }

    pub fn error(&self, span: Span, msg: impl Into<String>) {
        self.diags.borrow_mut().push(Diagnostic::error(span, msg));
    }

    pub fn has_semantic_errors(&self) -> bool {
        self.action_errors.get() > 0
    }

    fn syntax_error(&self, pos: Pos, msg: impl std::fmt::Display) {
        self.action_errors.set(self.action_errors.get() + 1);
        self.error(Span::new(pos, pos + 1), format!("syntax error: {msg}"));
    }

    // ------------------------------------------------------------ leaves

    pub fn ident(&self, name: &str, l: Pos, r: Pos) -> Ident {
        Ident {
            id: self.ids.next(),
            name: name.to_string(),
            span: Span::new(l, r),
        }
    }

    pub fn lit(&self, kind: LitKind, raw: &str, l: Pos, r: Pos) -> BasicLit {
        BasicLit {
            kind,
            raw: raw.to_string(),
            span: Span::new(l, r),
        }
    }

    pub fn expr(&self, kind: ExprKind, l: Pos, r: Pos) -> Expr {
        let mut depth = 1 + self.depths.borrow().expr_children(&kind);
        let kind = if depth > MAX_NESTING {
            self.too_deep(l);
            depth = 1;
            ExprKind::Bad
        } else {
            kind
        };
        let id = self.ids.next();
        self.depths.borrow_mut().set_expr(id, depth);
        Expr {
            id,
            kind,
            span: Span::new(l, r),
        }
    }

    /// Reports (once) a tree nested deeper than `MAX_NESTING`; the caller builds a `Bad`
    /// node in its place, so no tree is deeper than that.
    fn too_deep(&self, pos: Pos) {
        if !self.too_deep_reported.replace(true) {
            self.action_errors.set(self.action_errors.get() + 1);
            self.error(
                Span::new(pos, pos + 1),
                format!("syntax error: nesting too deep (minigo allows {MAX_NESTING} levels)"),
            );
        }
    }

    pub fn bad_expr(&self, l: Pos, r: Pos) -> Expr {
        self.expr(ExprKind::Bad, l, r)
    }

    pub fn ident_expr(&self, i: Ident) -> Expr {
        let span = i.span;
        self.expr(ExprKind::Ident(i), span.lo, span.hi)
    }

    pub fn basic(&self, lit: BasicLit) -> Expr {
        let span = lit.span;
        self.expr(ExprKind::BasicLit(lit), span.lo, span.hi)
    }

    // ------------------------------------------------------------ files and declarations

    pub fn file(
        &self,
        package: Ident,
        imports: Vec<Vec<ImportSpec>>,
        decls: Vec<Decl>,
        l: Pos,
        r: Pos,
    ) -> File {
        File {
            package,
            imports: imports.into_iter().flatten().collect(),
            decls: decls.into_iter().filter(|d| !is_bad_decl(d)).collect(),
            span: Span::new(l, r),
        }
    }

    pub fn top_error(&self, e: Recovery<'a>, l: Pos, r: Pos) -> Decl {
        errors::report(
            self,
            &e.error,
            errors::Where::TopLevel,
            e.dropped_tokens.len(),
        );
        Decl::Gen(GenDecl {
            kind: GenKind::Import(vec![]),
            grouped: false,
            span: Span::new(l, r),
        })
    }

    pub fn gen(&self, kind: GenKind, grouped: bool, l: Pos, r: Pos) -> GenDecl {
        GenDecl {
            kind,
            grouped,
            span: Span::new(l, r),
        }
    }

    pub fn iota(&self, mut specs: Vec<ValueSpec>) -> Vec<ValueSpec> {
        for (i, s) in specs.iter_mut().enumerate() {
            s.iota = i as u32;
        }
        specs
    }

    pub fn value_spec(
        &self,
        names: Vec<Ident>,
        ty: Option<Expr>,
        values: Vec<Expr>,
        l: Pos,
        r: Pos,
    ) -> ValueSpec {
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            span: Span::new(l, r),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn func_decl(
        &self,
        recv: Option<Vec<Field>>,
        name: Ident,
        tparams: Option<Vec<Field>>,
        sig: FuncType,
        body: Option<Block>,
        l: Pos,
        r: Pos,
    ) -> FuncDecl {
        let mut n_recv = 0;
        let recv = recv.map(|mut fields| {
            n_recv = fields.iter().map(|f| f.names.len().max(1) as u32).sum();
            if fields.is_empty() {
                let span = Span::new(l, name.span.lo);
                let ty = self.bad_expr(span.lo, span.hi);
                Field {
                    names: vec![],
                    ty,
                    tag: None,
                    span,
                }
            } else {
                fields.swap_remove(0)
            }
        });
        FuncDecl {
            recv,
            n_recv,
            name,
            tparams,
            sig,
            body,
            span: Span::new(l, r),
        }
    }

    // ------------------------------------------------------------ types

    pub fn paren(&self, x: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(ExprKind::Paren(Box::new(x)), l, r)
    }

    pub fn star(&self, x: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(ExprKind::Star(Box::new(x)), l, r)
    }

    pub fn qualified(&self, x: Ident, sel: Ident, l: Pos, r: Pos) -> Expr {
        let x = self.ident_expr(x);
        self.selector(x, sel, l, r)
    }

    pub fn array(&self, len: Option<Expr>, elem: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::ArrayType {
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
            l,
            r,
        )
    }

    pub fn array_ddd(&self, elem: Expr, el: Pos, er: Pos, l: Pos, r: Pos) -> Expr {
        let len = self.ellipsis(None, el, er);
        self.array(Some(len), elem, l, r)
    }

    pub fn map(&self, key: Expr, value: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::MapType {
                key: Box::new(key),
                value: Box::new(value),
            },
            l,
            r,
        )
    }

    pub fn chan(&self, dir: ChanDir, elem: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::ChanType {
                dir,
                elem: Box::new(elem),
            },
            l,
            r,
        )
    }

    pub fn ellipsis(&self, elem: Option<Expr>, l: Pos, r: Pos) -> Expr {
        self.expr(ExprKind::Ellipsis(elem.map(Box::new)), l, r)
    }

    pub fn sig(&self, params: Vec<Field>, results: Vec<Field>, l: Pos, r: Pos) -> FuncType {
        FuncType {
            params,
            results,
            span: Span::new(l, r),
        }
    }

    pub fn func_type(&self, params: Vec<Field>, results: Vec<Field>, l: Pos, r: Pos) -> Expr {
        let sig = self.sig(params, results, l, r);
        self.expr(ExprKind::FuncType(sig), l, r)
    }

    pub fn anon_field(&self, ty: Expr) -> Field {
        Field {
            names: vec![],
            span: ty.span,
            ty,
            tag: None,
        }
    }

    /// Groups parameters as go/parser does: `a, b int, c string` has three items, of
    /// which the first is only a name. Either every parameter is named or none is.
    #[allow(clippy::vec_box)] // boxed by the grammar on purpose (see `unbox`)
    pub fn params(&self, items: Vec<Box<ParamItem>>, _l: Pos, r: Pos) -> Vec<Field> {
        if items.iter().all(|p| p.name.is_none()) {
            return items
                .into_iter()
                .map(|p| Field {
                    names: vec![],
                    ty: p.ty,
                    tag: None,
                    span: p.span,
                })
                .collect();
        }
        let mut fields = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_lo = None;
        let mut unnamed = None;
        for p in unbox(items) {
            match p.name {
                None => match p.ty.kind {
                    ExprKind::Ident(i) => {
                        pending_lo.get_or_insert(p.span.lo);
                        pending.push(i);
                    }
                    _ => {
                        unnamed.get_or_insert(p.span);
                    }
                },
                Some(name) => {
                    let lo = pending_lo.take().unwrap_or(p.span.lo);
                    pending.push(name);
                    fields.push(Field {
                        names: std::mem::take(&mut pending),
                        ty: p.ty,
                        tag: None,
                        span: Span::new(lo, p.span.hi),
                    });
                }
            }
        }
        // gc: a type without a name among named parameters, or names left without a
        // type at the end (reported at the closing parenthesis).
        if let Some(span) = unnamed {
            self.syntax_error(span.lo, "missing parameter name");
        } else if !pending.is_empty() {
            self.syntax_error(r.saturating_sub(1), "missing parameter type");
        }
        fields
    }

    // ------------------------------------------------------------ expressions

    pub fn binary(&self, op: BinOp, x: Expr, y: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::Binary {
                op,
                x: Box::new(x),
                y: Box::new(y),
            },
            l,
            r,
        )
    }

    pub fn unary(&self, op: UnOp, x: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(ExprKind::Unary { op, x: Box::new(x) }, l, r)
    }

    /// `<-x`; `<-chan T` when `x` is a bidirectional channel type (as go/parser does).
    pub fn recv(&self, x: Expr, l: Pos, r: Pos) -> Expr {
        if let ExprKind::ChanType {
            dir: ChanDir::Both, ..
        } = x.kind
        {
            if let ExprKind::ChanType { elem, .. } = x.kind {
                return self.chan(ChanDir::Recv, *elem, l, r);
            }
        }
        self.unary(UnOp::Recv, x, l, r)
    }

    pub fn selector(&self, x: Expr, sel: Ident, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::Selector {
                x: Box::new(x),
                sel,
            },
            l,
            r,
        )
    }

    pub fn assert(&self, x: Expr, ty: Option<Expr>, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::TypeAssert {
                x: Box::new(x),
                ty: ty.map(Box::new),
            },
            l,
            r,
        )
    }

    pub fn index(&self, x: Expr, index: Expr, l: Pos, r: Pos) -> Expr {
        self.expr(
            ExprKind::Index {
                x: Box::new(x),
                index: Box::new(index),
            },
            l,
            r,
        )
    }

    pub fn index_list(&self, x: Expr, indices: Vec<Expr>, l: Pos, r: Pos) -> Expr {
        let mut indices = indices;
        if indices.len() == 1 {
            if let Some(i) = indices.pop() {
                return self.index(x, i, l, r);
            }
        }
        self.expr(
            ExprKind::IndexList {
                x: Box::new(x),
                indices,
            },
            l,
            r,
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn slice(
        &self,
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        l: Pos,
        r: Pos,
    ) -> Expr {
        let three = max.is_some();
        self.expr(
            ExprKind::Slice {
                x: Box::new(x),
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                max: max.map(Box::new),
                three,
            },
            l,
            r,
        )
    }

    pub fn call(&self, func: Expr, args: (Vec<Expr>, Option<Span>, Span), l: Pos, r: Pos) -> Expr {
        let (args, ellipsis, rparen) = args;
        self.expr(
            ExprKind::Call {
                func: Box::new(func),
                args,
                ellipsis,
                rparen,
            },
            l,
            r,
        )
    }

    /// `T{...}`; only type names (possibly qualified or instantiated), array, slice,
    /// map and struct types can be a literal's type.
    pub fn composite(
        &self,
        ty: Option<Expr>,
        value: (Vec<Element>, Span, Span),
        l: Pos,
        r: Pos,
    ) -> Expr {
        let (elts, lbrace, rbrace) = value;
        if let Some(t) = &ty {
            if !is_literal_type(t) {
                let msg = errors::brace_after_value(self.toks, lbrace.lo);
                self.syntax_error(lbrace.lo, msg);
            }
        }
        self.expr(
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elts,
                lbrace,
                rbrace,
            },
            l,
            r,
        )
    }

    // ------------------------------------------------------------ statements

    pub fn stmt(&self, kind: StmtKind, l: Pos, r: Pos) -> Box<Stmt> {
        let depth = 1 + self.depths.borrow().stmt_children(&kind);
        let kind = if depth > MAX_NESTING {
            self.too_deep(l);
            StmtKind::Bad
        } else {
            self.depths.borrow_mut().set_stmt(l, depth);
            kind
        };
        Box::new(Stmt {
            kind,
            span: Span::new(l, r),
        })
    }

    pub fn stmt_error(&self, e: Recovery<'a>, l: Pos, r: Pos) -> Box<Stmt> {
        errors::report(
            self,
            &e.error,
            errors::Where::Statement,
            e.dropped_tokens.len(),
        );
        self.stmt(StmtKind::Bad, l, r)
    }

    pub fn block(&self, stmts: Vec<Stmt>, ll: Pos, lr: Pos, rl: Pos, rr: Pos) -> Block {
        let depth = 1 + self.depths.borrow().stmts(&stmts);
        let stmts = if depth > MAX_NESTING {
            self.too_deep(ll);
            Vec::new()
        } else {
            self.depths.borrow_mut().set_block(ll, depth);
            stmts
        };
        Block {
            stmts,
            lbrace: Span::new(ll, lr),
            rbrace: Span::new(rl, rr),
        }
    }

    pub fn labeled(&self, label: Ident, s: Option<Box<Stmt>>, l: Pos, r: Pos) -> Box<Stmt> {
        let s = s.unwrap_or_else(|| self.stmt(StmtKind::Empty, r, r));
        self.stmt(StmtKind::Labeled { label, stmt: s }, l, r)
    }

    pub fn branch(&self, kind: BranchKind, label: Option<Ident>, l: Pos, r: Pos) -> Box<Stmt> {
        self.stmt(StmtKind::Branch { kind, label }, l, r)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn assign(
        &self,
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        ol: Pos,
        or: Pos,
        l: Pos,
        r: Pos,
    ) -> Box<Stmt> {
        self.stmt(
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span: Span::new(ol, or),
            },
            l,
            r,
        )
    }

    /// Turns a header statement into a condition, as gc's `header` does.
    fn cond_of(&self, s: Option<Box<Stmt>>, keyword: &str, l: Pos) -> Option<Expr> {
        let s = s?;
        match s.kind {
            StmtKind::Expr(x) => Some(x),
            _ => {
                let (pos, text) = errors::stmt_as_value(&s);
                self.syntax_error(pos, format_args!("cannot use {text} as value"));
                let _ = (keyword, l);
                Some(self.bad_expr(s.span.lo, s.span.hi))
            }
        }
    }

    /// `if {`: gc's `missing condition in if statement`, at the brace.
    pub fn if_missing_cond(&self, brace: Pos, then: Block, l: Pos, r: Pos) -> Box<Stmt> {
        self.syntax_error(brace, "missing condition in if statement");
        let h = Header {
            init: None,
            semi: None,
            stmt: Some(self.stmt(StmtKind::Expr(self.bad_expr(brace, brace)), brace, brace)),
        };
        self.if_stmt(h, then, None, l, r)
    }

    /// `go x` / `defer x`: gc wants a call, not parenthesized.
    pub fn go_defer(&self, go: bool, x: Expr, l: Pos, r: Pos) -> Box<Stmt> {
        let what = if go { "go" } else { "defer" };
        match &x.kind {
            ExprKind::Call { .. } => {}
            ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Call { .. }) => {
                self.error(
                    Span::new(x.span.lo, x.span.lo + 1),
                    format!("expression in {what} must not be parenthesized"),
                );
            }
            _ => self.error(
                Span::new(x.span.lo, x.span.lo + 1),
                format!("expression in {what} must be function call"),
            ),
        }
        self.stmt(
            if go {
                StmtKind::Go(x)
            } else {
                StmtKind::Defer(x)
            },
            l,
            r,
        )
    }

    /// A select case: a send, a receive, or an assignment of a receive.
    pub fn comm(&self, s: Box<Stmt>) -> Box<Stmt> {
        fn is_recv(e: &Expr) -> bool {
            match &e.kind {
                ExprKind::Unary { op: UnOp::Recv, .. } => true,
                ExprKind::Paren(x) => is_recv(x),
                _ => false,
            }
        }
        let ok = match &s.kind {
            StmtKind::Send { .. } => true,
            StmtKind::Expr(e) => is_recv(e),
            StmtKind::Assign {
                op: AssignOp::Assign | AssignOp::Define,
                lhs,
                rhs,
                ..
            } => rhs.len() == 1 && lhs.len() <= 2 && is_recv(&rhs[0]),
            _ => false,
        };
        if !ok {
            self.error(
                Span::new(s.span.lo, s.span.lo + 1),
                "select case must be send or receive (possibly with assignment)",
            );
        }
        s
    }

    /// `x[lo:hi:max]`: gc requires the middle and final indices.
    #[allow(clippy::too_many_arguments)]
    pub fn slice3(
        &self,
        x: Expr,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        colon2: Pos,
        rbrack: Pos,
        l: Pos,
        r: Pos,
    ) -> Expr {
        if hi.is_none() {
            self.error(
                Span::new(colon2, colon2 + 1),
                "middle index required in 3-index slice",
            );
        }
        if max.is_none() {
            self.error(
                Span::new(rbrack, rbrack + 1),
                "final index required in 3-index slice",
            );
        }
        let hi = hi.unwrap_or_else(|| self.bad_expr(colon2, colon2));
        let max = max.unwrap_or_else(|| self.bad_expr(rbrack, rbrack));
        self.slice(x, lo, Some(hi), Some(max), l, r)
    }

    pub fn if_stmt(
        &self,
        h: Header,
        then: Block,
        els: Option<Box<Stmt>>,
        l: Pos,
        r: Pos,
    ) -> Box<Stmt> {
        let init = h.init.flatten();
        let cond = match self.cond_of(h.stmt, "if", l) {
            Some(c) => c,
            None => {
                match h.semi {
                    Some((pos, true)) => {
                        self.syntax_error(pos, "unexpected newline, expected { after if clause")
                    }
                    Some((pos, _)) => self.syntax_error(pos, "missing condition in if statement"),
                    None => self.syntax_error(l, "missing condition in if statement"),
                }
                self.bad_expr(l, l)
            }
        };
        self.stmt(
            StmtKind::If {
                init,
                cond,
                then,
                els,
            },
            l,
            r,
        )
    }

    pub fn switch_stmt(
        &self,
        h: Header,
        body: Vec<CaseClause>,
        rbrace: Span,
        l: Pos,
        r: Pos,
    ) -> Box<Stmt> {
        let init = h.init.flatten();
        if let Some(s) = h.stmt {
            if let Some((bind, x)) = type_switch_guard(&s) {
                return self.stmt(
                    StmtKind::TypeSwitch {
                        init,
                        bind,
                        x,
                        body,
                        rbrace,
                    },
                    l,
                    r,
                );
            }
            let tag = self.cond_of(Some(s), "switch", l);
            return self.stmt(
                StmtKind::Switch {
                    init,
                    tag,
                    body,
                    rbrace,
                },
                l,
                r,
            );
        }
        self.stmt(
            StmtKind::Switch {
                init,
                tag: None,
                body,
                rbrace,
            },
            l,
            r,
        )
    }

    pub fn for_stmt(
        &self,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
        l: Pos,
        r: Pos,
    ) -> Box<Stmt> {
        if let Some(Stmt {
            kind:
                StmtKind::Assign {
                    op: AssignOp::Define,
                    op_span,
                    ..
                },
            ..
        }) = post.as_deref()
        {
            self.syntax_error(op_span.lo, "cannot declare in post statement of for loop");
        }
        self.stmt(
            StmtKind::For {
                init,
                cond,
                post,
                body,
            },
            l,
            r,
        )
    }

    pub fn range(
        &self,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        l: Pos,
        r: Pos,
    ) -> Box<Stmt> {
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        if let Some(extra) = it.next() {
            self.error(
                extra.span,
                "range clause permits at most two iteration variables",
            );
        }
        self.stmt(
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
            l,
            r,
        )
    }
}

fn is_bad_decl(d: &Decl) -> bool {
    matches!(d, Decl::Gen(GenDecl { kind: GenKind::Import(v), .. }) if v.is_empty())
}

fn is_literal_type(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Ident(_)
        | ExprKind::ArrayType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::StructType { .. } => true,
        ExprKind::Selector { x, .. } => matches!(x.kind, ExprKind::Ident(_)),
        ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } => is_literal_type(x),
        ExprKind::Paren(x) => is_literal_type(x),
        _ => false,
    }
}

/// `x.(type)` or `v := x.(type)`: the binding and the operand.
fn type_switch_guard(s: &Stmt) -> Option<(Option<Ident>, Expr)> {
    fn guard(e: &Expr) -> Option<Expr> {
        match &e.kind {
            ExprKind::TypeAssert { x, ty: None } => Some((**x).clone()),
            _ => None,
        }
    }
    match &s.kind {
        StmtKind::Expr(e) => guard(e).map(|x| (None, x)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
            ..
        } if lhs.len() == 1 && rhs.len() == 1 => {
            let x = guard(&rhs[0])?;
            match &lhs[0].kind {
                ExprKind::Ident(i) => Some((Some(i.clone()), x)),
                _ => None,
            }
        }
        _ => None,
    }
}
