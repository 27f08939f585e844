//! A bytecode checker run when a function or program is finished: every register operand
//! (with the static width of its value) lies inside the frame and every table index
//! (function, constant, string, layout, site, native) exists. The interpreter still uses
//! checked indexing where widths are dynamic; this check turns most compiler bugs into an
//! error at build time instead of an `internal error` at run time.

use super::opcode::Instr;
use super::program::{Func, Program};

/// Register operands of `i` as (first register, words), where the width is static.
fn operands(i: &Instr) -> Vec<(u16, u16)> {
    use Instr::*;
    match *i {
        Nop | Jmp { .. } | RunDefers => vec![],
        Move { a, b } | NegInt { a, b } | BitNot { a, b } | Not { a, b } | NegF { a, b } => {
            vec![(a, 1), (b, 1)]
        }
        IntToF { a, b } | UintToF { a, b } | IntToF32 { a, b } | UintToF32 { a, b } => {
            vec![(a, 1), (b, 1)]
        }
        FToInt { a, b, .. } | IfaceType { a, b } => vec![(a, 1), (b, 1)],
        NilCheck { a } | CheckShift { a } | Wrap { a, .. } | RoundF32 { a } => vec![(a, 1)],
        MoveN { a, b, c } => vec![(a, c), (b, c)],
        Zero { a, b } => vec![(a, b)],
        LoadI { a, .. }
        | LoadK { a, .. }
        | GetGlobal { a, .. }
        | SetGlobal { a, .. }
        | GlobalAddr { a, .. } => {
            vec![(a, 1)]
        }
        LoadStr { a, .. } => vec![(a, 2)],
        MulIntK { a, b, .. }
        | AndK { a, b, .. }
        | OrK { a, b, .. }
        | XorK { a, b, .. }
        | DivIntK { a, b, .. }
        | RemIntK { a, b, .. }
        | DivUintK { a, b, .. }
        | RemUintK { a, b, .. }
        | ShlI { a, b, .. }
        | ShrIntI { a, b, .. }
        | ShrUintI { a, b, .. } => vec![(a, 1), (b, 1)],
        AddInt { a, b, c }
        | SubInt { a, b, c }
        | MulInt { a, b, c }
        | DivInt { a, b, c }
        | RemInt { a, b, c }
        | DivUint { a, b, c }
        | RemUint { a, b, c }
        | And { a, b, c }
        | Or { a, b, c }
        | Xor { a, b, c }
        | AndNot { a, b, c }
        | Shl { a, b, c }
        | ShrInt { a, b, c }
        | ShrUint { a, b, c }
        | EqInt { a, b, c }
        | NeInt { a, b, c }
        | LtInt { a, b, c }
        | LeInt { a, b, c }
        | LtUint { a, b, c }
        | LeUint { a, b, c }
        | AddF { a, b, c }
        | SubF { a, b, c }
        | MulF { a, b, c }
        | DivF { a, b, c }
        | EqF { a, b, c }
        | NeF { a, b, c }
        | LtF { a, b, c }
        | LeF { a, b, c }
        | EqPtr { a, b, c } => vec![(a, 1), (b, 1), (c, 1)],
        PtrAddr { a, b } => vec![(a, 1), (b, 1)],
        AddIntI { a, b, .. } => vec![(a, 1), (b, 1)],
        JmpIf { a, .. } | JmpIfNot { a, .. } | JmpGeIntI { a, .. } | JmpLtIntI { a, .. } => {
            vec![(a, 1)]
        }
        JmpLtInt { a, b, .. }
        | JmpGeInt { a, b, .. }
        | JmpEqInt { a, b, .. }
        | JmpNeInt { a, b, .. } => {
            vec![(a, 1), (b, 1)]
        }
        ConcatStr { a, b, c } | MulC { a, b, c } | DivC { a, b, c } => {
            vec![(a, 2), (b, 2), (c, 2)]
        }
        EqStr { a, b, c } | NeStr { a, b, c } | LtStr { a, b, c } | LeStr { a, b, c } => {
            vec![(a, 1), (b, 2), (c, 2)]
        }
        LenStr { a, b } => vec![(a, 1), (b, 2)],
        IndexStr { a, b, c } => vec![(a, 1), (b, 2), (c, 1)],
        SliceStr { a, b, c } => vec![(a, 2), (b, 2), (c, 2)],
        DecodeRune { a, b, c } => vec![(a, 2), (b, 2), (c, 1)],
        RuneToStr { a, b } => vec![(a, 2), (b, 1)],
        StrToBytes { a, b } | StrToRunes { a, b } => vec![(a, 3), (b, 2)],
        BytesToStr { a, b } | RunesToStr { a, b } => vec![(a, 2), (b, 3)],
        New { a, .. } => vec![(a, 1)],
        Load { a, b, .. } | Store { a, b, .. } | Addr { a, b, .. } => vec![(a, 1), (b, 1)],
        LoadN { a, b, c } => vec![(a, c), (b, 1)],
        StoreN { a, b, c } => vec![(a, 1), (b, c)],
        MakeSlice { a, b, .. } => vec![(a, 3), (b, 2)],
        LenSlice { a, b } | CapSlice { a, b } => vec![(a, 1), (b, 3)],
        SliceGet { a, b, c, w } | SliceSet { a, b, c, w } => vec![(a, w as u16), (b, 3), (c, 1)],
        SliceAddr { a, b, c, .. } => vec![(a, 1), (b, 3), (c, 1)],
        SliceSlice { a, b, c, .. } => vec![(a, 3), (b, 3), (c, 2)],
        SliceSlice3 { a, b, c, .. } => vec![(a, 3), (b, 3), (c, 3)],
        SliceOfArray { a, b, c } => vec![(a, 3), (b, 1), (c, 1)],
        SliceToArrayPtr { a, b, c } => vec![(a, 1), (b, 3), (c, 1)],
        Append { a, b, .. } => vec![(a, 3), (b, 1)],
        AppendSlice { a, b, .. } => vec![(a, 3), (b, 3)],
        AppendStr { a, b } => vec![(a, 3), (b, 2)],
        Copy { a, b, c, .. } => vec![(a, 1), (b, 3), (c, 3)],
        ClearSlice { a, .. } => vec![(a, 3)],
        CopyStr { a, b, c } => vec![(a, 1), (b, 3), (c, 2)],
        CheckIndex { a, b } => vec![(a, 1), (b, 1)],
        MoveIdx { a, b, c } => vec![(a, 1), (b, 1), (c, 1)],
        StoreIdx { a, b, c } => vec![(a, 1), (b, 1), (c, 1)],
        MakeMap { a, b, .. } => vec![(a, 1), (b, 1)],
        MapGet { a, b, .. } | MapGetOk { a, b, .. } => vec![(a, 1), (b, 1)],
        MapSet { a, b, c } => vec![(a, 1), (b, 1), (c, 1)],
        MapSlot { a, b, c } | MapSlotGet { a, b, c } | MapSlotSet { a, b, c } => {
            vec![(a, 1), (b, 1), (c, 1)]
        }
        MapDelete { a, b } | MapLen { a, b } => vec![(a, 1), (b, 1)],
        MapClear { a } => vec![(a, 1)],
        MapIter { a, b } => vec![(a, 4), (b, 1)],
        MapNext { a, b, .. } => vec![(a, 4), (b, 1)],
        MakeIface { a, b, .. } => vec![(a, 2), (b, 1)],
        TypeAssert { a, b, .. } => vec![(a, 1), (b, 2)],
        EqIface { a, b, c } => vec![(a, 1), (b, 2), (c, 2)],
        Call { a, .. } | CallNative { a, .. } => vec![(a, 0)],
        CallClosure { a, b } => vec![(a, 0), (b, 1)],
        CallIface { a, b, .. } => vec![(a, 1), (b, 2)],
        MakeClosure { a, .. } | GetCapture { a, .. } => vec![(a, 1)],
        Ret { a, b } => vec![(a, b)],
        Defer { a, b } => vec![(a, b + 1)],
        Panic { a } | Recover { a } => vec![(a, 2)],
    }
}

