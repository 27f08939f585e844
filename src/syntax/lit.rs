//! Decodes the text of basic literals into values: the checker builds exact constants
//! from these (go/constant's `MakeFromLiteral`).
//!
//! Every function is total: a malformed literal (which the lexer has already reported)
//! gives `None` or a best-effort value, never a panic. Float literals are decoded
//! exactly as rationals; exponents beyond `MAX_EXP` give `None` (so `1e1000000000` can
//! neither hang nor exhaust memory), which the checker reports as an overflow.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

/// Largest decimal (or binary, for hex floats) exponent decoded exactly.
pub const MAX_EXP: i64 = 20_000;

/// The bytes of a string literal (interpreted or raw). Go strings may hold any bytes:
/// `"\xff"` is one byte that is not UTF-8.
pub fn string_value(raw: &str) -> Vec<u8> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        // Carriage returns are discarded from raw strings (the spec).
        return body.bytes().filter(|&b| b != b'\r').collect();
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = Vec::with_capacity(body.len());
    decode(body, &mut out, '"');
    out
}

/// The value of a rune literal; `None` unless it holds exactly one character or escape.
pub fn rune_value(raw: &str) -> Option<u32> {
    let body = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars();
    match chars.next()? {
        '\\' => {
            let (v, rest) = escape(&body[1..], '\'')?;
            if !rest.is_empty() {
                return None;
            }
            Some(match v {
                Esc::Byte(b) => u32::from(b),
                Esc::Char(c) => c,
            })
        }
        c => chars.next().is_none().then_some(c as u32),
    }
}

enum Esc {
    /// `\x..` and octal escapes: a byte.
    Byte(u8),
    /// Everything else: a code point.
    Char(u32),
}

/// Decodes one escape (the text after the backslash); returns it and the rest.
fn escape(s: &str, quote: char) -> Option<(Esc, &str)> {
    let c = s.chars().next()?;
    let simple = |v: char| Some((Esc::Char(v as u32), &s[1..]));
    match c {
        'a' => simple('\u{7}'),
        'b' => simple('\u{8}'),
        'f' => simple('\u{c}'),
        'n' => simple('\n'),
        'r' => simple('\r'),
        't' => simple('\t'),
        'v' => simple('\u{b}'),
        '\\' => simple('\\'),
        c if c == quote => simple(c),
        '0'..='7' => {
            let digits = s.get(..3)?;
            let v = u32::from_str_radix(digits, 8).ok()?;
            Some((Esc::Byte(u8::try_from(v).ok()?), &s[3..]))
        }
        'x' | 'u' | 'U' => {
            let n = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let digits = s.get(1..1 + n)?;
            let v = u32::from_str_radix(digits, 16).ok()?;
            let rest = &s[1 + n..];
            if c == 'x' {
                Some((Esc::Byte(v as u8), rest))
            } else {
                Some((Esc::Char(v), rest))
            }
        }
        _ => None,
    }
}

fn decode(mut s: &str, out: &mut Vec<u8>, quote: char) {
    while let Some(i) = s.find('\\') {
        out.extend_from_slice(&s.as_bytes()[..i]);
        s = &s[i + 1..];
        match escape(s, quote) {
            Some((Esc::Byte(b), rest)) => {
                out.push(b);
                s = rest;
            }
            Some((Esc::Char(c), rest)) => {
                let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                s = rest;
            }
            // A bad escape (already reported): skip the backslash.
            None => {}
        }
    }
    out.extend_from_slice(s.as_bytes());
}

