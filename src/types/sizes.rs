//! Sizes, alignments and field offsets as gc lays out memory on amd64 (go/types'
//! `gcsizes.go` with `WordSize = MaxAlign = 8`): the values of `unsafe.Sizeof`,
//! `unsafe.Alignof` and `unsafe.Offsetof`, which are constants of type `uintptr`.
//!
//! These are Go's sizes, not the VM's: the VM stores every scalar in a 64-bit word (see
//! `vm::value`), so a `struct{ a bool; b int16 }` is 2 words there but 4 bytes here.
//! Sizes saturate instead of overflowing (go/types reports such arrays as too large when
//! declared; a saturated size only ever reaches a constant of an erroneous program).

use super::typ::{BasicKind, Type, TypeId, TypeTable};

/// gc's word size and maximum alignment on amd64.
const WORD: u64 = 8;
const MAX_ALIGN: u64 = 8;
/// Recursion bound: a type nests at most this deep before we stop (a cycle through
/// arrays or structs is an invalid recursive type the checker already reported).
const MAX_DEPTH: u32 = 100;

/// `x` rounded up to a multiple of `a` (go/types' `align`).
fn align(x: u64, a: u64) -> u64 {
    let a = a.max(1);
    x.saturating_add(a - 1) / a * a
}

/// go/types' `gcSizes.Alignof`.
pub fn alignof(tt: &TypeTable, t: TypeId) -> u64 {
    alignof_d(tt, t, 0)
}

fn alignof_d(tt: &TypeTable, t: TypeId, d: u32) -> u64 {
    if d > MAX_DEPTH {
        return 1;
    }
    match tt.under(t) {
        Type::Array { elem, .. } => return alignof_d(tt, *elem, d + 1),
        Type::Struct { fields } => {
            return fields
                .iter()
                .map(|f| alignof_d(tt, f.ty, d + 1))
                .max()
                .unwrap_or(1)
                .max(1)
        }
        Type::Slice(_) | Type::Interface { .. } => return WORD,
        Type::Basic(k) if k.is_string() => return WORD,
        _ => {}
    }
    let mut a = sizeof_d(tt, t, d + 1);
    if a < 1 {
        return 1;
    }
    if matches!(
        tt.under(t),
        Type::Basic(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    ) {
        a /= 2;
    }
    a.min(MAX_ALIGN)
}

/// go/types' `gcSizes.Offsetsof`: the byte offset of each field of a struct.
pub fn offsetsof(tt: &TypeTable, fields: &[TypeId]) -> Vec<u64> {
    offsetsof_d(tt, fields, 0)
}

fn offsetsof_d(tt: &TypeTable, fields: &[TypeId], d: u32) -> Vec<u64> {
    let mut offs = 0u64;
    fields
        .iter()
        .map(|&f| {
            offs = align(offs, alignof_d(tt, f, d + 1));
            let here = offs;
            offs = offs.saturating_add(sizeof_d(tt, f, d + 1));
            here
        })
        .collect()
}

/// go/types' `gcSizes.Sizeof`.
pub fn sizeof(tt: &TypeTable, t: TypeId) -> u64 {
    sizeof_d(tt, t, 0)
}

fn sizeof_d(tt: &TypeTable, t: TypeId, d: u32) -> u64 {
    if d > MAX_DEPTH {
        return WORD;
    }
    match tt.under(t) {
        Type::Basic(k) => k.size(),
        Type::Array { len, elem } => {
            if *len == 0 {
                return 0;
            }
            sizeof_d(tt, *elem, d + 1).saturating_mul(*len)
        }
        Type::Slice(_) => 3 * WORD,
        Type::Struct { fields } => {
            let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
            let Some(&last) = tys.last() else {
                return 0;
            };
            let offsets = offsetsof_d(tt, &tys, d + 1);
            let offs = offsets.last().copied().unwrap_or(0);
            let mut size = sizeof_d(tt, last, d + 1);
            // gc: the last field of a non-zero-sized struct may not have size 0 (a
            // pointer to it would point past the struct).
            if offs > 0 && size == 0 {
                size = 1;
            }
            // gc: the size includes the trailing padding.
            align(offs.saturating_add(size), alignof_d(tt, t, d + 1))
        }
        Type::Interface { .. } => 2 * WORD,
        _ => WORD,
    }
}