/// Checks one function's register operands and jump targets.
pub fn check_func(f: &Func) -> Result<(), String> {
    let n = f.nregs as u32;
    if (f.nparams as u32) > n || (f.nresults as u32) > n {
        return Err(format!(
            "{}: frame smaller than its parameters or results",
            f.name
        ));
    }
    for (pc, i) in f.code.iter().enumerate() {
        if let Instr::SliceGet { w: 0, .. }
        | Instr::SliceSet { w: 0, .. }
        | Instr::SliceAddr { w: 0, .. }
        | Instr::SliceSlice { w: 0, .. }
        | Instr::SliceSlice3 { w: 0, .. }
        | Instr::Copy { w: 0, .. }
        | Instr::ClearSlice { w: 0, .. } = i
        {
            return Err(format!("{}: pc {pc}: element width 0", f.name));
        }
        for (r, w) in operands(i) {
            if r as u32 + w as u32 > n {
                return Err(format!(
                    "{}: pc {pc}: register {r} (+{w}) past frame of {n}",
                    f.name
                ));
            }
        }
        if let Some(j) = i.jump() {
            let t = pc as i64 + 1 + j as i64;
            if t < 0 || t >= f.code.len() as i64 {
                return Err(format!(
                    "{}: pc {pc}: jump to {t} outside the function",
                    f.name
                ));
            }
        }
    }
    // Control never runs past the last instruction (interp invariant 6): it ends the
    // function or jumps back, and every jump target and resume point is inside.
    match f.code.last() {
        None => return Err(format!("{}: no code", f.name)),
        Some(Instr::Ret { .. } | Instr::Jmp { .. }) => {}
        Some(i) => return Err(format!("{}: falls off the end after {i:?}", f.name)),
    }
    if f.recover_pc.is_some_and(|rp| rp as usize >= f.code.len()) {
        return Err(format!("{}: recover_pc past the end", f.name));
    }
    Ok(())
}

