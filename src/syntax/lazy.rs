//! Lazy parsing of function bodies, for the embedded standard library (issue #3:
//! start-up time; `types::lazy` checks only the bodies a program reaches, so only
//! those need a syntax tree).
//!
//! `parse_file_lazy` lexes the whole file but hands the grammar each top-level
//! function's body as an empty block `{ }` (generic functions and methods of generic types, whose
//! instances are checked from copies of their declarations, keep theirs): the tokens
//! between the braces are kept aside (`LazyBody`), keyed by the position of the `{`. `LazyBody::parse` later parses
//! them as the body of a synthetic `package p; func _() { ... }` and returns the block,
//! whose nodes carry the same global spans an eager parse gives them (node ids differ,
//! being fresh from the same `IdGen`).
//!
//! A top-level function declaration is a `func` token at bracket depth 0 right after a
//! `;` (or first in the file); its body is the first `{` at depth 0 of its signature
//! that does not open a `struct` or `interface` type, through the matching `}`. A
//! bodiless (native) declaration ends at a `;` first. Only our own, well-formed
//! sources take this path; if the braces do not balance, the file is parsed eagerly.

use super::lexer::{self, Spanned};
use super::token::{SemiKind, Tok};
use super::{ast, grammar, Builder, IdGen};
use crate::diag::Diagnostic;
use crate::source::{Pos, SourceFile};
use std::collections::HashMap;

/// The tokens of one function body, `{` through `}`.
pub struct LazyBody {
    toks: Vec<Spanned<'static>>,
}

impl LazyBody {
    /// Parses the body; `None` if it does not parse (never for the embedded sources).
    pub fn parse(&self, ids: &IdGen) -> Option<ast::Block> {
        let at = self.toks.first()?.0;
        let end = self.toks.last()?.2;
        let synth = |t: Tok<'static>| (at, t, at);
        let head = [
            synth(Tok::Package),
            synth(Tok::Ident("p")),
            synth(Tok::Semi(SemiKind::Explicit)),
            synth(Tok::Func),
            synth(Tok::Ident("_")),
            synth(Tok::LParen),
            synth(Tok::RParen),
        ];
        let tail = [(end, Tok::Semi(SemiKind::Eof), end)];
        let b = Builder::new(ids, &self.toks, end);
        let toks = head.iter().chain(&self.toks).chain(&tail).map(|&t| Ok(t));
        let file = grammar::FileParser::new().parse(&b, toks).ok()?;
        if !b.diags.borrow().is_empty() {
            return None;
        }
        match file.decls.into_iter().next()? {
            ast::Decl::Func(fd) => fd.body,
            _ => None,
        }
    }
}

/// Parses a file of the embedded standard library (`text`, the same text as `file`'s)
/// with its top-level function bodies left unparsed: the declarations, and the bodies'
/// tokens by the position of their `{`.
pub fn parse_file_lazy(
    file: &SourceFile,
    text: &'static str,
    ids: &IdGen,
) -> (Option<ast::File>, Vec<Diagnostic>, HashMap<Pos, LazyBody>) {
    let (toks, diags) = lexer::tokenize(text, file.base);
    match parse_tokens_lazy(file, &toks, diags, ids) {
        Some((f, bodies)) => (Some(f), Vec::new(), bodies),
        // Not our well-formed sources after all: the eager parse reports as usual.
        None => {
            let (f, d) = super::parse_file(file, ids);
            (f, d, HashMap::new())
        }
    }
}

/// `parse_file_lazy` for the byte ranges `ranges` of the file only (a header, then
/// whole top-level declarations, in order; `types::prune` chose them): the file as if
/// it held nothing else, with the positions of the whole file. `None` if those ranges
/// do not parse cleanly (the caller then parses the whole file).
pub fn parse_file_ranges(
    file: &SourceFile,
    text: &'static str,
    ranges: &[(usize, usize)],
    ids: &IdGen,
) -> Option<(ast::File, HashMap<Pos, LazyBody>)> {
    let mut toks = Vec::new();
    let mut diags = Vec::new();
    for &(lo, hi) in ranges {
        let (t, d) = lexer::tokenize(text.get(lo..hi)?, file.base + lo as Pos);
        toks.extend(t);
        diags.extend(d);
    }
    for t in &mut toks {
        // A range that ends without a newline gets an end-of-file semicolon.
        if matches!(t.1, Tok::Semi(SemiKind::Eof)) {
            t.1 = Tok::Semi(SemiKind::Newline);
        }
    }
    parse_tokens_lazy(file, &toks, diags, ids)
}

