//! Syntax: Go source text in, an AST and diagnostics out.
//!
//! `lexer` (logos) produces tokens and applies Go's semicolon rule; the lalrpop grammar
//! in `grammar/go.lalrpop` builds the `ast`. lalrpop stays behind the two functions
//! here, `parse_file` and `parse_repl`, so it could be replaced without touching callers.
//!
//! # Invariants
//! Parsing never fails: it returns what it could build plus diagnostics, and no input
//! makes it panic.

pub mod ast;

use crate::diag::Diagnostic;
use crate::source::SourceFile;
use std::sync::atomic::{AtomicU32, Ordering};

/// Hands out `NodeId`s, unique across every file parsed with the same generator.
#[derive(Debug, Default)]
pub struct IdGen(AtomicU32);

impl IdGen {
    pub fn new() -> IdGen {
        IdGen::default()
    }

    pub fn next(&self) -> ast::NodeId {
        ast::NodeId(self.0.fetch_add(1, Ordering::Relaxed))
    }

    /// One past the largest id handed out so far (for sizing side tables).
    pub fn count(&self) -> u32 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The result of parsing REPL input or a snippet file (no `package` clause).
#[derive(Debug)]
pub struct ReplParse {
    pub items: Vec<ast::ReplItem>,
    pub diags: Vec<Diagnostic>,
    /// The input ended inside an open construct: the REPL should read more lines.
    pub incomplete: bool,
}

/// Parses a whole Go source file. `None` when not even the package clause parsed.
pub fn parse_file(file: &SourceFile, ids: &IdGen) -> (Option<ast::File>, Vec<Diagnostic>) {
    let _ = ids;
    let span = crate::source::Span::new(file.base, file.base);
    (
        None,
        vec![Diagnostic::unsupported(span, "parsing (not yet built)")],
    )
}

/// Parses REPL input: imports, declarations and statements in any order.
pub fn parse_repl(file: &SourceFile, ids: &IdGen) -> ReplParse {
    let (_, diags) = parse_file(file, ids);
    ReplParse {
        items: Vec::new(),
        diags,
        incomplete: false,
    }
}