/// Checks the table indices of every instruction of the program.
pub fn check_program(p: &Program) -> Result<(), String> {
    use Instr::*;
    for f in &p.funcs {
        for (pc, i) in f.code.iter().enumerate() {
            let ok = match *i {
                LoadK { k, .. } => (k as usize) < p.consts.len(),
                MulIntK { k, .. }
                | AndK { k, .. }
                | OrK { k, .. }
                | XorK { k, .. }
                | DivIntK { k, .. }
                | RemIntK { k, .. }
                | DivUintK { k, .. }
                | RemUintK { k, .. } => (k as usize) < p.consts.len(),
                LoadStr { k, .. } => (k as usize) < p.strs.len(),
                GetGlobal { k, .. } | SetGlobal { k, .. } | GlobalAddr { k, .. } => {
                    (k as usize) < p.globals.nwords()
                }
                New { b, .. } => (b as usize) < p.layouts.len(),
                MakeSlice { c, .. } | Append { c, .. } | AppendSlice { c, .. } => {
                    (c as usize) < p.layouts.len()
                }
                MakeMap { c, .. } => (c as usize) < p.map_types.len(),
                MakeIface { c, .. } => (c as usize) < p.types.types.len(),
                TypeAssert { c, .. } => (c as usize) < p.asserts.len(),
                Call { f: g, .. } => (g as usize) < p.funcs.len(),
                CallNative { f: g, .. } => (g as usize) < p.natives.len(),
                MakeClosure { c, .. } => (c as usize) < p.closures.len(),
                _ => true,
            };
            if !ok {
                return Err(format!(
                    "{}: pc {pc}: table index out of range in {i:?}",
                    f.name
                ));
            }
        }
    }
    Ok(())
}