/// The value of an integer literal: any base, `_` separators, legacy octal `0777`.
pub fn int_value(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = match s.as_bytes() {
        [b'0', b'x' | b'X', ..] => (&s[2..], 16),
        [b'0', b'o' | b'O', ..] => (&s[2..], 8),
        [b'0', b'b' | b'B', ..] => (&s[2..], 2),
        [b'0', _, ..] => (&s[1..], 8),
        _ => (&s[..], 10),
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The exact value of a float literal, decimal (`1.5e-3`) or hexadecimal (`0x1.8p3`).
/// `None` when malformed or when the exponent exceeds `MAX_EXP`.
pub fn float_value(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match s.as_bytes() {
        [b'0', b'x' | b'X', ..] => (true, &s[2..]),
        _ => (false, &s[..]),
    };
    let exp_at = if hex {
        body.find(['p', 'P'])
    } else {
        body.find(['e', 'E'])
    };
    let (mant, exp) = match exp_at {
        Some(i) => (&body[..i], parse_exp(&body[i + 1..])?),
        None => (body, 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() {
        return None;
    }
    let radix = if hex { 16 } else { 10 };
    let m = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    // value = m * base^(exp - frac_len * step), base 2 for hex (4 bits a digit), else 10.
    let (base, step) = if hex { (2u32, 4i64) } else { (10u32, 1i64) };
    let e = exp.checked_sub(frac_part.len() as i64 * step)?;
    if e.abs() > MAX_EXP + frac_part.len() as i64 * step {
        return None;
    }
    if m.is_zero() {
        return Some(BigRational::zero());
    }
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    Some(if e >= 0 {
        BigRational::from_integer(m * p)
    } else {
        BigRational::new(m, p)
    })
}

/// A decimal exponent with optional sign; `None` past `MAX_EXP` (or malformed).
fn parse_exp(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    if digits.len() > 12 {
        return None;
    }
    let v: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    if v > MAX_EXP {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// The imaginary part of an imaginary literal (`2.5i`, `0x1p2i`, and `0123i`, which is
/// decimal for backward compatibility).
pub fn imag_value(raw: &str) -> Option<BigRational> {
    let body = raw.strip_suffix('i')?;
    if body.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        let s: String = body.chars().filter(|&c| c != '_').collect();
        return BigInt::parse_bytes(s.as_bytes(), 10).map(BigRational::from_integer);
    }
    if body.starts_with("0x") || body.starts_with("0X") {
        if body.contains(['.', 'p', 'P']) {
            return float_value(body);
        }
    } else if body.contains(['.', 'e', 'E']) {
        return float_value(body);
    }
    int_value(body).map(BigRational::from_integer)
}

/// A convenience for tests and the checker: `true` when the rational is an integer.
pub fn is_integer(r: &BigRational) -> bool {
    r.denom().is_one()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rat(n: i64, d: i64) -> BigRational {
        BigRational::new(BigInt::from(n), BigInt::from(d))
    }

    #[test]
    fn strings_decode_every_escape() {
        assert_eq!(
            string_value(r#""\a\b\f\n\r\t\v\\\"""#),
            b"\x07\x08\x0c\n\r\t\x0b\\\""
        );
        assert_eq!(string_value(r#""\xff\377\101""#), vec![0xff, 0xff, b'A']);
        assert_eq!(string_value(r#""\u00e9\U0001F600""#), "é😀".as_bytes());
        assert_eq!(string_value("\"héllo\""), "héllo".as_bytes());
        assert_eq!(string_value("`a\\n\r\nb`"), b"a\\n\nb");
        // Malformed (already reported by the lexer): no panic.
        assert_eq!(string_value(r#""\q""#), b"q");
        assert_eq!(string_value(r#""\x4""#), b"x4");
        assert_eq!(string_value("\""), b"");
    }

    #[test]
    fn runes() {
        assert_eq!(rune_value("'a'"), Some(97));
        assert_eq!(rune_value("'é'"), Some(0xe9));
        assert_eq!(rune_value(r"'\n'"), Some(10));
        assert_eq!(rune_value(r"'\''"), Some(39));
        assert_eq!(rune_value(r"'\x41'"), Some(65));
        assert_eq!(rune_value(r"'\377'"), Some(255));
        assert_eq!(rune_value(r"'\u4e16'"), Some(0x4e16));
        assert_eq!(rune_value(r"'\U0010FFFF'"), Some(0x10FFFF));
        assert_eq!(rune_value("'ab'"), None);
        assert_eq!(rune_value("''"), None);
        assert_eq!(rune_value("'"), None);
    }

    #[test]
    fn ints_in_every_base() {
        let i = |s: &str| int_value(s).map(|v| v.to_string());
        assert_eq!(i("42").as_deref(), Some("42"));
        assert_eq!(i("1_000_000").as_deref(), Some("1000000"));
        assert_eq!(i("0x_FF").as_deref(), Some("255"));
        assert_eq!(i("0o17").as_deref(), Some("15"));
        assert_eq!(i("017").as_deref(), Some("15"));
        assert_eq!(i("0b1011").as_deref(), Some("11"));
        assert_eq!(i("0").as_deref(), Some("0"));
        assert_eq!(
            i("123456789012345678901234567890").as_deref(),
            Some("123456789012345678901234567890")
        );
        assert_eq!(i("08"), None);
        assert_eq!(i("0x"), None);
    }

    #[test]
    fn floats_are_exact() {
        assert_eq!(float_value("0.1"), Some(rat(1, 10)));
        assert_eq!(float_value("1.5e3"), Some(rat(1500, 1)));
        assert_eq!(float_value("1e-3"), Some(rat(1, 1000)));
        assert_eq!(float_value(".5"), Some(rat(1, 2)));
        assert_eq!(float_value("1."), Some(rat(1, 1)));
        assert_eq!(float_value("1_0.2_5"), Some(rat(41, 4)));
        assert_eq!(float_value("0x1p-2"), Some(rat(1, 4)));
        assert_eq!(float_value("0x1.8p1"), Some(rat(3, 1)));
        assert_eq!(float_value("0X.8p0"), Some(rat(1, 2)));
        assert_eq!(float_value("0e5"), Some(rat(0, 1)));
        assert!(float_value("1e400").is_some());
        assert_eq!(float_value("1e1000000000"), None);
        assert_eq!(float_value("1e-99999999999999999999"), None);
        assert_eq!(float_value("1e"), None);
    }

    #[test]
    fn imaginary_parts() {
        assert_eq!(imag_value("2i"), Some(rat(2, 1)));
        assert_eq!(imag_value("0123i"), Some(rat(123, 1)));
        assert_eq!(imag_value("1.5i"), Some(rat(3, 2)));
        assert_eq!(imag_value("1e2i"), Some(rat(100, 1)));
        assert_eq!(imag_value("0x10i"), Some(rat(16, 1)));
        assert_eq!(imag_value("0x1p1i"), Some(rat(2, 1)));
        assert_eq!(imag_value("0b11i"), Some(rat(3, 1)));
        assert!(is_integer(&rat(4, 2)));
    }
}
