//! Exact constant values, like Go's go/constant package: what the checker folds constant
//! expressions into and what the compiler reads typed constants from.
//!
//! # Public API
//! - [`Value`]: `Unknown` (from an invalid operand; every operation on it gives `Unknown`
//!   again, silently), `Bool`, `String` (bytes: Go strings may be invalid UTF-8), `Int`
//!   (`BigInt`), `Float` (exact `BigRational`), `Complex(re, im)`. [`Value::kind`].
//! - Making values: [`Value::from_literal`] (an int, float or imaginary literal's text, or a
//!   rune or string literal's, escapes decoded), [`Value::int`], [`Value::uint`],
//!   [`Value::from_f64`], [`Value::string`], [`Value::make_imag`].
//! - Operations: [`unary_op`] (`+ - ^ !`; `^` of an unsigned typed constant needs its size
//!   in bits), [`binary_op`] (`+ - * / % & | ^ &^ && ||`; `int_div` asks for truncated
//!   integer division, go/constant's `QUO_ASSIGN`), [`shift`] (`<< >>`, count at most
//!   [`MAX_SHIFT`]), [`compare`].
//! - Conversions: [`Value::to_int`] (exact: a float converts only when integral),
//!   [`Value::to_float`], [`Value::to_complex`], [`Value::real`], [`Value::imag`],
//!   [`string_from_rune`] (`string(r)` of an integer constant).
//! - [`representable`]`(value, BasicKind) -> Result<Value, Reason>`: the value as the type
//!   holds it (float32 rounds to float32 precision), or why not (`Overflow`, `Truncated`,
//!   `Invalid`) in go/types' terms, from which the checker writes gc's `(overflows)`,
//!   `(truncated)`, `constant 300 overflows byte`.
//! - Accessors for the compiler: [`Value::int64_val`], [`Value::uint64_val`],
//!   [`Value::float64_val`], [`Value::float32_val`], [`Value::bool_val`],
//!   [`Value::string_val`], [`Value::sign`], [`Value::int_bit_len`].
//! - `Display` prints a value as gc does in error messages (go/constant's `String`): ints
//!   in decimal, floats `%.6g`-like (`1.5`, `1e+100`, `0.333333`), complex `(1 + 2i)`,
//!   strings quoted and cut at 72 characters; [`Value::exact_string`] prints exactly.
//!
//! # Size limits
//! Untyped integers may not grow past 512 bits ([`Value::int_too_large`]; the checker
//! reports gc's `constant multiplication overflow`). A float keeps its exact rational while
//! numerator and denominator stay under 4096 bits, as go/constant does; past that it is
//! rounded to a 512-bit mantissa (go/constant's float precision), and a binary exponent
//! beyond ±[`MAX_FLOAT_EXP`] is an error (gc's limit is about 2^31; ours keeps the rational
//! small enough to compute with — a deliberate difference for absurd constants only).
//! Shift counts above 1074 are errors, as in gc, and constant strings stop at
//! [`MAX_STRING_LEN`] bytes. So no constant expression can hang or eat memory.

mod display;
mod float;
mod literal;
#[cfg(test)]
mod tests;

use crate::syntax::ast::{BinOp, UnOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Bits an untyped integer constant may have (gc's constant precision).
pub const INT_PREC: u64 = 512;
/// Mantissa bits of a float that outgrew exact representation (go/constant's `prec`).
pub const FLOAT_PREC: u64 = 512;
/// Numerator/denominator size up to which floats stay exact (go/constant's `maxExp`).
const MAX_EXACT_BITS: u64 = 4096;
/// Largest binary exponent magnitude of a float constant.
pub const MAX_FLOAT_EXP: i64 = 1 << 16;
/// Largest constant shift count (gc: enough to express the smallest float64).
pub const MAX_SHIFT: u64 = 1023 - 1 + 52;
/// Longest constant string.
pub const MAX_STRING_LEN: usize = 1 << 28;
/// Hard limit on integer results, whatever the checker does with `int_too_large`.
const MAX_INT_BITS: u64 = 1 << 16;

/// An exact constant value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// The value of an invalid operand; operations propagate it silently.
    Unknown,
    Bool(bool),
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

/// The kind of a [`Value`] (go/constant's `Kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Unknown,
    Bool,
    String,
    Int,
    Float,
    Complex,
}

/// The basic types a constant can be represented in (go/types' `BasicKind`, without
/// `Invalid`, `UnsafePointer` and `UntypedNil`, which hold no constants). `Int`, `Uint` and
/// `Uintptr` are 64 bits, as on amd64.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
}

