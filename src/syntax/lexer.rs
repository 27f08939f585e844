//! The lexer: logos finds token boundaries, hand-written scanners read Go's literals and
//! comments, and `Lexer` applies Go's semicolon rule on the way to the parser.
//!
//! Literals are scanned by callbacks rather than by regexes: a regex cannot report *why*
//! a literal is bad, and lazy regexes match across literals. The scanners follow gc's
//! `cmd/compile/internal/syntax/scanner.go` and use its error wording
//! (`newline in string`, `invalid digit '8' in octal literal`, ...), at the same positions.
//!
//! # Invariants
//! 1. Lexing never stops at bad input: every error is recorded and a token (or nothing)
//!    is produced, then lexing goes on.
//! 2. Every position handed out is global (`base + byte offset`), and every token's text
//!    is a slice of the source at that span.

use super::token::{SemiKind, Tok};
use crate::diag::Diagnostic;
use crate::source::{Pos, Span};
use logos::{Filter, Logos};

/// Errors found inside tokens: (file-relative offset, message).
pub type LexErrors = Vec<(usize, String)>;

/// What logos matches. Literals and comments are scanned by callbacks.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(extras = LexErrors)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", logos::skip, allow_greedy = true)]
    #[token("/*", block_comment)]
    CommentNewline,

    #[regex(r"[_a-zA-Z\u{80}-\u{FEFE}\u{FF00}-\u{FFFC}\u{FFFE}-\u{10FFFF}][_a-zA-Z0-9\u{80}-\u{FEFE}\u{FF00}-\u{FFFC}\u{FFFE}-\u{10FFFF}]*", ident)]
    Ident,
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number,
    #[token("'", rune_lit)]
    Char,
    #[token("\"", string_lit)]
    String,
    #[token("`", raw_string)]
    BackquoteString,
    /// A byte order mark: ignored at the start of the file, an error elsewhere.
    #[token("\u{FEFF}")]
    Bom,
    /// A run of U+FFFD: invalid UTF-8 in the original bytes.
    #[regex(r"\u{FFFD}+")]
    BadUtf8,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
}

fn keyword(s: &str) -> Option<Tok<'static>> {
    use Tok::*;
    Some(match s {
        "break" => Break,
        "case" => Case,
        "chan" => Chan,
        "const" => Const,
        "continue" => Continue,
        "default" => Default,
        "defer" => Defer,
        "else" => Else,
        "fallthrough" => Fallthrough,
        "for" => For,
        "func" => Func,
        "go" => Go,
        "goto" => Goto,
        "if" => If,
        "import" => Import,
        "interface" => Interface,
        "map" => Map,
        "package" => Package,
        "range" => Range,
        "return" => Return,
        "select" => Select,
        "struct" => Struct,
        "switch" => Switch,
        "type" => Type,
        "var" => Var,
        _ => return None,
    })
}

/// `%#U` of Go's fmt: `U+0040 '@'`.
pub fn sharp_u(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    }
}

/// `%q` of a rune, as gc's escape errors print the offending character.
fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\r' => "'\\r'".to_string(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Checks the characters of an identifier the regex accepted: non-ASCII letters and
/// digits are fine, anything else gets gc's error (the identifier is kept).
fn ident(lex: &mut logos::Lexer<Raw>) {
    let start = lex.span().start;
    let text = lex.slice();
    for (i, c) in text.char_indices() {
        if c.is_ascii() || c.is_alphabetic() {
            continue;
        }
        let msg = if c == '\u{FFFD}' {
            "invalid UTF-8 encoding".to_string()
        } else if c.is_numeric() {
            if i == 0 {
                format!("identifier cannot begin with digit {}", sharp_u(c))
            } else {
                continue;
            }
        } else {
            format!("invalid character {} in identifier", sharp_u(c))
        };
        lex.extras.push((start + i, msg));
    }
}

fn block_comment(lex: &mut logos::Lexer<Raw>) -> Filter<()> {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(end) => {
            lex.bump(end + 2);
            if rest[..end].contains('\n') {
                Filter::Emit(())
            } else {
                Filter::Skip
            }
        }
        None => {
            let start = lex.span().start;
            lex.extras
                .push((start, "comment not terminated".to_string()));
            lex.bump(rest.len());
            // gc ends the input here; a trailing semicolon is still inserted if due.
            if rest.contains('\n') {
                Filter::Emit(())
            } else {
                Filter::Skip
            }
        }
    }
}

