//! Labels (go/types' `labels.go`): declared once per function, used by some `goto`,
//! `break` or `continue`; `break L`/`continue L` must name an enclosing statement.

use super::check::Checker;
use crate::source::Span;
use crate::syntax::ast::{self, BranchKind, StmtKind};
use std::collections::HashMap;

struct Label {
    span: Span,
    used: bool,
}

impl Checker<'_, '_, '_> {
    pub fn labels(&mut self, body: &ast::Block) {
        let mut all: HashMap<String, Label> = HashMap::new();
        let mut order = Vec::new();
        let mut dups = Vec::new();
        collect(&body.stmts, &mut all, &mut order, &mut dups);
        let mut errs: Vec<(Span, String)> = Vec::new();
        for (span, name, prev) in dups {
            errs.push((
                span,
                format!("label {name} already defined at {}", self.pos_string(prev)),
            ));
        }
        let mut enclosing: Vec<(&str, bool)> = Vec::new();
        walk(&body.stmts, &mut all, &mut enclosing, &mut errs);
        for name in order {
            if let Some(l) = all.get(&name) {
                if !l.used {
                    errs.push((l.span, format!("label {name} defined and not used")));
                }
            }
        }
        for (span, msg) in errs {
            self.error(span, msg);
        }
    }
}

fn collect(
    stmts: &[ast::Stmt],
    all: &mut HashMap<String, Label>,
    order: &mut Vec<String>,
    dup: &mut Vec<(Span, String, Span)>,
) {
    for s in stmts {
        collect_stmt(s, all, order, dup);
    }
}

fn collect_stmt(
    s: &ast::Stmt,
    all: &mut HashMap<String, Label>,
    order: &mut Vec<String>,
    dup: &mut Vec<(Span, String, Span)>,
) {
    match &s.kind {
        StmtKind::Labeled { label, stmt } => {
            if !label.is_blank() {
                if let Some(prev) = all.get(&label.name) {
                    dup.push((label.span, label.name.clone(), prev.span));
                } else {
                    all.insert(
                        label.name.clone(),
                        Label {
                            span: label.span,
                            used: false,
                        },
                    );
                    order.push(label.name.clone());
                }
            }
            collect_stmt(stmt, all, order, dup);
        }
        StmtKind::Block(b) => collect(&b.stmts, all, order, dup),
        StmtKind::If { then, els, .. } => {
            collect(&then.stmts, all, order, dup);
            if let Some(e) = els {
                collect_stmt(e, all, order, dup);
            }
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            for cc in body {
                collect(&cc.body, all, order, dup);
            }
        }
        StmtKind::Select { body, .. } => {
            for cc in body {
                collect(&cc.body, all, order, dup);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            collect(&body.stmts, all, order, dup)
        }
        _ => {}
    }
}

/// `enclosing`: labels of enclosing labeled statements, with whether each is a loop.
fn walk<'a>(
    stmts: &'a [ast::Stmt],
    all: &mut HashMap<String, Label>,
    enclosing: &mut Vec<(&'a str, bool)>,
    errs: &mut Vec<(Span, String)>,
) {
    for s in stmts {
        walk_stmt(s, None, all, enclosing, errs);
    }
}

fn walk_stmt<'a>(
    s: &'a ast::Stmt,
    label: Option<&'a str>,
    all: &mut HashMap<String, Label>,
    enclosing: &mut Vec<(&'a str, bool)>,
    errs: &mut Vec<(Span, String)>,
) {
    let pushed = |enclosing: &mut Vec<(&'a str, bool)>, is_loop: bool| {
        if let Some(l) = label {
            enclosing.push((l, is_loop));
            true
        } else {
            false
        }
    };
    match &s.kind {
        StmtKind::Labeled { label: l, stmt } => {
            walk_stmt(stmt, Some(&l.name), all, enclosing, errs)
        }
        StmtKind::Branch {
            kind,
            label: Some(l),
        } => {
            let name = l.name.as_str();
            match kind {
                BranchKind::Goto => match all.get_mut(name) {
                    Some(lb) => lb.used = true,
                    None => errs.push((l.span, format!("label {name} not defined"))),
                },
                BranchKind::Break | BranchKind::Continue => {
                    let kw = if *kind == BranchKind::Break {
                        "break"
                    } else {
                        "continue"
                    };
                    let found = enclosing.iter().rev().find(|(n, _)| *n == name);
                    match found {
                        Some((_, is_loop)) => {
                            if *kind == BranchKind::Continue && !is_loop {
                                errs.push((l.span, format!("invalid continue label {name}")));
                            }
                            if let Some(lb) = all.get_mut(name) {
                                lb.used = true;
                            }
                        }
                        None => {
                            if let Some(lb) = all.get_mut(name) {
                                lb.used = true;
                                errs.push((l.span, format!("invalid {kw} label {name}")));
                            } else {
                                errs.push((l.span, format!("{kw} label not defined: {name}")));
                            }
                        }
                    }
                }
                BranchKind::Fallthrough => {}
            }
        }
        StmtKind::Block(b) => walk(&b.stmts, all, enclosing, errs),
        StmtKind::If { then, els, .. } => {
            walk(&then.stmts, all, enclosing, errs);
            if let Some(e) = els {
                walk_stmt(e, None, all, enclosing, errs);
            }
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            let p = pushed(enclosing, false);
            for cc in body {
                walk(&cc.body, all, enclosing, errs);
            }
            if p {
                enclosing.pop();
            }
        }
        StmtKind::Select { body, .. } => {
            let p = pushed(enclosing, false);
            for cc in body {
                walk(&cc.body, all, enclosing, errs);
            }
            if p {
                enclosing.pop();
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            let p = pushed(enclosing, true);
            walk(&body.stmts, all, enclosing, errs);
            if p {
                enclosing.pop();
            }
        }
        _ => {}
    }
}

/// One step of a statement's position: the block it is in (by the block's start) and
/// its index in that block's statement list.
type Path = Vec<(Span, usize)>;

#[derive(Default)]
struct Jumps<'a> {
    labels: HashMap<&'a str, (Path, Span)>,
    gotos: Vec<(&'a ast::Ident, Path)>,
    /// Variable declarations by block start: (index in block, name, position).
    decls: HashMap<Span, Vec<(usize, String, Span)>>,
}

impl Checker<'_, '_, '_> {
    /// `goto L jumps into block starting at …` and `goto L jumps over declaration of v
    /// at …` (spec: "Goto statements").
    pub fn goto_checks(&mut self, body: &ast::Block) {
        let mut j = Jumps::default();
        let mut path = Vec::new();
        jump_block(&body.stmts, body.lbrace, &mut path, &mut j);
        let mut errs = Vec::new();
        for (id, gpath) in &j.gotos {
            let Some((lpath, _)) = j.labels.get(id.name.as_str()) else {
                continue;
            };
            let common = lpath
                .iter()
                .zip(gpath.iter())
                .take_while(|(a, b)| a.0 == b.0)
                .count();
            if common < lpath.len() {
                let start = lpath[common].0;
                errs.push((
                    id.span,
                    format!(
                        "goto {} jumps into block starting at {}",
                        id.name,
                        self.pos_string(start)
                    ),
                ));
                continue;
            }
            // The label's block encloses the goto: a forward jump must not skip a
            // variable declaration of that block.
            let (lblock, lidx) = lpath[lpath.len() - 1];
            let gidx = gpath[lpath.len() - 1].1;
            if gidx < lidx {
                if let Some(ds) = j.decls.get(&lblock) {
                    if let Some((_, name, pos)) = ds.iter().find(|(i, _, _)| *i > gidx && *i < lidx)
                    {
                        errs.push((
                            id.span,
                            format!(
                                "goto {} jumps over declaration of {name} at {}",
                                id.name,
                                self.pos_string(*pos)
                            ),
                        ));
                    }
                }
            }
        }
        for (span, msg) in errs {
            self.error(span, msg);
        }
    }
}

fn jump_block<'a>(stmts: &'a [ast::Stmt], start: Span, path: &mut Path, j: &mut Jumps<'a>) {
    for (i, s) in stmts.iter().enumerate() {
        path.push((start, i));
        jump_stmt(s, path, j, start, i);
        path.pop();
    }
}