/// Parses a file's tokens with top-level bodies set aside; `None` on any diagnostic.
fn parse_tokens_lazy(
    file: &SourceFile,
    toks: &[Spanned<'static>],
    diags: Vec<Diagnostic>,
    ids: &IdGen,
) -> Option<(ast::File, HashMap<Pos, LazyBody>)> {
    if !diags.is_empty() {
        return None;
    }
    let (kept, bodies) = split_bodies(toks)?;
    let b = Builder::new(ids, &kept, file.end());
    let res = grammar::FileParser::new().parse(&b, kept.iter().map(|&t| Ok(t)));
    match res {
        Ok(f) if b.diags.borrow().is_empty() => Some((f, bodies)),
        _ => None,
    }
}

/// The tokens with top-level function bodies emptied, and the bodies; `None` if the
/// braces do not balance.
#[allow(clippy::type_complexity)]
fn split_bodies(
    toks: &[Spanned<'static>],
) -> Option<(Vec<Spanned<'static>>, HashMap<Pos, LazyBody>)> {
    let mut kept = Vec::with_capacity(toks.len() / 4);
    let mut bodies = HashMap::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let at_decl = depth == 0
            && matches!(t.1, Tok::Func)
            && (i == 0 || matches!(toks[i - 1].1, Tok::Semi(_)));
        if !at_decl {
            match t.1 {
                Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                _ => {}
            }
            kept.push(t);
            i += 1;
            continue;
        }
        // The signature, up to the body's `{` or the declaration's `;`.
        let mut j = i + 1;
        let mut d = 0i32;
        let lbrace = loop {
            let tok = toks.get(j)?.1;
            match tok {
                Tok::LParen | Tok::LBrack => d += 1,
                Tok::RParen | Tok::RBrack => d -= 1,
                Tok::Struct | Tok::Interface => {
                    // A type literal's braces: skip through them.
                    if matches!(toks.get(j + 1)?.1, Tok::LBrace) {
                        j = matching(toks, j + 1)?;
                    }
                }
                Tok::LBrace if d == 0 => break Some(j),
                Tok::Semi(_) if d == 0 => break None,
                _ => {}
            }
            j += 1;
        };
        let Some(l) = lbrace else {
            kept.extend_from_slice(&toks[i..j]);
            i = j;
            continue;
        };
        let r = matching(toks, l)?;
        if is_generic(&toks[i..l]) {
            // Instances are checked from copies of the declaration: keep it whole.
            kept.extend_from_slice(&toks[i..=r]);
            i = r + 1;
            continue;
        }
        kept.extend_from_slice(&toks[i..l]);
        kept.push(toks[l]);
        kept.push(toks[r]);
        bodies.insert(
            toks[l].0,
            LazyBody {
                toks: toks[l..=r].to_vec(),
            },
        );
        i = r + 1;
    }
    (depth == 0).then_some((kept, bodies))
}

/// Whether a signature (`func` through the token before the body) declares a generic
/// function (`func F[T any]`) or a method of a generic type (`func (l *List[T]) M()`).
fn is_generic(sig: &[Spanned<'_>]) -> bool {
    match sig.get(1).map(|t| t.1) {
        Some(Tok::LParen) => {
            let close = sig.iter().position(|t| matches!(t.1, Tok::RParen));
            let recv = &sig[..close.unwrap_or(sig.len())];
            recv.iter().any(|t| matches!(t.1, Tok::LBrack))
        }
        _ => matches!(sig.get(2).map(|t| t.1), Some(Tok::LBrack)),
    }
}

/// The index of the `}` matching the `{` at `l`.
fn matching(toks: &[Spanned<'_>], l: usize) -> Option<usize> {
    let mut d = 0i32;
    for (k, t) in toks.iter().enumerate().skip(l) {
        match t.1 {
            Tok::LBrace => d += 1,
            Tok::RBrace => {
                d -= 1;
                if d == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceMap;

    /// Every body of every embedded package parses lazily to the same statements
    /// (same spans, same shape) as the eager parse gives.
    #[test]
    fn lazy_bodies_match_eager_parse() {
        let mut bodies_seen = 0;
        for path in crate::stdlib::packages() {
            for (name, text) in crate::stdlib::package_files(path).unwrap_or_default() {
                let mut sm = SourceMap::new();
                let file = sm.add(format!("{path}/{name}"), *text);
                let ids = IdGen::new();
                let (eager, d) = super::super::parse_file(&file, &ids);
                assert!(d.is_empty(), "{path}/{name}: {d:?}");
                let (lazy, d, bodies) = parse_file_lazy(&file, text, &ids);
                assert!(d.is_empty(), "{path}/{name}: {d:?}");
                let (eager, lazy) = (eager.expect("eager"), lazy.expect("lazy"));
                assert_eq!(eager.decls.len(), lazy.decls.len(), "{path}/{name}");
                for (e, l) in eager.decls.iter().zip(&lazy.decls) {
                    let (ast::Decl::Func(e), ast::Decl::Func(l)) = (e, l) else {
                        continue;
                    };
                    let (Some(eb), Some(lb)) = (&e.body, &l.body) else {
                        assert_eq!(e.body.is_some(), l.body.is_some(), "{}", e.name.name);
                        continue;
                    };
                    assert_eq!(eb.lbrace, lb.lbrace);
                    assert_eq!(eb.rbrace, lb.rbrace);
                    // Generic declarations keep their bodies.
                    let body = match bodies.get(&lb.lbrace.lo) {
                        Some(t) => t.parse(&ids).expect("body parses"),
                        None => lb.clone(),
                    };
                    bodies_seen += 1;
                    let shape = |b: &ast::Block| {
                        let s = format!("{:?}", b.stmts);
                        // Node ids differ between the two parses; spans must not.
                        regex_lite_strip_ids(&s)
                    };
                    assert_eq!(shape(eb), shape(&body), "{path}/{name}: {}", e.name.name);
                }
            }
        }
        assert!(bodies_seen > 500, "{bodies_seen}");
    }

    /// `Debug` output with every `NodeId(n)` replaced by `NodeId`.
    fn regex_lite_strip_ids(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(k) = rest.find("NodeId(") {
            out.push_str(&rest[..k + 6]);
            rest = &rest[k + 7..];
            let end = rest.find(')').unwrap_or(0);
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }
}
