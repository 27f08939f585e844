//! Binary floating point for exact constants: rounding a rational to a float of a given
//! mantissa size (float32, float64, or go/constant's 512-bit working precision), and
//! formatting a float value the way gc prints constants in error messages.
//!
//! gc prints a float constant as go/constant's `String` does: `%.6g` of its float64 value,
//! or `%g` (shortest) when `%.6g` would hide that it is not an integer, and an approximate
//! `d.ddddde±N` form beyond float64's range. Decimal digits are computed here from the
//! exact value with Go's round-half-to-even, so `%.6g` of 1234565 is `1.23456e+06`.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A rounded binary float: `(-1)^neg * mant * 2^exp`.
#[derive(Debug)]
pub(crate) struct Rounded {
    pub neg: bool,
    pub mant: BigUint,
    pub exp: i64,
}

/// Rounds a nonzero `r` to `prec` bits of mantissa, half to even, with the exponent of
/// the mantissa's last bit never below `emin` (which gives subnormals).
pub(crate) fn round(r: &BigRational, prec: u64, emin: i64) -> Rounded {
    let neg = r.is_negative();
    let n = r.numer().magnitude();
    let d = r.denom().magnitude();
    let k = n.bits() as i64 - d.bits() as i64;
    // q gets prec+1 to prec+3 bits, so at least one guard bit.
    let e0 = k - prec as i64 - 2;
    let (q, rem) = if e0 >= 0 {
        let dd: BigUint = d << (e0 as u64);
        (n / &dd, n % &dd)
    } else {
        let nn: BigUint = n << ((-e0) as u64);
        (&nn / d, &nn % d)
    };
    let sticky = !rem.is_zero();
    let b = q.bits() as i64;
    let mut shift = b - prec as i64;
    let mut exp = e0 + shift;
    if exp < emin {
        shift += emin - exp;
        exp = emin;
    }
    if shift <= 0 {
        // Only reachable for a q shorter than prec, which the choice of e0 excludes.
        return Rounded {
            neg,
            mant: q << ((-shift) as u64),
            exp: e0,
        };
    }
    let shift = shift as u64;
    let half = q.bit(shift - 1);
    let rest = sticky || q.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    let mut mant: BigUint = &q >> shift;
    if half && (rest || mant.bit(0)) {
        mant += 1u32;
        if mant.bits() > prec {
            mant >>= 1u32;
            exp += 1;
        }
    }
    Rounded { neg, mant, exp }
}

/// `r` rounded to the nearest float64, or `None` when it rounds to an infinity.
pub(crate) fn to_f64(r: &BigRational) -> Option<f64> {
    to_ieee(r, 53, 11).map(f64::from_bits)
}

/// `r` rounded to the nearest float32 (directly, not through float64), or `None` when
/// it rounds to an infinity.
pub(crate) fn to_f32(r: &BigRational) -> Option<f32> {
    to_ieee(r, 24, 8).map(|bits| f32::from_bits(bits as u32))
}

/// IEEE 754 bits of `r` rounded to a binary float with `prec` mantissa bits (hidden bit
/// included) and `exp_bits` exponent bits.
fn to_ieee(r: &BigRational, prec: u64, exp_bits: u32) -> Option<u64> {
    let total = prec + exp_bits as u64; // 64 or 32, counting the sign bit
    let sign_bit = 1u64 << (total - 1);
    if r.is_zero() {
        return Some(0);
    }
    let bias = (1i64 << (exp_bits - 1)) - 1;
    let frac_bits = prec as i64 - 1;
    let emin = 1 - bias - frac_bits; // exponent of the smallest subnormal
    let emax = bias - frac_bits; // last-bit exponent of the largest finite value
    let ro = round(r, prec, emin);
    let sign = if ro.neg { sign_bit } else { 0 };
    if ro.mant.is_zero() {
        return Some(sign);
    }
    if ro.exp > emax {
        return None;
    }
    let mant = ro.mant.to_u64()?;
    if ro.mant.bits() == prec {
        let biased = (ro.exp + frac_bits + bias) as u64;
        Some(sign | (biased << frac_bits) | (mant & ((1u64 << frac_bits) - 1)))
    } else {
        // Subnormal: ro.exp == emin.
        Some(sign | mant)
    }
}

/// The exact rational value of a finite float64.
pub(crate) fn f64_to_rat(x: f64) -> Option<BigRational> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some(BigRational::zero());
    }
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let mut m = BigInt::from(mant);
    if neg {
        m = -m;
    }
    Some(scale2(m, exp))
}

/// `m * 2^exp` as a rational.
pub(crate) fn scale2(m: BigInt, exp: i64) -> BigRational {
    if exp >= 0 {
        BigRational::from_integer(m << (exp as u64))
    } else {
        BigRational::new(m, BigInt::one() << ((-exp) as u64))
    }
}

/// Decimal digits of a float: value = 0.DIGITS × 10^dp (Go's strconv `decimalSlice`);
/// `digits` has no trailing zeros and is empty for zero.
struct Digits {
    digits: Vec<u8>,
    dp: i64,
}