fn jump_stmt<'a>(s: &'a ast::Stmt, path: &mut Path, j: &mut Jumps<'a>, block: Span, idx: usize) {
    match &s.kind {
        StmtKind::Labeled { label, stmt } => {
            j.labels.insert(&label.name, (path.clone(), label.span));
            jump_stmt(stmt, path, j, block, idx);
        }
        StmtKind::Branch {
            kind: BranchKind::Goto,
            label: Some(l),
        } => j.gotos.push((l, path.clone())),
        StmtKind::Decl(g) => {
            if let ast::GenKind::Var(specs) = &g.kind {
                for spec in specs {
                    for n in &spec.names {
                        if !n.is_blank() {
                            j.decls
                                .entry(block)
                                .or_default()
                                .push((idx, n.name.clone(), n.span));
                        }
                    }
                }
            }
        }
        StmtKind::Assign {
            lhs,
            op: ast::AssignOp::Define,
            op_span,
            ..
        } => {
            if let Some(ast::Expr {
                kind: ast::ExprKind::Ident(n),
                ..
            }) = lhs.first()
            {
                j.decls
                    .entry(block)
                    .or_default()
                    .push((idx, n.name.clone(), *op_span));
            }
        }
        StmtKind::Block(b) => jump_block(&b.stmts, b.lbrace, path, j),
        StmtKind::If { then, els, .. } => {
            jump_block(&then.stmts, then.lbrace, path, j);
            if let Some(e) = els {
                jump_stmt(e, path, j, block, idx);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            jump_block(&body.stmts, body.lbrace, path, j)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            for cc in body {
                jump_block(&cc.body, cc.span, path, j);
            }
        }
        StmtKind::Select { body, .. } => {
            for cc in body {
                jump_block(&cc.body, cc.span, path, j);
            }
        }
        _ => {}
    }
}
