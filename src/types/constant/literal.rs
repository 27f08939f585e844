//! Literal text to exact values: Go's integer, floating-point and imaginary literal
//! syntax (prefixes, `_` separators, hexadecimal mantissas with `p` exponents), and the
//! escapes of rune and string literals.
//!
//! The lexer has already rejected malformed literals; what gets here and still does not
//! decode (or is too large to hold, see the parent module's size limits) gives `None`.

use super::{make_float, Value, MAX_FLOAT_EXP};
use crate::syntax::ast::LitKind;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

/// Decimal exponents beyond this cannot be held under `MAX_FLOAT_EXP` (2^16 ≈ 10^19728).
const MAX_DEC_EXP: i64 = 20_000;
/// Integer literals with more significant digits than this are far beyond 512 bits.
const MAX_INT_DIGITS: usize = 4096;
/// Significant digits of a float literal that are kept (see `parse_float`).
const MAX_FLOAT_DIGITS: usize = 10_000;

pub(super) fn from_literal(kind: LitKind, raw: &str) -> Option<Value> {
    match kind {
        LitKind::Int => parse_int(raw).map(Value::Int),
        LitKind::Float => parse_float(raw).map(Value::Float),
        LitKind::Imag => {
            let body = raw.strip_suffix('i')?;
            let v = if body.bytes().all(|c| c.is_ascii_digit() || c == b'_') {
                // For backward compatibility, `0123i` is decimal.
                Value::Int(BigInt::parse_bytes(&strip_underscores(body), 10)?)
            } else if is_prefixed_int(body) {
                Value::Int(parse_int(body)?)
            } else {
                Value::Float(parse_float(body)?)
            };
            Some(Value::make_imag(&v))
        }
        LitKind::Char => {
            let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
            let bytes = unescape(inner.as_bytes(), b'\'')?;
            // A rune literal is one code point, possibly written as an escape.
            let (c, n) = rune_of(&bytes, inner)?;
            (n == bytes.len()).then(|| Value::int(c as i64))
        }
        LitKind::String => {
            if let Some(inner) = raw.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
                // Raw strings drop carriage returns.
                let bytes: Vec<u8> = inner.bytes().filter(|&b| b != b'\r').collect();
                return Some(Value::String(bytes));
            }
            let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
            unescape(inner.as_bytes(), b'"').map(Value::String)
        }
    }
}

/// The code point of a rune literal's decoded bytes (and how many bytes it took). An
/// `\x` or octal escape gives a byte value directly, so it is told by the source form.
fn rune_of(bytes: &[u8], src: &str) -> Option<(u32, usize)> {
    let byte_escape = src.starts_with("\\x")
        || (src.starts_with('\\') && src.as_bytes().get(1).is_some_and(u8::is_ascii_digit));
    if byte_escape {
        return Some((u32::from(*bytes.first()?), 1));
    }
    let s = std::str::from_utf8(bytes).ok()?;
    let c = s.chars().next()?;
    Some((c as u32, c.len_utf8()))
}

fn strip_underscores(s: &str) -> Vec<u8> {
    s.bytes().filter(|&b| b != b'_').collect()
}

fn is_prefixed_int(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    (l.starts_with("0x") && !l.contains('p') && !l.contains('.'))
        || l.starts_with("0b")
        || l.starts_with("0o")
}

/// An integer literal: decimal, `0x`, `0o`, `0b`, or a leading-`0` octal.
fn parse_int(raw: &str) -> Option<BigInt> {
    let s = strip_underscores(raw);
    let (radix, digits) = match s.as_slice() {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        [b'0', rest @ ..] if !rest.is_empty() => (8, rest),
        rest => (10, rest),
    };
    if !digits.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let significant = digits.iter().skip_while(|&&d| d == b'0').count();
    if significant > MAX_INT_DIGITS {
        // Far beyond 512 bits: any value that large gets gc's `constant overflow`
        // from the checker, without parsing (and paying for) all the digits.
        if !digits.iter().all(|&d| (d as char).is_digit(radix)) {
            return None;
        }
        return Some(BigInt::one() << (4 * MAX_INT_DIGITS as u64));
    }
    BigInt::parse_bytes(digits, radix)
}

/// A floating-point literal, decimal (`1.5e-3`, `.5`, `1.`) or hexadecimal (`0x1.8p3`).
fn parse_float(raw: &str) -> Option<BigRational> {
    let s = String::from_utf8(strip_underscores(raw)).ok()?;
    let (hex, body) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let exp_chars: &[char] = if hex { &['p', 'P'] } else { &['e', 'E'] };
    let (mant, exp) = match body.find(exp_chars) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None if hex => return None,
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let mut digits = format!("{int_part}{frac_part}");
    // Digits past MAX_FLOAT_DIGITS significant ones cannot change a value that is
    // rounded to 512 bits anyway; dropping them bounds the work.
    let mut frac_len = frac_part.len() as i64;
    let lead = digits.bytes().take_while(|&d| d == b'0').count();
    digits.drain(..lead); // leading zeros do not change the mantissa
    if digits.len() > MAX_FLOAT_DIGITS {
        let cut = digits.len() - MAX_FLOAT_DIGITS;
        digits.truncate(MAX_FLOAT_DIGITS);
        frac_len -= cut as i64;
    }
    if !digits.bytes().all(|c| c.is_ascii_hexdigit()) || int_part.len() + frac_part.len() == 0 {
        return None;
    }
    if digits.is_empty() {
        return Some(BigRational::zero());
    }
    let radix = if hex { 16 } else { 10 };
    let n = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    if n.is_zero() {
        return Some(BigRational::zero());
    }
    let r = if hex {
        // Each hex fraction digit is 4 bits.
        let e = exp.checked_sub(4 * frac_len)?;
        if e.abs() > MAX_FLOAT_EXP + 4 * digits.len() as i64 {
            return None;
        }
        super::float::scale2(n, e)
    } else {
        let e = exp.checked_sub(frac_len)?;
        if e.abs() > MAX_DEC_EXP + digits.len() as i64 {
            return None;
        }
        let p = BigInt::from(10u32).pow(e.unsigned_abs() as u32);
        if e >= 0 {
            BigRational::from_integer(n * p)
        } else {
            BigRational::new(n, p)
        }
    };
    make_float(r).ok()
}

/// Decodes the escapes of an interpreted string or rune literal's body.
fn unescape(s: &[u8], quote: u8) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let e = *s.get(i + 1)?;
        i += 2;
        let simple = match e {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            _ if e == quote => Some(quote),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let digits = s.get(i - 1..i + 2)?;
                let v = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 8).ok()?;
                out.push(u8::try_from(v).ok()?);
                i += 2;
            }
            b'x' => {
                let digits = s.get(i..i + 2)?;
                let v = u8::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
                out.push(v);
                i += 2;
            }
            b'u' | b'U' => {
                let n = if e == b'u' { 4 } else { 8 };
                let digits = s.get(i..i + n)?;
                let v = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
                let c = char::from_u32(v)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                i += n;
            }
            _ => return None,
        }
    }
    Some(out)
}
