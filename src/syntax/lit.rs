//! STUB (checker's placeholder until the parser's literal decoding merges).
use num_bigint::BigInt;
use num_rational::BigRational;

pub fn string_value(raw: &str) -> Option<String> {
    if raw.starts_with('`') {
        return Some(raw.trim_matches('`').replace('\r', ""));
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\"))
}

pub fn rune_value(raw: &str) -> Option<u32> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    match inner {
        "\\n" => Some(10),
        "\\t" => Some(9),
        "\\\\" => Some(92),
        "\\'" => Some(39),
        "\\0" => Some(0),
        _ => inner.chars().next().map(|c| c as u32),
    }
}

pub fn int_value(raw: &str) -> Option<BigInt> {
    let s = raw.replace('_', "");
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return BigInt::parse_bytes(h.as_bytes(), 16);
    }
    if let Some(h) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        return BigInt::parse_bytes(h.as_bytes(), 2);
    }
    if let Some(h) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        return BigInt::parse_bytes(h.as_bytes(), 8);
    }
    if s.len() > 1 && s.starts_with('0') {
        return BigInt::parse_bytes(s[1..].as_bytes(), 8);
    }
    BigInt::parse_bytes(s.as_bytes(), 10)
}

pub fn float_value(raw: &str) -> Option<BigRational> {
    let f: f64 = raw.replace('_', "").parse().ok()?;
    BigRational::from_float(f)
}
