//! How constants print: go/constant's `String` (gc's form in error messages), and Go's
//! `strconv.Quote` for string constants, which may hold invalid UTF-8.

use super::{float, Value};
use std::fmt;

/// Go's `strconv.Quote` of bytes that may not be UTF-8.
pub(super) fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = s;
    while !rest.is_empty() {
        let (c, size) = decode_rune(rest);
        let b = rest[0];
        rest = &rest[size..];
        match c {
            None => out.push_str(&format!("\\x{b:02x}")),
            Some(c) => match c {
                '\u{7}' => out.push_str("\\a"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{b}' => out.push_str("\\v"),
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                c if is_print(c) => out.push(c),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push_str(&format!("\\U{:08x}", c as u32)),
            },
        }
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 sequence: the char and its length, or `None` and 1 for a bad byte.
fn decode_rune(s: &[u8]) -> (Option<char>, usize) {
    for len in 1..=4.min(s.len()) {
        if let Ok(t) = std::str::from_utf8(&s[..len]) {
            return (t.chars().next(), len);
        }
    }
    (None, 1)
}

/// An approximation of Go's `unicode.IsPrint` (letters, marks, numbers, punctuation,
/// symbols and the ASCII space), using Rust's own escaping tables.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let mut esc = c.escape_debug();
    esc.next() == Some(c) && esc.next().is_none() && !c.is_whitespace()
}

impl fmt::Display for Value {
    /// go/constant's `String`: how gc shows a constant in an error message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Unknown => f.write_str("unknown"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => f.write_str(&float::format_float(r)),
            Value::Complex(re, im) => write!(
                f,
                "({} + {}i)",
                float::format_float(re),
                float::format_float(im)
            ),
            Value::String(s) => {
                const MAX_LEN: usize = 72;
                let q = quote(s);
                if q.chars().count() > MAX_LEN {
                    let cut: String = q.chars().take(MAX_LEN - 3).collect();
                    write!(f, "{cut}...")
                } else {
                    f.write_str(&q)
                }
            }
        }
    }
}
