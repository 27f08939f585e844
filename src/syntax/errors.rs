//! Turns lalrpop's parse errors into gc's syntax errors.
//!
//! lalrpop reports the unexpected token and the set of terminals it would have accepted.
//! gc words the same situation by context (`unexpected newline in argument list; possibly
//! missing comma or )`, `unexpected name y at end of statement`, `non-declaration
//! statement outside function body`). We recover the context from the expected set and
//! from the brackets open before the token in the token stream.

use super::ast::{AssignOp, Stmt, StmtKind};
use super::build::Builder;
use super::print;
use super::token::{SemiKind, Tok};
use crate::source::{Pos, Span};
use lalrpop_util::ParseError;

/// Where the grammar recovered: at a top-level declaration or at a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    TopLevel,
    Statement,
    /// The parse stopped (no recovery point).
    Final,
}

/// How gc's `tokstring` names an expected token.
fn tokstring(name: &str) -> &str {
    match name {
        "," => "comma",
        ";" => "semicolon or newline",
        other => other,
    }
}

/// Reports one parse error through the builder, unless it follows from the previous one
/// (gc, too, reports an error only once the parser is back in step). `dropped` is the
/// number of tokens the recovery skipped.
pub fn report(b: &Builder, err: &ParseError<Pos, Tok, &'static str>, at: Where, dropped: usize) {
    let counter = match err {
        ParseError::UnrecognizedEof { .. } => &b.eof_errors,
        _ => &b.other_errors,
    };
    counter.set(counter.get() + 1);
    let pos = match err {
        ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => token.0,
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => {
            *location
        }
        ParseError::User { .. } => 0,
    };
    let idx = b.toks.partition_point(|t| t.0 < pos);
    if let Some((prev_idx, prev_end)) = b.last_error.get() {
        let cascade = idx <= prev_end + 1
            || at == Where::TopLevel
                && !b.toks[prev_idx.min(idx)..idx].iter().any(|t| {
                    matches!(
                        t.1,
                        Tok::Func | Tok::Var | Tok::Const | Tok::Type | Tok::Import
                    )
                });
        if cascade {
            b.last_error.set(Some((prev_idx, idx + dropped)));
            return;
        }
    }
    b.last_error.set(Some((idx, idx + dropped)));
    let (pos, msg) = message(b.toks, err, at);
    b.error(Span::new(pos, pos + 1), msg);
}

fn strip(e: &str) -> &str {
    e.strip_prefix('"')
        .and_then(|e| e.strip_suffix('"'))
        .unwrap_or(e)
}

