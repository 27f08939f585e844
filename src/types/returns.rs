//! Terminating statements (spec: "Terminating statements"; go/types' `return.go`), for
//! `missing return`.

use crate::syntax::ast::{self, BranchKind, ExprKind, StmtKind};

pub fn is_terminating_list(stmts: &[ast::Stmt], label: Option<&str>) -> bool {
    // Trailing empty statements are permitted.
    let mut i = stmts.len();
    while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
        i -= 1;
    }
    i > 0 && is_terminating(&stmts[i - 1], label)
}

pub fn is_terminating(s: &ast::Stmt, label: Option<&str>) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch { kind, .. } => matches!(kind, BranchKind::Goto | BranchKind::Fallthrough),
        StmtKind::Expr(e) => is_panic_call(e),
        StmtKind::Labeled { label: l, stmt } => is_terminating(stmt, Some(&l.name)),
        StmtKind::Block(b) => is_terminating_list(&b.stmts, None),
        StmtKind::If { then, els, .. } => match els {
            Some(e) => is_terminating_list(&then.stmts, None) && is_terminating(e, None),
            None => false,
        },
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            let mut has_default = false;
            for cc in body {
                if cc.exprs.is_none() {
                    has_default = true;
                }
                if !is_terminating_list(&cc.body, None) && !ends_in_fallthrough(&cc.body) {
                    return false;
                }
                if has_break_list(&cc.body, label, true) {
                    return false;
                }
            }
            has_default
        }
        StmtKind::Select { body, .. } => body.iter().all(|cc| {
            is_terminating_list(&cc.body, None) && !has_break_list(&cc.body, label, true)
        }),
        StmtKind::For { cond, body, .. } => {
            cond.is_none() && !has_break_list(&body.stmts, label, true)
        }
        _ => false,
    }
}

fn ends_in_fallthrough(stmts: &[ast::Stmt]) -> bool {
    matches!(
        stmts.last().map(|s| &s.kind),
        Some(StmtKind::Branch {
            kind: BranchKind::Fallthrough,
            ..
        })
    )
}

fn is_panic_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) => is_panic_call(x),
        ExprKind::Call { func, .. } => {
            matches!(&func.kind, ExprKind::Ident(id) if id.name == "panic")
        }
        _ => false,
    }
}

fn has_break_list(stmts: &[ast::Stmt], label: Option<&str>, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break(s, label, implicit))
}

/// Whether `s` contains a break out of the enclosing statement (unlabeled when
/// `implicit`, or labeled `label`).
fn has_break(s: &ast::Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            label.is_some() && body.iter().any(|cc| has_break_list(&cc.body, label, false))
        }
        StmtKind::Select { body, .. } => {
            label.is_some() && body.iter().any(|cc| has_break_list(&cc.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}
