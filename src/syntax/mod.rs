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
mod build;
mod errors;
pub mod lexer;
pub mod lit;
pub mod print;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar,
    "/go.rs"
);

use crate::source::Span;
use build::Builder;

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

/// Deeper nesting than this is refused (go/parser has a limit too): the AST's
/// destructor and the checker recurse on it.
pub const MAX_NESTING: u32 = 1000;

/// Parses a whole Go source file. `None` when not even the package clause parsed.
pub fn parse_file(file: &SourceFile, ids: &IdGen) -> (Option<ast::File>, Vec<Diagnostic>) {
    let (toks, mut diags) = lexer::tokenize(&file.text, file.base);
    let b = Builder::new(ids, &toks, file.end());
    let res = grammar::FileParser::new().parse(&b, toks.iter().map(|&t| Ok(t)));
    let res = match too_deep(&b, &toks) {
        Some(d) => {
            diags.push(d);
            // Dropping the tree would recurse as deep as it is: leak it instead.
            std::mem::forget(res);
            return (None, diags);
        }
        None => res,
    };
    let ast = match res {
        Ok(f) => Some(f),
        Err(e) => {
            errors::report(&b, &e, errors::Where::Final, 0);
            None
        }
    };
    let mut syn = b.diags.into_inner();
    one_per_line(file, &mut syn);
    diags.extend(syn);
    (ast, diags)
}

/// Parses REPL input: imports, declarations and statements in any order.
pub fn parse_repl(file: &SourceFile, ids: &IdGen) -> ReplParse {
    let (toks, lex_diags) = lexer::tokenize(&file.text, file.base);
    let b = Builder::new(ids, &toks, file.end());
    let res = grammar::ReplParser::new().parse(&b, toks.iter().map(|&t| Ok(t)));
    if let Some(d) = too_deep(&b, &toks) {
        std::mem::forget(res);
        let mut diags = lex_diags;
        diags.push(d);
        return ReplParse {
            items: Vec::new(),
            diags,
            incomplete: false,
        };
    }
    let items = match res {
        Ok(items) => items,
        Err(e) => {
            errors::report(&b, &e, errors::Where::Final, 0);
            Vec::new()
        }
    };
    // More lines may complete the input when it ended inside a construct, or inside a
    // raw string or comment, and nothing else went wrong.
    let open_at_end = |d: &Diagnostic| {
        let off = (d.span.lo - file.base) as usize;
        d.message == "comment not terminated"
            || d.message == "string not terminated" && file.text[off..].starts_with('`')
    };
    let lex_open = lex_diags.iter().any(open_at_end);
    let lex_other = lex_diags.iter().any(|d| !open_at_end(d));
    let (eof, other) = (b.eof_errors.get(), b.other_errors.get());
    let incomplete = !lex_other && !b.has_semantic_errors() && other == 0 && (eof > 0 || lex_open);
    let mut syn = b.diags.into_inner();
    one_per_line(file, &mut syn);
    let mut diags = lex_diags;
    diags.extend(syn);
    ReplParse {
        items,
        diags,
        incomplete,
    }
}

/// An error when the parsed tree may nest deeper than `MAX_NESTING`: expressions (as
/// built), brackets, and `else if` chains, added up.
fn too_deep(b: &Builder, toks: &[lexer::Spanned]) -> Option<Diagnostic> {
    use token::Tok;
    let mut depth = 0u32;
    let mut max_brackets = 0u32;
    // `else` count per bracket depth since the last semicolon at that depth.
    let mut elses: Vec<u32> = vec![0];
    let mut max_elses = 0u32;
    let mut at = None;
    for &(lo, t, _) in toks {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth += 1;
                elses.push(0);
                if depth > max_brackets {
                    max_brackets = depth;
                    at = Some(lo);
                }
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if elses.len() > 1 {
                    elses.pop();
                }
            }
            Tok::Else => {
                if let Some(n) = elses.last_mut() {
                    *n += 1;
                    max_elses = max_elses.max(*n);
                }
            }
            Tok::Semi(_) => {
                if let Some(n) = elses.last_mut() {
                    *n = 0;
                }
            }
            _ => {}
        }
    }
    let total = b.max_depth.get() + max_brackets + max_elses;
    (total > MAX_NESTING).then(|| {
        let pos = at.unwrap_or(b.eof);
        Diagnostic::error(
            Span::new(pos, pos + 1),
            format!("syntax error: nesting too deep (minigo allows {MAX_NESTING} levels)"),
        )
    })
}

/// gc reports at most one syntax error per line: keep the first.
fn one_per_line(file: &SourceFile, diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| d.span.lo);
    let mut last_line = None;
    diags.retain(|d| {
        let off = d.span.lo.saturating_sub(file.base);
        let (line, _) = file.line_col(off.min(file.text.len() as u32));
        if !d.message.starts_with("syntax error") {
            return true;
        }
        let keep = last_line != Some(line);
        last_line = Some(line);
        keep
    });
}

#[cfg(test)]
mod tests;
