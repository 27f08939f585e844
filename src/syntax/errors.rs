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
    /// REPL input, where statements stand at the top level.
    Repl,
}

/// How far back the context of an error is looked for: enough for any message, and
/// it keeps reporting linear in the input's size.
const LOOK_BACK: usize = 1024;

/// Past this many reported errors, more are counted but not worded (gc stops at 10).
const MAX_REPORTED: usize = 50;

/// Token indices before `idx`, nearest first, at most `LOOK_BACK` of them.
fn back(toks: &[(Pos, Tok, Pos)], idx: usize) -> impl Iterator<Item = usize> {
    let end = idx.min(toks.len());
    (end.saturating_sub(LOOK_BACK)..end).rev()
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
    if b.diags.borrow().len() >= MAX_REPORTED {
        return;
    }
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
                && !b.toks[prev_idx.min(idx).max(idx.saturating_sub(LOOK_BACK))..idx]
                    .iter()
                    .any(|t| {
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
    let at = if b.repl { Where::Repl } else { at };
    let (pos, msg) = message(b.toks, err, at, b.eof);
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
    for i in back(toks, idx) {
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
    for i in back(toks, idx) {
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

/// Whether a semicolon stands between the header keyword and token `idx`.
fn semi_since_keyword(toks: &[(Pos, Tok, Pos)], idx: usize) -> bool {
    let mut depth = 0i32;
    for i in back(toks, idx) {
        match toks[i].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            Tok::If | Tok::For | Tok::Switch if depth == 0 => return false,
            Tok::Semi(_) if depth == 0 => return true,
            _ => {}
        }
    }
    false
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

/// Position and gc-worded message of a parse error. `eof` is the position of the end
/// of the input (gc reports an unexpected EOF there).
pub fn message(
    toks: &[(Pos, Tok, Pos)],
    err: &ParseError<Pos, Tok, &'static str>,
    at: Where,
    eof: Pos,
) -> (Pos, String) {
    let (pos, tok, expected): (Pos, Option<Tok>, &[String]) = match err {
        ParseError::UnrecognizedToken { token, expected } => (token.0, Some(token.1), expected),
        ParseError::UnrecognizedEof { expected, .. } => (eof, None, expected),
        ParseError::ExtraToken { token } => (token.0, Some(token.1), &[]),
        ParseError::InvalidToken { location } => (*location, None, &[]),
        ParseError::User { error } => return (eof, format!("syntax error: {error}")),
    };
    let idx = match tok {
        Some(_) => toks.partition_point(|t| t.0 < pos),
        None => toks.len(),
    };
    (pos, describe(toks, tok, expected, at, idx))
}

fn describe(
    toks: &[(Pos, Tok, Pos)],
    tok: Option<Tok>,
    expected: &[String],
    at: Where,
    idx: usize,
) -> String {
    let desc = tok
        .map(|t| t.describe())
        .unwrap_or_else(|| "EOF".to_string());
    let exp: Vec<&str> = expected.iter().map(|e| strip(e)).collect();
    let has = |s: &str| exp.contains(&s);
    let ctx = open_bracket(toks, idx);
    let prev = idx.checked_sub(1).and_then(|i| toks.get(i)).map(|t| t.1);
    let expects_expr = has("name") && has("int") && has("func");
    let unexpected = |rest: &str| format!("syntax error: unexpected {desc}{rest}");

    if exp == ["package"] {
        return "syntax error: package statement must be first".into();
    }
    if exp == ["string"] {
        return "missing import path".into();
    }
    // `func f()` NEWLINE `{`: the body must start on the signature's line.
    if ctx.is_none() && tok == Some(Tok::LBrace) && matches!(prev, Some(Tok::Semi(_))) {
        return "syntax error: unexpected semicolon or newline before {".into();
    }
    if prev == Some(Tok::Else) {
        return "syntax error: else must be followed by if or statement block".into();
    }
    // Top level: between declarations.
    if ctx.is_none() && !matches!(at, Where::Statement | Where::Repl) {
        if has("func") && has("const") && !has("if") {
            if tok == Some(Tok::Import) {
                return "syntax error: imports must appear before other declarations".into();
            }
            return "syntax error: non-declaration statement outside function body".into();
        }
        if has(";") && !expects_expr {
            return unexpected(" after top level declaration");
        }
    }
    // `var x` NEWLINE, `type T` NEWLINE.
    let before_prev = idx.checked_sub(2).and_then(|i| toks.get(i)).map(|t| t.1);
    if matches!(prev, Some(Tok::Ident(_))) && has("map") && has("chan") && !expects_expr {
        if before_prev == Some(Tok::Type) {
            return unexpected(" in type declaration");
        }
        if has("=") {
            return unexpected(", expected type");
        }
    }
    if exp.len() == 2 && has("name") && has("(") {
        if prev == Some(Tok::Period) {
            return unexpected(", expected name or (");
        }
        return unexpected(", expected name");
    }
    // At the start of a statement: gc ends the statement list and wants what closes it.
    if has("if") && has("for") && !has("package") {
        if has("case") {
            return unexpected(", expected case or default or }");
        }
        if has("}") {
            return unexpected(", expected }");
        }
    }
    if let Some((open, before)) = ctx {
        let listy = has(",") || has("...");
        match open {
            Tok::LParen if listy && has(")") => {
                let open_idx = open_index(toks, idx);
                let what = match open_idx {
                    Some(i) if is_param_paren(toks, i) => "parameter list",
                    _ => match before {
                        Some(t) if ends_operand(t) => "argument list",
                        _ => "parameter list",
                    },
                };
                if what == "parameter list" && open_idx.is_some_and(|i| i + 1 == idx) {
                    return unexpected(", expected )");
                }
                if !expects_expr || matches!(tok, Some(Tok::Semi(_))) {
                    return unexpected(&format!(" in {what}; possibly missing comma or )"));
                }
            }
            Tok::LBrace if matches!(before, Some(Tok::Struct | Tok::Interface)) && has("}") => {
                let what = if before == Some(Tok::Struct) {
                    "struct"
                } else {
                    "interface"
                };
                return unexpected(&format!(
                    " in {what} type; possibly missing semicolon or newline or }}"
                ));
            }
            Tok::LBrace if has(",") && has("}") && !has(";") => {
                return unexpected(" in composite literal; possibly missing comma or }");
            }
            Tok::LBrack if has("]") && has(":") && !expects_expr => {
                return unexpected(", expected comma, : or ]");
            }
            _ => {}
        }
    }
    if has(":") && !has(";") && !has("}") && !expects_expr {
        return unexpected(", expected :");
    }
    if expects_expr && !has(";") {
        return unexpected(", expected expression");
    }
    if has("{") && !expects_expr {
        if let Some(kw) = header_keyword(toks, idx) {
            return unexpected(&format!(", expected {{ after {kw} clause"));
        }
    }
    if has(";") && has("}") {
        return unexpected(" at end of statement");
    }
    // `for init` not followed by `;`: gc wants the body.
    if has(";") && header_keyword(toks, idx) == Some("for") && !semi_since_keyword(toks, idx) {
        return unexpected(", expected {");
    }
    if has(";") && ctx.is_none() && at == Where::Repl {
        return unexpected(" at end of statement");
    }
    if has(";") && ctx.is_none() {
        return unexpected(" after top level declaration");
    }
    if has(";") {
        return unexpected(", expected semicolon or newline");
    }
    if exp.len() == 1 {
        return unexpected(&format!(", expected {}", tokstring(exp[0])));
    }
    for want in [")", "]", "}", "("] {
        if has(want) && !expects_expr {
            return unexpected(&format!(", expected {want}"));
        }
    }
    if expects_expr {
        return unexpected(", expected expression");
    }
    unexpected("")
}

/// gc's message for a `{` after an operand that cannot be a literal's type (`if (x > 0 {`):
/// gc leaves the brace to the enclosing construct, which then complains.
pub fn brace_after_value(toks: &[(Pos, Tok, Pos)], pos: Pos) -> String {
    let idx = toks.partition_point(|t| t.0 < pos);
    let rest = match open_bracket(toks, idx) {
        None => " after top level declaration".to_string(),
        Some((Tok::LParen, before)) => match open_index(toks, idx) {
            Some(i) if !is_param_paren(toks, i) && before.is_some_and(ends_operand) => {
                " in argument list; possibly missing comma or )".to_string()
            }
            _ => ", expected )".to_string(),
        },
        Some((Tok::LBrack, _)) => ", expected comma, : or ]".to_string(),
        Some((Tok::LBrace, before)) if before.is_some_and(ends_operand) => {
            " in composite literal; possibly missing comma or }".to_string()
        }
        Some(_) => " at end of statement".to_string(),
    };
    format!("unexpected {{{rest}")
}

/// The index of the innermost bracket open before token `idx`.
fn open_index(toks: &[(Pos, Tok, Pos)], idx: usize) -> Option<usize> {
    let mut depth = 0i32;
    for i in back(toks, idx) {
        match toks[i].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Whether the `(` at `i` opens parameters or results: after `func`, `func name`,
/// `func (recv) name`, a signature's parameters, or a method name in an interface.
fn is_param_paren(toks: &[(Pos, Tok, Pos)], i: usize) -> bool {
    is_param_paren_hops(toks, i, 2)
}

/// `is_param_paren` following at most `hops` `) (` links (results after parameters).
fn is_param_paren_hops(toks: &[(Pos, Tok, Pos)], i: usize, hops: u32) -> bool {
    let at = |j: usize| toks.get(j).map(|t| t.1);
    let Some(prev) = i.checked_sub(1).and_then(at) else {
        return false;
    };
    match prev {
        Tok::Func => true,
        Tok::Ident(_) => match i.checked_sub(2).and_then(at) {
            Some(Tok::Func) => true,
            Some(Tok::Semi(_)) | Some(Tok::LBrace) => {
                open_index(toks, i).is_some_and(|o| o >= 1 && at(o - 1) == Some(Tok::Interface))
            }
            Some(Tok::RParen) => {
                open_index(toks, i - 2).is_some_and(|o| o >= 1 && at(o - 1) == Some(Tok::Func))
            }
            _ => false,
        },
        // Results after parameters: `func f(a int) (`.
        Tok::RParen if hops > 0 => open_index(toks, i - 1)
            .is_some_and(|o| o < i - 1 && is_param_paren_hops(toks, o, hops - 1)),
        _ => false,
    }
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
