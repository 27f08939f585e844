//! `strconv.ParseFloat`'s syntax and hexadecimal conversion, as Go's `strconv/atof.go`
//! does them: `special` (inf, infinity, nan), `readFloat` (sign, decimal or `0x` mantissa
//! with an optional point, exponent `e` or `p`, underscores checked by `underscoreOK`),
//! and `atofHex` (exact rounding to nearest even of a hexadecimal mantissa, denormals,
//! overflow to ±Inf with a range error). Decimal strings, once their syntax is Go's, are
//! converted by Rust's correctly rounded parser (straight to `f32` for bitSize 32, so
//! there is no double rounding), which gives the float Go's Eisel-Lemire/decimal
//! algorithm gives.
//!
//! Invariant: nothing here indexes past its input; every function is total.

/// What a parse gives: the value and Go's outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Parsed {
    Ok(f64),
    /// `strconv.ErrSyntax` (the value is 0).
    Syntax,
    /// `strconv.ErrRange` with the value Go returns (±Inf).
    Range(f64),
}

/// Go's `floatInfo`.
struct FloatInfo {
    mantbits: u32,
    expbits: u32,
    bias: i32,
}

const F32: FloatInfo = FloatInfo {
    mantbits: 23,
    expbits: 8,
    bias: -127,
};
const F64: FloatInfo = FloatInfo {
    mantbits: 52,
    expbits: 11,
    bias: -1023,
};

/// `strconv.ParseFloat(s, 32 or 64)`.
pub fn parse_float(s: &[u8], bits32: bool) -> Parsed {
    if let Some((f, n)) = special(s) {
        return if n == s.len() {
            Parsed::Ok(f)
        } else {
            Parsed::Syntax
        };
    }
    let Some(r) = read_float(s) else {
        return Parsed::Syntax;
    };
    // ParseFloat: anything after the number is a syntax error, even after a range error.
    if r.n != s.len() {
        return Parsed::Syntax;
    }
    if r.hex {
        let flt = if bits32 { &F32 } else { &F64 };
        let (f, overflow) = atof_hex(flt, r.mantissa, r.exp, r.neg, r.trunc);
        return if overflow {
            Parsed::Range(f)
        } else {
            Parsed::Ok(f)
        };
    }
    let clean: String = s
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| c as char)
        .collect();
    let f = if bits32 {
        clean.parse::<f32>().map(f64::from)
    } else {
        clean.parse::<f64>()
    };
    match f {
        Ok(f) if f.is_infinite() => Parsed::Range(f),
        Ok(f) => Parsed::Ok(f),
        // read_float accepted it, so Rust's grammar (a superset for these) does too.
        Err(_) => Parsed::Syntax,
    }
}

/// Go's `special`: an optionally signed "inf" or "infinity", or an unsigned "nan", in
/// any case, as a prefix of `s`; returns the value and its length.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix = |s: &[u8], word: &str| {
        s.iter()
            .zip(word.bytes())
            .take_while(|(a, b)| a.to_ascii_lowercase() == *b)
            .count()
    };
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, s.get(1..).unwrap_or(&[])),
        b'-' => (-1.0, 1, s.get(1..).unwrap_or(&[])),
        b'n' | b'N' => {
            // Go's math.NaN() bits.
            return (prefix(s, "nan") == 3).then_some((f64::from_bits(0x7FF8_0000_0000_0001), 3));
        }
        _ => (1.0, 0, s),
    };
    if !matches!(rest.first(), Some(b'i' | b'I')) {
        return None;
    }
    let mut n = prefix(rest, "infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((f64::INFINITY * sign, nsign + n))
}

/// What `readFloat` reads.
struct Read {
    mantissa: u64,
    exp: i64,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// Bytes of `s` read.
    n: usize,
}

