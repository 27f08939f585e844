//! The tokens the grammar consumes, and how syntax errors name them.
//!
//! `Tok` is what the lexer (`lexer.rs`) hands to the lalrpop parser as `(lo, Tok, hi)`
//! triples with global positions. Literals and identifiers borrow their text from the
//! source. `describe` renders a token the way gc's syntax errors do (`name x`,
//! `literal 1`, `keyword func`, `newline`), so messages match Go's.

use std::fmt;

/// Why a semicolon is in the token stream: written, or inserted by Go's rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// `;` in the source.
    Explicit,
    /// Inserted at a newline (or a `/* */` comment spanning one).
    Newline,
    /// Inserted at the end of the input.
    Eof,
}

/// A Go token. Names follow go/token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    Ident(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    Char(&'a str),
    String(&'a str),

    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Tilde,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    LParen,
    LBrack,
    LBrace,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Semi(SemiKind),
    Colon,
}

impl<'a> Tok<'a> {
    /// Go's spelling of a keyword or operator; `None` for names, literals and `;`.
    pub fn text(self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Colon => ":",
            Ident(_) | Int(_) | Float(_) | Imag(_) | Char(_) | String(_) | Semi(_) => return None,
        })
    }

    pub fn is_keyword(self) -> bool {
        self.text()
            .is_some_and(|t| t.as_bytes()[0].is_ascii_alphabetic())
    }

    /// After this token a newline (or the end of input) becomes a semicolon.
    pub fn ends_statement(self) -> bool {
        use Tok::*;
        matches!(
            self,
            Ident(_)
                | Int(_)
                | Float(_)
                | Imag(_)
                | Char(_)
                | String(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// The token as gc's syntax errors name it: `name x`, `literal "a"`, `keyword func`,
    /// `newline`, `EOF`, or the operator itself.
    pub fn describe(self) -> String {
        use Tok::*;
        match self {
            Ident(s) => format!("name {s}"),
            Int(s) | Float(s) | Imag(s) | Char(s) | String(s) => format!("literal {s}"),
            Semi(SemiKind::Explicit) => "semicolon".to_string(),
            Semi(SemiKind::Newline) => "newline".to_string(),
            Semi(SemiKind::Eof) => "EOF".to_string(),
            Comma => "comma".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.text().unwrap_or("")),
            t => t.text().unwrap_or("token").to_string(),
        }
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}
