//! Syntax: Go source text in, an AST and diagnostics out.
//!
//! `lexer` (logos) produces tokens and applies Go's semicolon rule; the lalrpop grammar
//! in `grammar/go.lalrpop` builds the `ast` through the actions in `build`; `errors`
//! words parse errors as gc does; `lit` decodes literal text into values; `print` prints
//! expressions back as Go source for messages. lalrpop stays behind the two functions
//! here, `parse_file` and `parse_repl`, so it could be replaced without touching callers.
//!
//! # Invariants
//! 1. Parsing never fails: it returns what it could build plus diagnostics, and no input
//!    makes it panic or overflow the stack: no tree it builds is deeper than
//!    `MAX_NESTING` (deeper nesting is an error), so dropping or walking one recursively
//!    is safe.
//! 2. Positions are global (`file.base + byte offset`).
//! 3. Messages are gc's: a message starting with `syntax error:` stops the pipeline
//!    before type checking (as gc's `SyntaxErrors()` does); the lexer's errors and the
//!    parser's other complaints (`expression in go must be function call`, `missing
//!    import path`, 3-index slices, select cases) do not.
//!
//! # Design: Go's LR(1) traps
//! The grammar has no LR(1) conflicts. Go's grammar is not LR(1) as the spec writes it;
//! these are the places, and how the grammar gets around each:
//! - *Composite literal or block?* `if x == T {` — `Expr<B>`: with `B = "N"` (if/for/switch
//!   headers) a type name may not be followed by `{`; parentheses and brackets switch back
//!   to `"B"` (gc's `xnest`). Literal types (`[]T{}`, `map[K]V{}`, `struct{...}{}`) are
//!   allowed in headers too, as in Go.
//! - *Type or expression?* Type names, `*T` and `(T)` are ordinary expressions. Type
//!   literals (`[]T`, `map[K]V`, `chan T`, `struct{}`, `interface{}`) are operands before
//!   `(` (a conversion) or `{` (a literal), and stand alone where an expression may end
//!   (call arguments, case lists, `x := []int`, which the checker rejects); function
//!   types and `<-chan T` stand alone only where a type may (`ExprOrType`).
//! - *`func()` followed by `(`*: Go reads the parenthesis as the results. Types are split
//!   by their right edge (`TypeF<F>`: `"N"` no result-less func type there, `"Z"` exactly
//!   those), so a conversion `[]func() (int)(x)` shifts into the results and `make(chan
//!   func())` still parses.
//! - *`chan <-chan T`*: the element of `chan` never starts with `<-`, so `chan<-` binds
//!   first, as in Go.
//! - *`a [N]T` versus `List[N]`* in parameters: array lengths and type arguments are
//!   both `ExprOrType`, so the two share a prefix; struct fields with one name are a
//!   separate production for the same reason.
//! - *`type A [N]int` versus `type L[T any] ...`*: in a type declaration the first type
//!   parameter's constraint does not start with `*`, `[`, `(` or `<-`, so after `[N` the
//!   next token decides (gc looks further: `type T[P *C, Q any]` is a known gap).
//! - *Generics*: type parameters (functions, types, methods, aliases), instantiations
//!   (`List[int]`, embedded `pkg.Map[K, V]`) and constraint unions all parse; the checker
//!   decides what it supports. A generic method is not accepted in REPL input, where
//!   `func (x T) M[` could also start a function literal.
//! - *`switch x := y.(type)`*: the header is a simple statement; `build` turns a guard
//!   (`x.(type)` or `v := x.(type)`) into `StmtKind::TypeSwitch`. Elsewhere `.(type)` is
//!   an ordinary `TypeAssert` with no type, which the checker rejects.
//! - *REPL input*: `func (r T) M()` and `func (x int) {...}(1)` share their prefix up to
//!   the name, which decides.
//!
//! # Design: errors
//! lalrpop recovers at statements and top-level declarations (`!`), so several errors
//! are reported; an error right after the previous one's recovery, or a top-level error
//! before the next declaration keyword, is a consequence and is dropped, and at most one
//! syntax error is kept per line (gc's rule).

pub mod ast;
mod build;
pub mod declscan;
mod depth;
mod errors;
pub mod lazy;
pub mod lexer;
pub mod lit;
pub mod print;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar,
    "/go.rs"
);

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

pub use depth::MAX_NESTING;

/// Parses a whole Go source file. `None` when not even the package clause parsed.
pub fn parse_file(file: &SourceFile, ids: &IdGen) -> (Option<ast::File>, Vec<Diagnostic>) {
    let (toks, mut diags) = lexer::tokenize(&file.text, file.base);
    let b = Builder::new(ids, &toks, file.end());
    let res = grammar::FileParser::new().parse(&b, toks.iter().map(|&t| Ok(t)));
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
    let mut b = Builder::new(ids, &toks, file.end());
    b.repl = true;
    let res = grammar::ReplParser::new().parse(&b, toks.iter().map(|&t| Ok(t)));
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