impl BasicKind {
    /// Size in bits of an integer kind; `None` for others and untyped ones.
    pub fn int_bits(self) -> Option<(u32, bool)> {
        use BasicKind::*;
        // (bits, signed)
        Some(match self {
            Int | Int64 => (64, true),
            Int8 => (8, true),
            Int16 => (16, true),
            Int32 => (32, true),
            Uint | Uint64 | Uintptr => (64, false),
            Uint8 => (8, false),
            Uint16 => (16, false),
            Uint32 => (32, false),
            _ => return None,
        })
    }

    fn is_integer(self) -> bool {
        self.int_bits().is_some() || matches!(self, BasicKind::UntypedInt | BasicKind::UntypedRune)
    }

    fn is_numeric(self) -> bool {
        use BasicKind::*;
        self.is_integer()
            || matches!(
                self,
                Float32 | Float64 | Complex64 | Complex128 | UntypedFloat | UntypedComplex
            )
    }
}

/// Why a constant is not representable in a type (go/types' error codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A non-integer numeric value for an integer type: gc's `(truncated)`,
    /// `… truncated to int`.
    Truncated,
    /// Numeric but out of range: gc's `(overflows)`, `constant 300 overflows byte`.
    Overflow,
    /// Not numeric, or the wrong kind: gc says just `cannot use …` / `cannot convert …`.
    Invalid,
}

/// An operation that has no constant result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// `x / 0`, `x % 0`: gc's `invalid operation: division by zero`.
    DivByZero,
    /// The result is too large to keep (see the module doc): gc's `constant overflow`
    /// family.
    Overflow,
    /// A shift count above [`MAX_SHIFT`]: gc's `invalid shift count`.
    ShiftCount,
    /// The operation does not apply to these operands (the checker reports the operator
    /// mismatch before asking, so this is an internal error there).
    Invalid,
}

impl Value {
    /// A signed integer value.
    pub fn int(i: i64) -> Value {
        Value::Int(BigInt::from(i))
    }

    /// An unsigned integer value.
    pub fn uint(u: u64) -> Value {
        Value::Int(BigInt::from(u))
    }

    /// A string value.
    pub fn string(s: impl Into<Vec<u8>>) -> Value {
        Value::String(s.into())
    }

    /// The exact value of a finite float64 (as a `Float`), `Unknown` for NaN or ±Inf.
    pub fn from_f64(x: f64) -> Value {
        match float::f64_to_rat(x) {
            Some(r) => Value::Float(r),
            None => Value::Unknown,
        }
    }

    /// `x * i` for a numeric `x` (go/constant's `MakeImag`).
    pub fn make_imag(x: &Value) -> Value {
        match x.to_float() {
            Value::Float(r) => Value::Complex(BigRational::zero(), r),
            _ => Value::Unknown,
        }
    }

    /// Decodes a literal's source text: int (`0x1F`, `0o17`, `017`, `1_000`), float
    /// (`1.5e3`, `0x1p-2`), imaginary (`2i`), rune (`'a'`, `'\n'`, an Int) or string
    /// (interpreted or raw). `None` for a malformed literal or one too large to hold
    /// (gc: `malformed constant`).
    pub fn from_literal(kind: crate::syntax::ast::LitKind, raw: &str) -> Option<Value> {
        literal::from_literal(kind, raw)
    }

    pub fn kind(&self) -> Kind {
        match self {
            Value::Unknown => Kind::Unknown,
            Value::Bool(_) => Kind::Bool,
            Value::String(_) => Kind::String,
            Value::Int(_) => Kind::Int,
            Value::Float(_) => Kind::Float,
            Value::Complex(..) => Kind::Complex,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// The value as an `Int` if it is an integer (a float or complex only when exactly
    /// integral, or within rounding error of an integer after inexact 512-bit arithmetic,
    /// as go/constant's `ToInt`); otherwise `Unknown`.
    pub fn to_int(&self) -> Value {
        match self {
            Value::Int(_) => self.clone(),
            Value::Float(r) => rat_to_int(r).map_or(Value::Unknown, Value::Int),
            Value::Complex(re, im) if im.is_zero() => {
                rat_to_int(re).map_or(Value::Unknown, Value::Int)
            }
            _ => Value::Unknown,
        }
    }

    /// The value as a `Float` if it is real; otherwise `Unknown`.
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(i) => Value::Float(BigRational::from_integer(i.clone())),
            Value::Float(_) => self.clone(),
            Value::Complex(re, im) if im.is_zero() => Value::Float(re.clone()),
            _ => Value::Unknown,
        }
    }