/// The bracket context of the token at `idx`: the innermost open bracket, and the token
/// before it.
fn open_bracket<'a>(
    toks: &[(Pos, Tok<'a>, Pos)],
    idx: usize,
) -> Option<(Tok<'a>, Option<Tok<'a>>)> {
    let mut depth = 0i32;
    let end = idx.min(toks.len());
    for i in (0..end).rev() {
        match toks[i].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                if depth == 0 {
                    let prev = i.checked_sub(1).map(|j| toks[j].1);
                    return Some((toks[i].1, prev));
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// The keyword of the statement header the token at `idx` is in, if any.
fn header_keyword(toks: &[(Pos, Tok, Pos)], idx: usize) -> Option<&'static str> {
    let mut depth = 0i32;
    for i in (0..idx.min(toks.len())).rev() {
        match toks[i].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Tok::If if depth == 0 => return Some("if"),
            Tok::For if depth == 0 => return Some("for"),
            Tok::Switch if depth == 0 => return Some("switch"),
            Tok::Semi(SemiKind::Newline) | Tok::Semi(SemiKind::Eof) if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

fn ends_operand(t: Tok) -> bool {
    matches!(
        t,
        Tok::Ident(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Char(_)
            | Tok::String(_)
            | Tok::RParen
            | Tok::RBrack
            | Tok::RBrace
            | Tok::Func
    )
}

/// Position and gc-worded message of a parse error.
pub fn message(
    toks: &[(Pos, Tok, Pos)],
    err: &ParseError<Pos, Tok, &'static str>,
    at: Where,
) -> (Pos, String) {
    let (pos, tok, expected): (Pos, Option<Tok>, &[String]) = match err {
        ParseError::UnrecognizedToken { token, expected } => (token.0, Some(token.1), expected),
        ParseError::UnrecognizedEof { location, expected } => (*location, None, expected),
        ParseError::ExtraToken { token } => (token.0, Some(token.1), &[]),
        ParseError::InvalidToken { location } => (*location, None, &[]),
        ParseError::User { error } => return (0, format!("syntax error: {error}")),
    };
    let desc = tok
        .map(|t| t.describe())
        .unwrap_or_else(|| "EOF".to_string());
    let exp: Vec<&str> = expected.iter().map(|e| strip(e)).collect();
    let has = |s: &str| exp.contains(&s);
    let idx = toks.partition_point(|t| t.0 < pos);
    let ctx = open_bracket(toks, idx);
    let expects_expr = has("name") && has("int") && has("func");

    if exp == ["package"] {
        return (pos, "syntax error: package statement must be first".into());
    }
    // `func f()` NEWLINE `{`: the body must start on the signature's line.
    let prev = idx.checked_sub(1).and_then(|i| toks.get(i)).map(|t| t.1);
    if ctx.is_none() && tok == Some(Tok::LBrace) && matches!(prev, Some(Tok::Semi(_))) {
        return (
            pos,
            "syntax error: unexpected semicolon or newline before {".into(),
        );
    }
    // Top level: between declarations.
    if ctx.is_none() && at != Where::Statement {
        if has("func") && has("const") && !has("if") {
            return (
                pos,
                "syntax error: non-declaration statement outside function body".into(),
            );
        }
        if has(";") && !expects_expr {
            return (
                pos,
                format!("syntax error: unexpected {desc} after top level declaration"),
            );
        }
    }
    if exp.len() == 2 && has("name") && has("(") {
        return (
            pos,
            format!("syntax error: unexpected {desc}, expected name"),
        );
    }
    // At the start of a statement: gc ends the statement list and wants what closes it.
    if has("if") && has("for") && !has("package") {
        if has("case") {
            return (
                pos,
                format!("syntax error: unexpected {desc}, expected case or default or }}"),
            );
        }
        if has("}") {
            return (pos, format!("syntax error: unexpected {desc}, expected }}"));
        }
    }
    if let Some((open, before)) = ctx {
        let listy = has(",") || has("...");
        match open {
            Tok::LParen if listy && has(")") => {
                let what = match before {
                    Some(Tok::Func) => "parameter list",
                    Some(Tok::Ident(_)) if is_func_name(toks, idx) => "parameter list",
                    Some(t) if ends_operand(t) => "argument list",
                    _ => "parameter list",
                };
                if !expects_expr || matches!(tok, Some(Tok::Semi(_))) {
                    return (pos, format!("syntax error: unexpected {desc} in {what}; possibly missing comma or )"));
                }
            }
            Tok::LBrace if has(",") && has("}") && !has(";") => {
                return (pos, format!("syntax error: unexpected {desc} in composite literal; possibly missing comma or }}"));
            }
            _ => {}
        }
    }
    if expects_expr && !has(";") {
        return (
            pos,
            format!("syntax error: unexpected {desc}, expected expression"),
        );
    }
    if has("{") && !expects_expr {
        if let Some(kw) = header_keyword(toks, idx) {
            return (
                pos,
                format!("syntax error: unexpected {desc}, expected {{ after {kw} clause"),
            );
        }
    }
    if has(";") && has("}") {
        return (
            pos,
            format!("syntax error: unexpected {desc} at end of statement"),
        );
    }
    if has(";") && ctx.is_none() {
        return (
            pos,
            format!("syntax error: unexpected {desc} after top level declaration"),
        );
    }
    if exp.len() == 1 {
        return (
            pos,
            format!(
                "syntax error: unexpected {desc}, expected {}",
                tokstring(exp[0])
            ),
        );
    }
    for want in [")", "]", "}", "("] {
        if has(want) && !expects_expr {
            return (
                pos,
                format!("syntax error: unexpected {desc}, expected {want}"),
            );
        }
    }
    if expects_expr {
        return (
            pos,
            format!("syntax error: unexpected {desc}, expected expression"),
        );
    }
    (pos, format!("syntax error: unexpected {desc}"))
}

/// Whether the `(` before token `idx` follows `func name` (a parameter list).
fn is_func_name(toks: &[(Pos, Tok, Pos)], idx: usize) -> bool {
    let mut depth = 0i32;
    for i in (0..idx.min(toks.len())).rev() {
        match toks[i].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                if depth == 0 {
                    return i >= 2 && toks[i - 2].1 == Tok::Func;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    false
}

/// gc's `cannot use ... as value` text for a header statement, and where it points.
pub fn stmt_as_value(s: &Stmt) -> (Pos, String) {
    match &s.kind {
        StmtKind::Assign {
            op: AssignOp::Assign,
            op_span,
            ..
        } => (
            op_span.lo,
            format!("assignment {}", print::simple_stmt_string(s)),
        ),
        StmtKind::Assign { op_span, .. } => (op_span.lo, print::simple_stmt_string(s)),
        _ => (s.span.lo, print::simple_stmt_string(s)),
    }
}