fn number(lex: &mut logos::Lexer<Raw>) {
    let start = lex.span().start;
    let src = &lex.source()[start..];
    let (len, errs) = scan_number(src);
    for (off, msg) in errs {
        lex.extras.push((start + off, msg));
    }
    let matched = lex.span().len();
    lex.bump(len.saturating_sub(matched));
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Scans a number literal at the start of `s` (gc's `scanner.number`). Returns its byte
/// length and errors at offsets within it.
pub fn scan_number(s: &str) -> (usize, LexErrors) {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let lower = |c: u8| c | 0x20;
    let mut i = 0;
    let mut errs = LexErrors::new();
    let mut ok = true;
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0;
    let mut invalid: Option<usize> = None;
    let mut is_float = false;

    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> i32 {
        let mut ds = 0;
        loop {
            let c = at(*i);
            if c == b'_' {
                ds |= 2;
            } else if base <= 10 && c.is_ascii_digit() {
                if u32::from(c - b'0') >= base && invalid.is_none() {
                    *invalid = Some(*i);
                }
                ds |= 1;
            } else if base == 16 && c.is_ascii_hexdigit() {
                ds |= 1;
            } else {
                return ds;
            }
            *i += 1;
        }
    };

    if at(0) != b'.' {
        if at(0) == b'0' {
            i = 1;
            match lower(at(1)) {
                b'x' => {
                    i = 2;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i = 2;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i = 2;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errs.push((
                    i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
                ok = false;
            }
            i += 1;
            is_float = true;
        }
    } else {
        i = 1;
        is_float = true;
    }
    if is_float {
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        errs.push((i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errs.push((
                    i,
                    format!("'{}' exponent requires decimal mantissa", at(i) as char),
                ));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errs.push((
                    i,
                    format!("'{}' exponent requires hexadecimal mantissa", at(i) as char),
                ));
                ok = false;
            }
        }
        i += 1;
        is_float = true;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        let ds = digits(&mut i, 10, &mut none);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            errs.push((i, "exponent has no digits".to_string()));
            ok = false;
        }
    } else if prefix == b'x' && is_float && ok {
        errs.push((
            i,
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        ));
        ok = false;
    }
    if at(i) == b'i' {
        i += 1;
    } else if !is_float && ok {
        if let Some(inv) = invalid {
            errs.push((
                inv,
                format!(
                    "invalid digit '{}' in {} literal",
                    at(inv) as char,
                    base_name(base)
                ),
            ));
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(p) = invalid_sep(&s[..i]) {
            errs.push((p, "'_' must separate successive digits".to_string()));
        }
    }
    (i, errs)
}

/// gc's `invalidSep`: the index of the first `_` that does not separate digits.
fn invalid_sep(x: &str) -> Option<usize> {
    let b = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' {
        x1 = b[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < b.len() {
        let p = d;
        d = b[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| b.len() - 1)
}

/// Scans one escape after a backslash at `s[0]`; returns its length after the backslash
/// (≥ 0) and an error (offset, message) relative to `s`. Follows gc's `scanner.escape`.
fn scan_escape(s: &str, quote: char) -> (usize, Option<(usize, String)>) {
    let mut chars = s.char_indices();
    let Some((_, c)) = chars.next() else {
        return (0, None); // the caller reports the unterminated literal
    };
    let (n, base, max): (usize, u32, u32) = match c {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => return (1, None),
        c if c == quote => return (1, None),
        '0'..='7' => (3, 8, 255),
        'x' => (2, 16, 255),
        'u' => (4, 16, 0x10FFFF),
        'U' => (8, 16, 0x10FFFF),
        '\n' => return (0, Some((0, "unknown escape".to_string()))),
        _ => return (c.len_utf8(), Some((0, "unknown escape".to_string()))),
    };
    let mut i = if base == 8 { 0 } else { 1 };
    let mut x: u64 = 0;
    for _ in 0..n {
        let Some(c) = s[i..].chars().next() else {
            return (i, None);
        };
        let d = c.to_digit(16).unwrap_or(99);
        if d >= base {
            let name = base_name(base);
            return (
                i,
                Some((
                    i,
                    format!("invalid character {} in {name} escape", quote_char(c)),
                )),
            );
        }
        x = x * u64::from(base) + u64::from(d);
        i += 1;
    }
    if x > u64::from(max) && base == 8 {
        return (i, Some((i, format!("octal escape value {x} > 255"))));
    }
    if x > u64::from(max) || (0xD800..0xE000).contains(&x) {
        let shown = match char::from_u32(x as u32) {
            Some(c) => sharp_u(c),
            None => format!("U+{x:04X}"),
        };
        return (
            i,
            Some((i, format!("escape is invalid Unicode code point {shown}"))),
        );
    }
    (i, None)
}

fn string_lit(lex: &mut logos::Lexer<Raw>) {
    let start = lex.span().start;
    let rest = lex.remainder();
    let mut i = 0;
    let mut ok = true;
    loop {
        let Some(c) = rest[i..].chars().next() else {
            lex.extras
                .push((start, "string not terminated".to_string()));
            break;
        };
        match c {
            '"' => {
                i += 1;
                break;
            }
            '\\' => {
                let (n, err) = scan_escape(&rest[i + 1..], '"');
                if let Some((off, msg)) = err {
                    if ok {
                        lex.extras.push((start + 1 + i + 1 + off, msg));
                    }
                    ok = false;
                }
                i += 1 + n;
            }
            '\n' => {
                lex.extras
                    .push((start + 1 + i, "newline in string".to_string()));
                break;
            }
            c => i += c.len_utf8(),
        }
    }
    lex.bump(i);
}

fn raw_string(lex: &mut logos::Lexer<Raw>) {
    let start = lex.span().start;
    let rest = lex.remainder();
    match rest.find('`') {
        Some(end) => lex.bump(end + 1),
        None => {
            lex.extras
                .push((start, "string not terminated".to_string()));
            lex.bump(rest.len());
        }
    }
}

fn rune_lit(lex: &mut logos::Lexer<Raw>) {
    let start = lex.span().start;
    let rest = lex.remainder();
    let mut i = 0;
    let mut n = 0;
    let mut ok = true;
    loop {
        let Some(c) = rest[i..].chars().next() else {
            if ok {
                lex.extras
                    .push((start, "rune literal not terminated".to_string()));
            }
            break;
        };
        match c {
            '\'' => {
                if ok {
                    if n == 0 {
                        lex.extras.push((
                            start + 1 + i,
                            "empty rune literal or unescaped ' in rune literal".to_string(),
                        ));
                    } else if n != 1 {
                        lex.extras
                            .push((start, "more than one character in rune literal".to_string()));
                    }
                }
                i += 1;
                break;
            }
            '\\' => {
                let (len, err) = scan_escape(&rest[i + 1..], '\'');
                if let Some((off, msg)) = err {
                    if ok {
                        lex.extras.push((start + 1 + i + 1 + off, msg));
                    }
                    ok = false;
                }
                i += 1 + len;
            }
            '\n' => {
                if ok {
                    lex.extras
                        .push((start + 1 + i, "newline in rune literal".to_string()));
                }
                break;
            }
            c => i += c.len_utf8(),
        }
        n += 1;
    }
    lex.bump(i);
}

/// The token stream the parser reads: logos tokens with Go's semicolons inserted and
/// global positions. Errors accumulate in `diags`.
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, Raw>,
    base: Pos,
    /// The previous token asks for a semicolon at the next newline (gc's `nlsemi`).
    nlsemi: bool,
    done: bool,
    pub diags: Vec<Diagnostic>,
}

/// A token triple as lalrpop wants it.
pub type Spanned<'a> = (Pos, Tok<'a>, Pos);

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str, base: Pos) -> Lexer<'a> {
        Lexer {
            src,
            raw: Raw::lexer(src),
            base,
            nlsemi: false,
            done: false,
            diags: Vec::new(),
        }
    }

    fn pos(&self, off: usize) -> Pos {
        self.base + off as Pos
    }

    fn flush_errors(&mut self) {
        for (off, msg) in self.raw.extras.drain(..) {
            let p = self.base + off as Pos;
            self.diags.push(Diagnostic::error(Span::new(p, p + 1), msg));
        }
    }

    fn error_at(&mut self, off: usize, msg: String) {
        let p = self.pos(off);
        self.diags.push(Diagnostic::error(Span::new(p, p + 1), msg));
    }

    fn next_token(&mut self) -> Option<Spanned<'a>> {
        loop {
            let item = self.raw.next();
            self.flush_errors();
            let span = self.raw.span();
            let (lo, hi) = (self.pos(span.start), self.pos(span.end));
            let Some(res) = item else {
                if self.done {
                    return None;
                }
                self.done = true;
                if self.nlsemi {
                    self.nlsemi = false;
                    let end = self.pos(self.src.len());
                    return Some((end, Tok::Semi(SemiKind::Eof), end));
                }
                return None;
            };
            let raw = match res {
                Ok(raw) => raw,
                Err(()) => {
                    let c = self.src[span.start..].chars().next().unwrap_or('?');
                    self.error_at(span.start, format!("invalid character {}", sharp_u(c)));
                    continue;
                }
            };
            let text = &self.src[span.clone()];
            let tok = match raw {
                Raw::Newline | Raw::CommentNewline => {
                    if self.nlsemi {
                        self.nlsemi = false;
                        return Some((lo, Tok::Semi(SemiKind::Newline), lo + 1));
                    }
                    continue;
                }
                Raw::Bom => {
                    if span.start != 0 {
                        self.error_at(
                            span.start,
                            "invalid BOM in the middle of the file".to_string(),
                        );
                    }
                    continue;
                }
                Raw::BadUtf8 => {
                    self.error_at(span.start, "invalid UTF-8 encoding".to_string());
                    continue;
                }
                Raw::Ident => keyword(text).unwrap_or(Tok::Ident(text)),
                Raw::Number => {
                    if text.ends_with('i') {
                        Tok::Imag(text)
                    } else if text.starts_with("0x") || text.starts_with("0X") {
                        if text.contains(['.', 'p', 'P']) {
                            Tok::Float(text)
                        } else {
                            Tok::Int(text)
                        }
                    } else if text.contains(['.', 'e', 'E']) {
                        Tok::Float(text)
                    } else {
                        Tok::Int(text)
                    }
                }
                Raw::Char => Tok::Char(text),
                Raw::String | Raw::BackquoteString => Tok::String(text),
                Raw::Add => Tok::Add,
                Raw::Sub => Tok::Sub,
                Raw::Mul => Tok::Mul,
                Raw::Quo => Tok::Quo,
                Raw::Rem => Tok::Rem,
                Raw::And => Tok::And,
                Raw::Or => Tok::Or,
                Raw::Xor => Tok::Xor,
                Raw::Shl => Tok::Shl,
                Raw::Shr => Tok::Shr,
                Raw::AndNot => Tok::AndNot,
                Raw::AddAssign => Tok::AddAssign,
                Raw::SubAssign => Tok::SubAssign,
                Raw::MulAssign => Tok::MulAssign,
                Raw::QuoAssign => Tok::QuoAssign,
                Raw::RemAssign => Tok::RemAssign,
                Raw::AndAssign => Tok::AndAssign,
                Raw::OrAssign => Tok::OrAssign,
                Raw::XorAssign => Tok::XorAssign,
                Raw::ShlAssign => Tok::ShlAssign,
                Raw::ShrAssign => Tok::ShrAssign,
                Raw::AndNotAssign => Tok::AndNotAssign,
                Raw::LAnd => Tok::LAnd,
                Raw::LOr => Tok::LOr,
                Raw::Arrow => Tok::Arrow,
                Raw::Inc => Tok::Inc,
                Raw::Dec => Tok::Dec,
                Raw::Eql => Tok::Eql,
                Raw::Lss => Tok::Lss,
                Raw::Gtr => Tok::Gtr,
                Raw::Assign => Tok::Assign,
                Raw::Not => Tok::Not,
                Raw::Tilde => Tok::Tilde,
                Raw::Neq => Tok::Neq,
                Raw::Leq => Tok::Leq,
                Raw::Geq => Tok::Geq,
                Raw::Define => Tok::Define,
                Raw::Ellipsis => Tok::Ellipsis,
                Raw::LParen => Tok::LParen,
                Raw::LBrack => Tok::LBrack,
                Raw::LBrace => Tok::LBrace,
                Raw::Comma => Tok::Comma,
                Raw::Period => Tok::Period,
                Raw::RParen => Tok::RParen,
                Raw::RBrack => Tok::RBrack,
                Raw::RBrace => Tok::RBrace,
                Raw::Semi => Tok::Semi(SemiKind::Explicit),
                Raw::Colon => Tok::Colon,
            };
            self.nlsemi = tok.ends_statement();
            return Some((lo, tok, hi));
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        self.next_token()
    }
}

/// Lexes a whole text (file-relative positions when `base` is 0); for tests and tools.
pub fn tokenize(src: &str, base: Pos) -> (Vec<Spanned<'_>>, Vec<Diagnostic>) {
    let mut lx = Lexer::new(src, base);
    let toks: Vec<_> = lx.by_ref().collect();
    (toks, lx.diags)
}
