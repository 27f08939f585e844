//! Go's numeric semantics as pure functions on 64-bit words: wrapping, truncating division
//! (with Go's `MinInt64 / -1 == MinInt64`), shifts by any count, and conversions between
//! every numeric kind exactly as Go does on amd64. The dispatch loop calls these so that
//! no Rust arithmetic panic or undefined conversion can happen.

use super::panic::{divide_by_zero, GoPanic};

/// Sign- or zero-extends the low `bits` of `x` (Go's sized integer types).
#[inline]
pub fn wrap(x: u64, bits: u8, signed: bool) -> u64 {
    if bits >= 64 || bits == 0 {
        return x;
    }
    let sh = 64 - bits as u32;
    if signed {
        (((x << sh) as i64) >> sh) as u64
    } else {
        (x << sh) >> sh
    }
}

#[inline]
pub fn div_int(a: u64, b: u64) -> Result<u64, GoPanic> {
    if b == 0 {
        return Err(divide_by_zero());
    }
    Ok((a as i64).wrapping_div(b as i64) as u64)
}

#[inline]
pub fn rem_int(a: u64, b: u64) -> Result<u64, GoPanic> {
    if b == 0 {
        return Err(divide_by_zero());
    }
    Ok((a as i64).wrapping_rem(b as i64) as u64)
}

#[inline]
pub fn div_uint(a: u64, b: u64) -> Result<u64, GoPanic> {
    a.checked_div(b).ok_or_else(divide_by_zero)
}

#[inline]
pub fn rem_uint(a: u64, b: u64) -> Result<u64, GoPanic> {
    a.checked_rem(b).ok_or_else(divide_by_zero)
}

/// Signed `a / k` for a constant divisor the compiler proved nonzero (0 if it is not:
/// never a Rust panic).
#[inline(always)]
pub fn div_int_k(a: u64, k: u64) -> u64 {
    if k == 0 {
        return 0;
    }
    (a as i64).wrapping_div(k as i64) as u64
}

/// Signed `a % k` for a nonzero constant `k`.
#[inline(always)]
pub fn rem_int_k(a: u64, k: u64) -> u64 {
    if k == 0 {
        return 0;
    }
    (a as i64).wrapping_rem(k as i64) as u64
}

/// Unsigned `a / k` for a nonzero constant `k`.
#[inline(always)]
pub fn div_uint_k(a: u64, k: u64) -> u64 {
    a.checked_div(k).unwrap_or(0)
}

/// Unsigned `a % k` for a nonzero constant `k`.
#[inline(always)]
pub fn rem_uint_k(a: u64, k: u64) -> u64 {
    a.checked_rem(k).unwrap_or(0)
}

/// `a << n` for an unsigned count (Go: counts >= width give 0).
#[inline]
pub fn shl(a: u64, n: u64) -> u64 {
    if n >= 64 {
        0
    } else {
        a << n
    }
}

/// Arithmetic `a >> n` (counts >= 64 give 0 or -1).
#[inline]
pub fn shr_int(a: u64, n: u64) -> u64 {
    ((a as i64) >> n.min(63)) as u64
}

/// Logical `a >> n`.
#[inline]
pub fn shr_uint(a: u64, n: u64) -> u64 {
    if n >= 64 {
        0
    } else {
        a >> n
    }
}

/// 2^63 as an f64.
const TWO63: f64 = 9_223_372_036_854_775_808.0;

/// x86's CVTTSD2SQ: truncation to int64, 0x8000000000000000 when out of range or NaN.
#[inline]
fn cvt64(x: f64) -> i64 {
    if !(-TWO63..TWO63).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

/// x86's CVTTSD2SL: truncation to int32, 0x80000000 when out of range or NaN.
#[inline]
fn cvt32(x: f64) -> i32 {
    if !(-2_147_483_649.0..2_147_483_648.0).contains(&x) || x == -2_147_483_649.0 {
        i32::MIN
    } else {
        x as i32
    }
}

/// Go's float-to-integer conversion on amd64 for a target of `bits` and signedness,
/// producing the normalised (sign/zero-extended) word. Verified against Go 1.27:
/// int8/16/32 and uint8/16 go through CVTTSD2SL, int64 and uint32 through CVTTSD2SQ,
/// uint64 splits at 2^63.
pub fn f_to_int(x: f64, bits: u8, signed: bool) -> u64 {
    match (bits, signed) {
        (64, true) => cvt64(x) as u64,
        (64, false) => {
            if x < TWO63 {
                cvt64(x) as u64
            } else {
                (cvt64(x - TWO63) as u64) | (1 << 63)
            }
        }
        (32, false) => wrap(cvt64(x) as u64, 32, false),
        (b, s) => wrap(cvt32(x) as i64 as u64, b, s),
    }
}

/// float32(int64) rounded once.
#[inline]
pub fn int_to_f32(a: u64) -> u64 {
    ((a as i64) as f32 as f64).to_bits()
}

/// float32(uint64) rounded once.
#[inline]
pub fn uint_to_f32(a: u64) -> u64 {
    (a as f32 as f64).to_bits()
}

/// Rounds an f64 word to float32 precision.
#[inline]
pub fn round_f32(a: u64) -> u64 {
    (f64::from_bits(a) as f32 as f64).to_bits()
}

/// `n * m` for complex128 values `(re, im)`: gc computes `(ac-bd, ad+bc)` in float64
/// without fused multiply-adds (amd64 v1), so NaN and Inf propagate as plain IEEE.
#[inline]
pub fn complex_mul(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    (a * c - b * d, a * d + b * c)
}

/// `n / m` for complex128 values, Go's runtime `complex128div`: Smith's algorithm, then
/// C99 G.5.1's corrections to infinities and zeros when both parts come out NaN.
pub fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (nr, ni) = n;
    let (mr, mi) = m;
    let (mut e, mut f);
    if mr.abs() >= mi.abs() {
        let ratio = mi / mr;
        let denom = mr + ratio * mi;
        e = (nr + ni * ratio) / denom;
        f = (ni - nr * ratio) / denom;
    } else {
        let ratio = mr / mi;
        let denom = mi + ratio * mr;
        e = (nr * ratio + ni) / denom;
        f = (ni * ratio - nr) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let (mut a, mut b, mut c, mut d) = (nr, ni, mr, mi);
        let inf = f64::INFINITY;
        let inf2one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}