/// Go's `readFloat`: the longest prefix of `s` that is a float literal, or `None` when
/// there is none (or its underscores are misplaced).
fn read_float(s: &[u8]) -> Option<Read> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut neg = false;
    match at(0) {
        b'+' => i = 1,
        b'-' => {
            neg = true;
            i = 1;
        }
        _ => {}
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19; // 10^19 fits in a uint64
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && at(i) == b'0' && at(i + 1).eq_ignore_ascii_case(&b'x') {
        base = 16;
        max_mant_digits = 16; // 16^16 fits in a uint64
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let (mut underscores, mut sawdot, mut sawdigits) = (false, false, false);
    let (mut nd, mut nd_mant, mut dp): (i64, i64, i64) = (0, 0, 0);
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    while i < s.len() {
        let c = at(i);
        let lc = c.to_ascii_lowercase();
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                // Leading zeros.
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_mant_digits {
                    mantissa = mantissa * base + u64::from(c - b'0');
                    nd_mant += 1;
                } else if c != b'0' {
                    trunc = true;
                }
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lc) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + u64::from(lc - b'a' + 10);
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if at(i).to_ascii_lowercase() == exp_char && i < s.len() {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        if at(i) == b'+' {
            i += 1;
        } else if at(i) == b'-' {
            i += 1;
            esign = -1;
        }
        if !at(i).is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (at(i).is_ascii_digit() || at(i) == b'_') {
            if at(i) == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(at(i) - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        // A hexadecimal mantissa must have an exponent.
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(s.get(..i).unwrap_or(s)) {
        return None;
    }
    Some(Read {
        mantissa,
        exp,
        neg,
        trunc,
        hex,
        n: i,
    })
}

/// Go's `underscoreOK`: underscores only between digits, or between a base prefix and a
/// digit.
fn underscore_ok(s: &[u8]) -> bool {
    // The last character class seen: '^' the start, '0' a digit or base prefix, '_' an
    // underscore, '!' anything else.
    let mut saw = b'^';
    let s = match s.first() {
        Some(b'+' | b'-') => s.get(1..).unwrap_or(&[]),
        _ => s,
    };
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = s[1].eq_ignore_ascii_case(&b'x');
    }
    for &c in s.get(i..).unwrap_or(&[]) {
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&c.to_ascii_lowercase())) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `atofHex`: `mantissa × 2^exp` (the mantissa's bits beyond the first 64 only
/// known as `trunc`) rounded to the nearest float of `flt`, ties to even; the flag says
/// it overflowed (the value is then ±Inf).
fn atof_hex(flt: &FloatInfo, mut mantissa: u64, exp: i64, neg: bool, trunc: bool) -> (f64, bool) {
    let max_exp = (1i64 << flt.expbits) + i64::from(flt.bias) - 2;
    let min_exp = i64::from(flt.bias) + 1;
    let mut exp = exp + i64::from(flt.mantbits); // the mantissa is now divided by 2^mantbits
    let mb = flt.mantbits;
    // Bring the mantissa to a leading 1 followed by mantbits bits and two rounding bits
    // (the lowest sticky: whether any lower bit was set).
    while mantissa != 0 && mantissa >> (mb + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mb + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // Too small: denormalize in hope of a representable value (-2: the rounding bits).
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // Round with the two low bits, to even.
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mb) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mb == 0 {
        // Denormal or zero.
        exp = i64::from(flt.bias);
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mb;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut bits = mantissa & ((1u64 << mb) - 1);
    bits |= (((exp - i64::from(flt.bias)) as u64) & ((1u64 << flt.expbits) - 1)) << mb;
    if neg {
        bits |= 1u64 << mb << flt.expbits;
    }
    let f = if flt.mantbits == F32.mantbits {
        f64::from(f32::from_bits(bits as u32))
    } else {
        f64::from_bits(bits)
    };
    (f, overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_specials() {
        assert_eq!(parse_float(b"0x1.8p1", false), Parsed::Ok(3.0));
        assert_eq!(parse_float(b"0X.8p-2", false), Parsed::Ok(0.125));
        assert_eq!(
            parse_float(b"0x1p1024", false),
            Parsed::Range(f64::INFINITY)
        );
        assert_eq!(parse_float(b"0x1p-1075", false), Parsed::Ok(0.0));
        assert_eq!(parse_float(b"0x1.8", false), Parsed::Syntax);
        assert_eq!(parse_float(b"0x1__0p0", false), Parsed::Syntax);
        assert_eq!(parse_float(b"+nan", false), Parsed::Syntax);
        assert_eq!(
            parse_float(b"-Infinity", false),
            Parsed::Ok(f64::NEG_INFINITY)
        );
        assert_eq!(parse_float(b"infin", false), Parsed::Syntax);
        assert_eq!(parse_float(b"1_0.5", false), Parsed::Ok(10.5));
        assert_eq!(parse_float(b"_1", false), Parsed::Syntax);
    }
}
