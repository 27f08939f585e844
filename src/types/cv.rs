//! The checker's view of `constant` (go/constant): option-returning wrappers, and the
//! mapping from the checker's `BasicKind` to the constant package's.

pub use super::constant::Value;
use super::constant::{self as c, Reason};
use super::typ::BasicKind;
use crate::syntax::ast::{BinOp, UnOp};

/// Why a constant is not representable in a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprError {
    Truncated,
    Overflows,
    /// Wrong kind of constant (e.g. a string for an int).
    Mismatch,
}

fn known(v: Value) -> Option<Value> {
    (!v.is_unknown()).then_some(v)
}

pub fn to_int(v: &Value) -> Option<Value> {
    known(v.to_int())
}
pub fn to_float(v: &Value) -> Option<Value> {
    known(v.to_float())
}
pub fn to_complex(v: &Value) -> Option<Value> {
    known(v.to_complex())
}
pub fn unary_op(op: UnOp, x: &Value, prec: u32) -> Option<Value> {
    c::unary_op(op, x, prec).ok().and_then(known)
}
pub fn binary_op(x: &Value, op: BinOp, y: &Value, int_div: bool) -> Option<Value> {
    c::binary_op(x, op, y, int_div).ok().and_then(known)
}
pub fn shift(x: &Value, op: BinOp, s: u32) -> Option<Value> {
    c::shift(x, op, s as u64).ok().and_then(known)
}
pub fn compare(x: &Value, op: BinOp, y: &Value) -> bool {
    c::compare(x, op, y)
}

fn kind(k: BasicKind) -> Option<c::BasicKind> {
    use c::BasicKind as K;
    use BasicKind as B;
    Some(match k {
        B::Bool => K::Bool,
        B::Int => K::Int,
        B::Int8 => K::Int8,
        B::Int16 => K::Int16,
        B::Int32 => K::Int32,
        B::Int64 => K::Int64,
        B::Uint => K::Uint,
        B::Uint8 => K::Uint8,
        B::Uint16 => K::Uint16,
        B::Uint32 => K::Uint32,
        B::Uint64 => K::Uint64,
        B::Uintptr => K::Uintptr,
        B::Float32 => K::Float32,
        B::Float64 => K::Float64,
        B::Complex64 => K::Complex64,
        B::Complex128 => K::Complex128,
        B::String => K::String,
        B::UntypedBool => K::UntypedBool,
        B::UntypedInt => K::UntypedInt,
        B::UntypedRune => K::UntypedRune,
        B::UntypedFloat => K::UntypedFloat,
        B::UntypedComplex => K::UntypedComplex,
        B::UntypedString => K::UntypedString,
        _ => return None,
    })
}

/// `x` as type `k` holds it, or why not (go/types' `representableConst`).
pub fn representable(x: &Value, k: BasicKind) -> Result<Value, ReprError> {
    let Some(k) = kind(k) else {
        return Err(ReprError::Mismatch);
    };
    c::representable(x, k).map_err(|r| match r {
        Reason::Truncated => ReprError::Truncated,
        Reason::Overflow => ReprError::Overflows,
        Reason::Invalid => ReprError::Mismatch,
    })
}

/// The text of a string literal (import paths, struct tags).
pub fn string_lit(raw: &str) -> Option<String> {
    match Value::from_literal(crate::syntax::ast::LitKind::String, raw)? {
        Value::String(b) => Some(String::from_utf8_lossy(&b).into_owned()),
        _ => None,
    }
}