/// The shortest digits that read back as `x` (x finite and positive).
fn shortest_digits(x: f64) -> Digits {
    // Rust's `{:e}` prints the shortest round-tripping digits, like Go's strconv.
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits {
        digits,
        dp: exp + 1,
    }
}

/// `x` (finite, positive) rounded to `n >= 1` significant digits, half to even on the
/// exact binary value.
fn fixed_digits(x: f64, n: usize) -> Digits {
    let Some(r) = f64_to_rat(x) else {
        return Digits {
            digits: Vec::new(),
            dp: 0,
        };
    };
    // Estimate the decimal exponent from the shortest form, then correct it.
    let mut e10 = shortest_digits(x).dp - 1;
    for _ in 0..4 {
        // N = round(r * 10^(n-1-e10)) should have exactly n digits.
        let p = n as i64 - 1 - e10;
        let scaled = if p >= 0 {
            &r * BigRational::from_integer(BigInt::from(10u32).pow(p as u32))
        } else {
            &r / BigRational::from_integer(BigInt::from(10u32).pow((-p) as u32))
        };
        let fl = scaled.floor();
        let frac = &scaled - &fl;
        let half = BigRational::new(BigInt::one(), BigInt::from(2));
        let mut int = fl.to_integer();
        if frac > half || (frac == half && int.bit(0)) {
            int += 1;
        }
        let s = int.to_string();
        if s.len() > n {
            // The estimate was low, or rounding carried into a new digit (9.9999996 to
            // six digits): one exponent up gives n digits in both cases.
            e10 += 1;
            continue;
        }
        if s.len() < n {
            e10 -= 1;
            continue;
        }
        return trimmed(s.into_bytes(), e10 + 1);
    }
    shortest_digits(x)
}

fn trimmed(mut digits: Vec<u8>, dp: i64) -> Digits {
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, dp }
}

/// Go's `strconv.FormatFloat(x, 'g', prec, 64)`: `prec` None is the shortest form (-1).
pub(crate) fn format_g(x: f64, prec: Option<usize>) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let neg = x.is_sign_negative();
    let ax = x.abs();
    let (digs, shortest) = if ax == 0.0 {
        (
            Digits {
                digits: Vec::new(),
                dp: 0,
            },
            prec.is_none(),
        )
    } else {
        match prec {
            None => (shortest_digits(ax), true),
            Some(p) => (fixed_digits(ax, p.max(1)), false),
        }
    };
    let nd = digs.digits.len() as i64;
    let mut prec = match prec {
        None => nd,
        Some(p) => p.max(1) as i64,
    };
    let mut eprec = prec;
    if eprec > nd && nd >= digs.dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = digs.dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        if prec > nd {
            prec = nd;
        }
        fmt_e(&mut out, &digs, prec - 1);
    } else {
        if prec > digs.dp {
            prec = nd;
        }
        fmt_f(&mut out, &digs, (prec - digs.dp).max(0));
    }
    out
}

fn digit_at(digs: &Digits, i: i64) -> char {
    if i >= 0 && (i as usize) < digs.digits.len() {
        digs.digits[i as usize] as char
    } else {
        '0'
    }
}

/// `%e` with `prec` digits after the point (Go's `fmtE`).
fn fmt_e(out: &mut String, digs: &Digits, prec: i64) {
    out.push(digit_at(digs, 0));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digit_at(digs, i));
        }
    }
    let exp = if digs.digits.is_empty() {
        0
    } else {
        digs.dp - 1
    };
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// `%f` with `prec` digits after the point (Go's `fmtF`).
fn fmt_f(out: &mut String, digs: &Digits, prec: i64) {
    if digs.dp > 0 {
        for i in 0..digs.dp {
            out.push(digit_at(digs, i));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digit_at(digs, digs.dp + i - 1));
        }
    }
}

/// go/constant's `String` of a float value.
pub(crate) fn format_float(r: &BigRational) -> String {
    if let Some(x) = to_f64(r) {
        // In float64's range, and zero only when r is zero (no underflow).
        if (x == 0.0) == r.is_zero() {
            let x = if x == 0.0 { 0.0 } else { x };
            let mut s = format_g(x, Some(6));
            if !r.is_integer() && !s.contains('.') {
                s = format_g(x, None);
            }
            return s;
        }
    }
    // Beyond float64: r ≈ mant × 2^exp with 0.5 <= |mant| < 1, then an approximate
    // decimal exponent, as go/constant does.
    let ro = round(r, 64, i64::MIN / 4);
    let mut m = ro.mant.to_f64().unwrap_or(0.0) / 18446744073709551616.0;
    if ro.neg {
        m = -m;
    }
    let exp = ro.exp + 64;
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!(
        "{}e{}{}",
        format_g(m, Some(6)),
        if e < 0 { '-' } else { '+' },
        e.unsigned_abs()
    )
}
