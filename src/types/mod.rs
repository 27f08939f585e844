//! The type checker, shaped like go/types: a program's files in, facts about every node
//! (`Info`) and diagnostics out.
//!
//! One file per language concept, named after go/types: `universe`, `scope`, `object`,
//! `typ` (+ `typestring`), `decl` (package-level collection and resolution),
//! `initorder`, `typexpr`, `expr`, `binary`, `call` (+ conversions), `builtin`,
//! `selector`, `lookup`, `literal`, `assign`, `stmt`, `labels`, `returns`, `importer`,
//! `info`, `errors`; generics: `instantiate`, `infer`, `typeset`, `renumber`;
//! `constant` is go/constant.
//!
//! # Invariants
//! Checking never fails and never panics: it returns `Info` for what it could check plus
//! diagnostics in gc's wording. `compile` trusts a program the checker accepted.
//! An operand whose check reported an error becomes `Mode::Invalid`, and nothing
//! downstream reports about it again (gc's rule against follow-on errors).

// Style lints that fight go/types' shape (kept close to the Go original).
#![allow(
    clippy::collapsible_if,
    clippy::collapsible_match,
    clippy::if_same_then_else,
    clippy::nonminimal_bool,
    clippy::useless_format,
    clippy::needless_range_loop,
    clippy::single_char_add_str,
    clippy::while_let_loop,
    clippy::map_entry
)]

mod assign;
mod binary;
mod builtin;
mod call;
mod check;
pub mod constant;
mod cv;
mod decl;
mod errors;
mod expr;
mod fxhash;
mod importer;
mod infer;
pub mod info;
mod initorder;
mod instantiate;
mod labels;
mod lazy;
mod literal;
mod localdecl;
pub mod lookup;
pub mod object;
pub mod prune;
mod range;
mod renumber;
mod returns;
pub mod scope;
mod selector;
pub mod sizes;
mod stmt;
mod switch;
#[cfg(test)]
mod tests;
pub mod typ;
mod typeset;
pub mod typestring;
mod typexpr;
mod universe;
mod unsafe_pkg;

pub use errors::expr_string;
pub use info::{FuncInfo, Info, Initializer, Mode, Selection, SelectionKind, TypeAndValue};
pub use object::{Builtin, ObjId, ObjKind, Object, Package, PkgId, VarKind};
pub use typ::{BasicKind, Signature, Type, TypeId, TypeTable};

use crate::diag::Diagnostic;
use crate::source::SourceMap;
use crate::syntax::{ast, IdGen};

/// Checks the files of package `main` (and, through imports, the embedded standard
/// library, whose sources it adds to `sm`). Standard-library function bodies are
/// checked only if the program reaches them (`lazy.rs`); `Info::unchecked_bodies`
/// lists the others.
pub fn check_program(
    sm: &mut SourceMap,
    ids: &IdGen,
    files: &[ast::File],
) -> (Info, Vec<Diagnostic>) {
    check_program_mode(sm, ids, files, true)
}

/// `check_program`, checking every standard-library body too when `lazy` is false.
pub fn check_program_mode(
    sm: &mut SourceMap,
    ids: &IdGen,
    files: &[ast::File],
    lazy: bool,
) -> (Info, Vec<Diagnostic>) {
    check_program_plan(sm, ids, files, lazy, None)
}

/// `check_program` with the standard library pruned to `plan`'s declarations
/// (`prune.rs`; `None`: all of them).
pub fn check_program_plan(
    sm: &mut SourceMap,
    ids: &IdGen,
    files: &[ast::File],
    lazy: bool,
    plan: Option<prune::Plan>,
) -> (Info, Vec<Diagnostic>) {
    // Declarations resolve recursively (`var a = b` resolves `b` first), as do nested
    // expressions: run on a thread with a large stack so that long chains cannot
    // overflow the caller's. The stack is reserved, not committed, until used. A small,
    // shallow program is checked on the process's main thread instead, which saves
    // starting a thread (and a malloc arena) on every `minigo run` of one (issue #3).
    if plan.as_ref().is_some_and(|p| p.shallow) && on_a_big_main_thread() {
        let here = std::panic::AssertUnwindSafe(|| check_program_here(sm, ids, files, lazy, plan));
        return std::panic::catch_unwind(here).unwrap_or_else(|_| checker_failed());
    }
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("minigo-check".to_string())
            .stack_size(CHECK_STACK_BYTES)
            .spawn_scoped(scope, || check_program_here(sm, ids, files, lazy, plan))
            .map(|h| h.join())
    })
    .ok()
    .and_then(|r| r.ok())
    .unwrap_or_else(checker_failed)
}

/// What a run of the checker that panicked (a bug) gives.
fn checker_failed() -> (Info, Vec<Diagnostic>) {
    let diags = vec![Diagnostic::error(
        crate::source::Span::default(),
        "minigo: internal error: the type checker failed",
    )];
    (Info::empty(), diags)
}

/// Stack for the checking thread.
const CHECK_STACK_BYTES: usize = 1 << 30;

/// Whether this is the process's main thread with a stack of at least 8 MiB (the usual
/// `ulimit -s`), enough for a `Plan::shallow` program.
fn on_a_big_main_thread() -> bool {
    if std::thread::current().name() != Some("main") {
        return false;
    }
    #[cfg(unix)]
    {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: `getrlimit` writes only into the `rlimit` it is given.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut lim) } == 0;
        ok && (lim.rlim_cur == libc::RLIM_INFINITY || lim.rlim_cur >= 8 << 20)
    }
    #[cfg(not(unix))]
    {
        false
    }
}

fn check_program_here(
    sm: &mut SourceMap,
    ids: &IdGen,
    files: &[ast::File],
    lazy: bool,
    plan: Option<prune::Plan>,
) -> (Info, Vec<Diagnostic>) {
    let mut g = check::Global::new(sm, ids);
    g.lazy.enabled = lazy;
    g.lazy.plan = plan;
    let main = check::check_package(&mut g, "main", files);
    g.info.main = main;
    g.info.unchecked_bodies = g.lazy.pending.keys().copied().collect();
    lazy::splice_bodies(&mut g.lazy, &mut g.info.packages);
    // A generic body is checked once per instance: report each error once, and
    // none from instances on a line where the generic declaration's own check did.
    let line = |sm: &SourceMap, lo: u32| sm.position(lo).map(|p| (p.file, p.line));
    let generic_lines: std::collections::HashSet<_> = g
        .generic_diag_spans
        .iter()
        .filter_map(|s| line(g.sm, s.lo))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let diags = g
        .diags
        .into_iter()
        .filter(|d| seen.insert(format!("{:?}", (&d.span, &d.message))))
        .filter(|d| {
            !(g.inst_diags.contains(&(d.span.lo, d.message.clone()))
                && line(g.sm, d.span.lo).is_some_and(|l| generic_lines.contains(&l)))
        })
        .collect();
    (g.info, diags)
}