    /// The value as a `Complex` if it is numeric; otherwise `Unknown`.
    pub fn to_complex(&self) -> Value {
        match self {
            Value::Int(i) => {
                Value::Complex(BigRational::from_integer(i.clone()), BigRational::zero())
            }
            Value::Float(r) => Value::Complex(r.clone(), BigRational::zero()),
            Value::Complex(..) => self.clone(),
            _ => Value::Unknown,
        }
    }

    /// The real part of a numeric value (as a `Float`, or `Int` for an `Int`).
    pub fn real(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => self.clone(),
            Value::Complex(re, _) => Value::Float(re.clone()),
            _ => Value::Unknown,
        }
    }

    /// The imaginary part of a numeric value.
    pub fn imag(&self) -> Value {
        match self {
            Value::Int(_) => Value::int(0),
            Value::Float(_) => Value::Float(BigRational::zero()),
            Value::Complex(_, im) => Value::Float(im.clone()),
            _ => Value::Unknown,
        }
    }

    /// The value as an int64 if it is an `Int` that fits.
    pub fn int64_val(&self) -> Option<i64> {
        match self {
            Value::Int(i) => i.to_i64(),
            _ => None,
        }
    }

    /// The value as a uint64 if it is an `Int` that fits.
    pub fn uint64_val(&self) -> Option<u64> {
        match self {
            Value::Int(i) => i.to_u64(),
            _ => None,
        }
    }

    /// The nearest float64 of a real value, and whether it is exact (go/constant's
    /// `Float64Val`); ±Inf when out of range; `None` for non-real values.
    pub fn float64_val(&self) -> Option<(f64, bool)> {
        let r = real_rat(self)?;
        match float::to_f64(&r) {
            Some(x) => {
                let exact = float::f64_to_rat(x).is_some_and(|back| back == r);
                Some((x, exact))
            }
            None => Some((
                if r.is_negative() {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                },
                false,
            )),
        }
    }

    /// The nearest float32 of a real value, rounded directly (not through float64).
    pub fn float32_val(&self) -> Option<(f32, bool)> {
        let r = real_rat(self)?;
        match float::to_f32(&r) {
            Some(x) => {
                let exact = float::f64_to_rat(x as f64).is_some_and(|back| back == r);
                Some((x, exact))
            }
            None => Some((
                if r.is_negative() {
                    f32::NEG_INFINITY
                } else {
                    f32::INFINITY
                },
                false,
            )),
        }
    }

    pub fn bool_val(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn string_val(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// -1, 0 or 1 for a numeric value (a complex is 0 only when both parts are); 1 for
    /// others, as go/constant.
    pub fn sign(&self) -> i32 {
        fn s(neg: bool, zero: bool) -> i32 {
            if zero {
                0
            } else if neg {
                -1
            } else {
                1
            }
        }
        match self {
            Value::Int(i) => s(i.is_negative(), i.is_zero()),
            Value::Float(r) => s(r.is_negative(), r.is_zero()),
            Value::Complex(re, im) if re.is_zero() && im.is_zero() => 0,
            _ => 1,
        }
    }

    /// Bits in the magnitude of an `Int` (go/constant's `BitLen`); 0 for others.
    pub fn int_bit_len(&self) -> u64 {
        match self {
            Value::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// Whether an untyped integer constant outgrew gc's 512 bits (the checker then reports
    /// `constant <op> overflow` and makes the operand `Unknown`).
    pub fn int_too_large(&self) -> bool {
        self.int_bit_len() > INT_PREC
    }

    /// The exact value as text: fractions as `n/d`, strings quoted in full
    /// (go/constant's `ExactString`).
    pub fn exact_string(&self) -> String {
        match self {
            Value::Float(r) => rat_exact(r),
            Value::Complex(re, im) => format!("({} + {}i)", rat_exact(re), rat_exact(im)),
            Value::String(s) => display::quote(s),
            _ => self.to_string(),
        }
    }
}

fn rat_exact(r: &BigRational) -> String {
    if r.is_integer() {
        r.numer().to_string()
    } else {
        format!("{}/{}", r.numer(), r.denom())
    }
}

fn real_rat(v: &Value) -> Option<BigRational> {
    match v {
        Value::Int(i) => Some(BigRational::from_integer(i.clone())),
        Value::Float(r) => Some(r.clone()),
        Value::Complex(re, im) if im.is_zero() => Some(re.clone()),
        _ => None,
    }
}

/// An integral rational as an integer. A long dyadic mantissa (a value rounded to 512
/// bits) also counts when rounding it a few bits shorter gives an integer, like
/// go/constant's tolerance for rounding errors of inexact arithmetic.
fn rat_to_int(r: &BigRational) -> Option<BigInt> {
    if r.is_integer() {
        return Some(r.to_integer());
    }
    let den = r.denom();
    let dyadic = den.trailing_zeros() == Some(den.bits() - 1);
    if dyadic && r.numer().bits() > FLOAT_PREC - 16 {
        let nearest = r.round().to_integer();
        let diff = (r - BigRational::from_integer(nearest.clone())).abs();
        // |r - n| <= |r| * 2^-(FLOAT_PREC - 4)
        let bound = r.abs() / BigRational::from_integer(BigInt::one() << (FLOAT_PREC - 4));
        if diff <= bound {
            return Some(nearest);
        }
    }
    None
}

/// Keeps a float result within the size limits: exact while small, else rounded to
/// [`FLOAT_PREC`] bits; `Err(Overflow)` past [`MAX_FLOAT_EXP`].
fn make_float(r: BigRational) -> Result<BigRational, ConstError> {
    if r.numer().bits() < MAX_EXACT_BITS && r.denom().bits() < MAX_EXACT_BITS {
        return Ok(r);
    }
    let ro = float::round(&r, FLOAT_PREC, i64::MIN / 4);
    let top = ro.exp + ro.mant.bits() as i64;
    if ro.mant.is_zero() || top < -2 * MAX_FLOAT_EXP {
        // Underflow: go/constant keeps tiny values longer; ours become zero.
        return Ok(BigRational::zero());
    }
    if top > MAX_FLOAT_EXP {
        return Err(ConstError::Overflow);
    }
    let mut m = BigInt::from(ro.mant);
    if ro.neg {
        m = -m;
    }
    Ok(float::scale2(m, ro.exp))
}

fn make_int(i: BigInt) -> Result<Value, ConstError> {
    if i.bits() > MAX_INT_BITS {
        Err(ConstError::Overflow)
    } else {
        Ok(Value::Int(i))
    }
}

fn make_complex(re: BigRational, im: BigRational) -> Result<Value, ConstError> {
    Ok(Value::Complex(make_float(re)?, make_float(im)?))
}

/// Brings two numeric operands to the same kind (the larger of the two), as go/constant's
/// `match`.
fn match_kinds(x: &Value, y: &Value) -> (Value, Value) {
    let k = x.kind().max(y.kind());
    let conv = |v: &Value| match k {
        Kind::Float => v.to_float(),
        Kind::Complex => v.to_complex(),
        _ => v.clone(),
    };
    if matches!(k, Kind::Float | Kind::Complex) {
        (conv(x), conv(y))
    } else {
        (x.clone(), y.clone())
    }
}

/// `op x` (go/constant's `UnaryOp`). `prec` is the size in bits of an unsigned typed
/// operand of `^` (the result is masked to it); 0 for signed and untyped operands.
pub fn unary_op(op: UnOp, x: &Value, prec: u32) -> Result<Value, ConstError> {
    match (op, x) {
        (_, Value::Unknown) => Ok(Value::Unknown),
        (UnOp::Pos, Value::Int(_) | Value::Float(_) | Value::Complex(..)) => Ok(x.clone()),
        (UnOp::Neg, Value::Int(i)) => make_int(-i),
        (UnOp::Neg, Value::Float(r)) => Ok(Value::Float(-r)),
        (UnOp::Neg, Value::Complex(re, im)) => Ok(Value::Complex(-re, -im)),
        (UnOp::Xor, Value::Int(i)) => {
            let mut z = !i;
            if prec > 0 {
                let mask = (BigInt::one() << prec) - 1;
                z &= mask;
            }
            make_int(z)
        }
        (UnOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
        _ => Err(ConstError::Invalid),
    }
}

/// `x op y` for the arithmetic and logical operators (go/constant's `BinaryOp`); the
/// operands are first brought to the same kind. With two `Int` operands, `/` truncates
/// when `int_div` is set (go/constant's `QUO_ASSIGN`; the checker sets it when both
/// operands have integer type) and gives an exact `Float` otherwise.
pub fn binary_op(x: &Value, op: BinOp, y: &Value, int_div: bool) -> Result<Value, ConstError> {
    if x.is_unknown() || y.is_unknown() {
        return Ok(Value::Unknown);
    }
    let (x, y) = match_kinds(x, y);
    match (&x, &y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            BinOp::LAnd => Ok(Value::Bool(*a && *b)),
            BinOp::LOr => Ok(Value::Bool(*a || *b)),
            _ => Err(ConstError::Invalid),
        },
        (Value::String(a), Value::String(b)) if op == BinOp::Add => {
            if a.len() + b.len() > MAX_STRING_LEN {
                return Err(ConstError::Overflow);
            }
            let mut s = Vec::with_capacity(a.len() + b.len());
            s.extend_from_slice(a);
            s.extend_from_slice(b);
            Ok(Value::String(s))
        }
        (Value::Int(a), Value::Int(b)) => int_op(a, op, b, int_div),
        (Value::Float(a), Value::Float(b)) => {
            let r = match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::Quo => {
                    if b.is_zero() {
                        return Err(ConstError::DivByZero);
                    }
                    a / b
                }
                _ => return Err(ConstError::Invalid),
            };
            Ok(Value::Float(make_float(r)?))
        }
        (Value::Complex(a, b), Value::Complex(c, d)) => match op {
            BinOp::Add => make_complex(a + c, b + d),
            BinOp::Sub => make_complex(a - c, b - d),
            BinOp::Mul => make_complex(a * c - b * d, b * c + a * d),
            BinOp::Quo => {
                // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
                let s = c * c + d * d;
                if s.is_zero() {
                    return Err(ConstError::DivByZero);
                }
                make_complex((a * c + b * d) / &s, (b * c - a * d) / &s)
            }
            _ => Err(ConstError::Invalid),
        },
        _ => Err(ConstError::Invalid),
    }
}

fn int_op(a: &BigInt, op: BinOp, b: &BigInt, int_div: bool) -> Result<Value, ConstError> {
    match op {
        BinOp::Add => make_int(a + b),
        BinOp::Sub => make_int(a - b),
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_INT_BITS + 1 {
                return Err(ConstError::Overflow);
            }
            make_int(a * b)
        }
        BinOp::Quo => {
            if b.is_zero() {
                return Err(ConstError::DivByZero);
            }
            if int_div {
                // Go truncates toward zero; BigInt's `/` does too.
                make_int(a / b)
            } else {
                let r = BigRational::new(a.clone(), b.clone());
                Ok(Value::Float(make_float(r)?))
            }
        }
        BinOp::Rem => {
            if b.is_zero() {
                return Err(ConstError::DivByZero);
            }
            // Go's % takes the sign of the dividend; BigInt's `%` does too.
            make_int(a % b)
        }
        BinOp::And => make_int(a & b),
        BinOp::Or => make_int(a | b),
        BinOp::Xor => make_int(a ^ b),
        BinOp::AndNot => make_int(a & !b),
        _ => Err(ConstError::Invalid),
    }
}

/// `x << s` or `x >> s` (go/constant's `Shift`). `x` must be an integer value (an
/// integral float is converted first, as the checker does for untyped operands); `>>`
/// rounds toward negative infinity like Go's arithmetic shift.
pub fn shift(x: &Value, op: BinOp, s: u64) -> Result<Value, ConstError> {
    if x.is_unknown() {
        return Ok(Value::Unknown);
    }
    if s > MAX_SHIFT {
        return Err(ConstError::ShiftCount);
    }
    let Value::Int(i) = x.to_int() else {
        return Err(ConstError::Invalid);
    };
    match op {
        BinOp::Shl => make_int(i << s),
        BinOp::Shr => {
            // Floor division by 2^s (num-bigint's `>>` on negatives rounds toward -∞
            // too; spelled out so the semantics do not hang on that).
            let d = BigInt::one() << s;
            make_int(i.div_floor(&d))
        }
        _ => Err(ConstError::Invalid),
    }
}

/// `x op y` for the comparison operators (go/constant's `Compare`); false when either is
/// `Unknown` or the operands do not compare.
pub fn compare(x: &Value, op: BinOp, y: &Value) -> bool {
    let (x, y) = match_kinds(x, y);
    let ord = match (&x, &y) {
        (Value::Bool(a), Value::Bool(b)) => {
            return match op {
                BinOp::Eql => a == b,
                BinOp::Neq => a != b,
                _ => false,
            }
        }
        (Value::Complex(a, b), Value::Complex(c, d)) => {
            return match op {
                BinOp::Eql => a == c && b == d,
                BinOp::Neq => a != c || b != d,
                _ => false,
            }
        }
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        (Value::Float(a), Value::Float(b)) => a.cmp(b),
        (Value::String(a), Value::String(b)) => a.cmp(b),
        _ => return false,
    };
    match op {
        BinOp::Eql => ord == Ordering::Equal,
        BinOp::Neq => ord != Ordering::Equal,
        BinOp::Lss => ord == Ordering::Less,
        BinOp::Leq => ord != Ordering::Greater,
        BinOp::Gtr => ord == Ordering::Greater,
        BinOp::Geq => ord != Ordering::Less,
        _ => false,
    }
}

/// `string(x)` for an integer constant: its UTF-8 encoding, or "\uFFFD" when it is not
/// a valid code point (negative, a surrogate, above U+10FFFF). `Unknown` for others.
pub fn string_from_rune(x: &Value) -> Value {
    match x {
        Value::Int(i) => {
            let c = i.to_u32().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            Value::String(c.to_string().into_bytes())
        }
        _ => Value::Unknown,
    }
}

/// The value as a constant of basic kind `kind` holds it: an `Int` for integer kinds, a
/// `Float` rounded to float32 or float64 precision, a `Complex` with rounded parts, the
/// value itself for untyped kinds — or why it is not representable, classified as
/// go/types' `representation` does (an integer-kind target of a non-integer numeric value
/// is `Truncated`; other numeric failures `Overflow`; the rest `Invalid`). `Unknown`
/// is representable in every kind, to avoid follow-up errors.
pub fn representable(x: &Value, kind: BasicKind) -> Result<Value, Reason> {
    use BasicKind::*;
    if x.is_unknown() {
        return Ok(Value::Unknown);
    }
    let fail = || {
        let numeric_x = matches!(x.kind(), Kind::Int | Kind::Float | Kind::Complex);
        if numeric_x && kind.is_numeric() {
            if x.kind() != Kind::Int && kind.is_integer() {
                Reason::Truncated
            } else {
                Reason::Overflow
            }
        } else {
            Reason::Invalid
        }
    };
    let ok = match kind {
        Bool | UntypedBool => matches!(x, Value::Bool(_)).then(|| x.clone()),
        String | UntypedString => matches!(x, Value::String(_)).then(|| x.clone()),
        UntypedInt | UntypedRune => match x.to_int() {
            v @ Value::Int(_) => Some(v),
            _ => None,
        },
        UntypedFloat => match x.to_float() {
            v @ Value::Float(_) => Some(v),
            _ => None,
        },
        UntypedComplex => match x.to_complex() {
            v @ Value::Complex(..) => Some(v),
            _ => None,
        },
        Float32 | Float64 => real_rat(x).and_then(|r| round_float(&r, kind == Float32)),
        Complex64 | Complex128 => match x.to_complex() {
            Value::Complex(re, im) => {
                let f32 = kind == Complex64;
                match (round_float(&re, f32), round_float(&im, f32)) {
                    (Some(Value::Float(re)), Some(Value::Float(im))) => {
                        Some(Value::Complex(re, im))
                    }
                    _ => None,
                }
            }
            _ => None,
        },
        _ => {
            let (bits, signed) = kind.int_bits().unwrap_or((64, true));
            match x.to_int() {
                Value::Int(i) => {
                    let fits = if signed {
                        i.bits() < bits as u64 || i == -(BigInt::one() << (bits - 1))
                    } else {
                        !i.is_negative() && i.bits() <= bits as u64
                    };
                    fits.then_some(Value::Int(i))
                }
                _ => None,
            }
        }
    };
    ok.ok_or_else(fail)
}

/// `r` rounded to float32 or float64 (a `Float` holding the rounded value exactly), or
/// `None` when it rounds to an infinity.
fn round_float(r: &BigRational, f32: bool) -> Option<Value> {
    let x = if f32 {
        float::to_f32(r)? as f64
    } else {
        float::to_f64(r)?
    };
    // -0 becomes 0: constants have no negative zero.
    float::f64_to_rat(x).map(Value::Float)
}
