//! The instruction set: typed register instructions, one line of register notation each
//! (as Lua's `lopcodes.h`).
//!
//! Encoding: every instruction is one 8-byte `Instr` (a Rust enum: a one-byte tag and up
//! to three 16-bit operands, or a 16-bit register and a 32-bit immediate). Notation:
//! `R[x]` is register x of the current frame, `R[x..x+n]` a run of n registers (a
//! multi-word value, see `value`), `K[k]` constant k of the program, `G[k]` global word
//! k, `L[l]` layout l, `pc` the index of the next instruction, `sJ` a signed jump offset
//! added to `pc`, `sI` a signed immediate. Sized integers: arithmetic is done on 64 bits
//! and `Wrap` re-normalises (sign- or zero-extends) the result to the operand's width.
//!
//! Notes:
//! - `(B)` marks instructions that spend budget (back-jumps and calls): they are the
//!   safepoints of preemption and of the collector.
//! - `(P)` marks instructions that may panic (a Go panic: recoverable, runs defers).
//! - Calls: the callee's frame starts at the caller's `R[A]`: arguments are placed in
//!   `R[A..]` and results come back in `R[A..]`, so a call window must be above every
//!   register live across the call. `CallIface` puts the receiver's data word in `R[A]`.
//! - Defers: `Defer` records a call; `RunDefers` runs the frame's pending ones, last
//!   first, before a return; when a deferred call recovers a panic, the frame resumes at
//!   its function's `recover_pc`, which reloads the results and returns.

/// A register number.
pub type Reg = u16;

/// One instruction; see the module notes for the notation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// no operation
    Nop,
    /// R[A] := R[B]
    Move { a: Reg, b: Reg },
    /// R[A..A+C] := R[B..B+C] (a multi-word value; the runs may overlap)
    MoveN { a: Reg, b: Reg, c: Reg },
    /// R[A..A+B] := 0
    Zero { a: Reg, b: Reg },
    /// R[A] := sI (sign-extended)
    LoadI { a: Reg, i: i32 },
    /// R[A] := K[k]
    LoadK { a: Reg, k: u32 },
    /// R[A..A+2] := string constant k
    LoadStr { a: Reg, k: u32 },
    /// R[A] := G[k]
    GetGlobal { a: Reg, k: u32 },
    /// G[k] := R[A]
    SetGlobal { a: Reg, k: u32 },
    /// R[A] := &G[k]
    GlobalAddr { a: Reg, k: u32 },

    /// R[A] := R[B] + R[C] (wrapping)
    AddInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] + sI (wrapping)
    AddIntI { a: Reg, b: Reg, i: i16 },
    /// R[A] := R[B] - R[C] (wrapping)
    SubInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] * R[C] (wrapping)
    MulInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] / R[C] signed, truncated; MinInt64 / -1 = MinInt64 (P: divide by zero)
    DivInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] % R[C] signed, sign of the dividend; x % -1 = 0 (P)
    RemInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] / R[C] unsigned (P)
    DivUint { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] % R[C] unsigned (P)
    RemUint { a: Reg, b: Reg, c: Reg },
    /// R[A] := -R[B] (wrapping)
    NegInt { a: Reg, b: Reg },
    /// R[A] := R[B] & R[C]
    And { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] | R[C]
    Or { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] ^ R[C]
    Xor { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] &^ R[C]
    AndNot { a: Reg, b: Reg, c: Reg },
    /// R[A] := ^R[B] (bitwise complement)
    BitNot { a: Reg, b: Reg },
    /// R[A] := R[B] << R[C] (count unsigned; >= 64 gives 0)
    Shl { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] >> R[C] arithmetic (count unsigned; >= 64 gives 0 or -1)
    ShrInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] >> R[C] logical (count unsigned; >= 64 gives 0)
    ShrUint { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] * K[k] (wrapping; an integer constant operand, as Lua's `MULK`)
    MulIntK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] & K[k]
    AndK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] | K[k]
    OrK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] ^ K[k]
    XorK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] / K[k] signed (the compiler emits it only for a nonzero constant)
    DivIntK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] % K[k] signed (nonzero constant)
    RemIntK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] / K[k] unsigned (nonzero constant)
    DivUintK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] % K[k] unsigned (nonzero constant)
    RemUintK { a: Reg, b: Reg, k: u16 },
    /// R[A] := R[B] << C (a constant count; >= 64 gives 0)
    ShlI { a: Reg, b: Reg, c: u16 },
    /// R[A] := R[B] >> C arithmetic (a constant count)
    ShrIntI { a: Reg, b: Reg, c: u16 },
    /// R[A] := R[B] >> C logical (a constant count)
    ShrUintI { a: Reg, b: Reg, c: u16 },
    /// panic if R[A] < 0 as a signed shift count (P: negative shift amount)
    CheckShift { a: Reg },
    /// R[A] := R[A] truncated to `bits` and sign- (signed) or zero-extended
    Wrap { a: Reg, bits: u8, signed: bool },
    /// R[A] := R[B] == R[C] (ints, bools, pointers, type words)
    EqInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] != R[C]
    NeInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] < R[C] signed
    LtInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] <= R[C] signed
    LeInt { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] < R[C] unsigned
    LtUint { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] <= R[C] unsigned
    LeUint { a: Reg, b: Reg, c: Reg },
    /// R[A] := !R[B] (bool)
    Not { a: Reg, b: Reg },

    /// R[A] := R[B] + R[C] (f64)
    AddF { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] - R[C] (f64)
    SubF { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] * R[C] (f64)
    MulF { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] / R[C] (f64; x/0 is ±Inf or NaN, no panic)
    DivF { a: Reg, b: Reg, c: Reg },
    /// R[A] := -R[B] (f64; flips the sign of 0 and NaN)
    NegF { a: Reg, b: Reg },
    /// R[A] := R[B] == R[C] (f64; NaN != NaN, +0 == -0)
    EqF { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] != R[C] (f64)
    NeF { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] < R[C] (f64)
    LtF { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B] <= R[C] (f64)
    LeF { a: Reg, b: Reg, c: Reg },
    /// R[A..A+2] := R[B..B+2] * R[C..C+2] (complex128: (ac-bd, ad+bc) in float64, as gc)
    MulC { a: Reg, b: Reg, c: Reg },
    /// R[A..A+2] := R[B..B+2] / R[C..C+2] (complex128, Go's runtime `complex128div`)
    DivC { a: Reg, b: Reg, c: Reg },
    /// R[A] := float64(float32(R[A])) (rounds a float32 result)
    RoundF32 { a: Reg },
    /// R[A] := float64(int64(R[B]))
    IntToF { a: Reg, b: Reg },
    /// R[A] := float64(uint64(R[B]))
    UintToF { a: Reg, b: Reg },
    /// R[A] := float32(int64(R[B])) (rounded once, as Go)
    IntToF32 { a: Reg, b: Reg },
    /// R[A] := float32(uint64(R[B]))
    UintToF32 { a: Reg, b: Reg },
    /// R[A] := intN(R[B]) / uintN(R[B]) from f64, as Go on amd64 (out of range: 0x8000...)
    FToInt {
        a: Reg,
        b: Reg,
        bits: u8,
        signed: bool,
    },

    /// pc += sJ (B if sJ < 0)
    Jmp { j: i32 },
    /// if R[A] != 0 then pc += sJ (B if sJ < 0)
    JmpIf { a: Reg, j: i32 },
    /// if R[A] == 0 then pc += sJ (B if sJ < 0)
    JmpIfNot { a: Reg, j: i32 },
    /// if R[A] < R[B] (signed) then pc += sJ (B if sJ < 0)
    JmpLtInt { a: Reg, b: Reg, j: i16 },
    /// if !(R[A] < R[B]) (signed) then pc += sJ (B if sJ < 0)
    JmpGeInt { a: Reg, b: Reg, j: i16 },
    /// if R[A] == R[B] then pc += sJ
    JmpEqInt { a: Reg, b: Reg, j: i16 },
    /// if R[A] != R[B] then pc += sJ
    JmpNeInt { a: Reg, b: Reg, j: i16 },
    /// if !(R[A] < sI) then pc += sJ (B if sJ < 0)
    JmpGeIntI { a: Reg, i: i16, j: i16 },
    /// if R[A] < sI then pc += sJ (B if sJ < 0)
    JmpLtIntI { a: Reg, i: i16, j: i16 },

    /// R[A..A+2] := R[B..B+2] + R[C..C+2] (strings)
    ConcatStr { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B..B+2] == R[C..C+2] (strings)
    EqStr { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B..B+2] != R[C..C+2]
    NeStr { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B..B+2] < R[C..C+2] (bytewise)
    LtStr { a: Reg, b: Reg, c: Reg },
    /// R[A] := R[B..B+2] <= R[C..C+2]
    LeStr { a: Reg, b: Reg, c: Reg },
    /// R[A] := len(R[B..B+2])
    LenStr { a: Reg, b: Reg },
    /// R[A] := R[B..B+2][R[C]] (a byte; P: index out of range)
    IndexStr { a: Reg, b: Reg, c: Reg },
    /// R[A..A+2] := R[B..B+2][R[C]:R[C+1]] (P: slice bounds out of range)
    SliceStr { a: Reg, b: Reg, c: Reg },
    /// R[A] := rune at byte R[C] of R[B..B+2], R[A+1] := its width (bad UTF-8: U+FFFD, 1)
    DecodeRune { a: Reg, b: Reg, c: Reg },
    /// R[A..A+2] := string(rune(R[B])) (invalid runes give "\uFFFD")
    RuneToStr { a: Reg, b: Reg },
    /// R[A..A+3] := []byte(R[B..B+2])
    StrToBytes { a: Reg, b: Reg },
    /// R[A..A+2] := string(R[B..B+3]) ([]byte)
    BytesToStr { a: Reg, b: Reg },
    /// R[A..A+3] := []rune(R[B..B+2])
    StrToRunes { a: Reg, b: Reg },
    /// R[A..A+2] := string(R[B..B+3]) ([]rune)
    RunesToStr { a: Reg, b: Reg },

    /// R[A] := new object of layout L[B] (one element, zeroed)
    New { a: Reg, b: u16 },
    /// R[A] := the word C words past the pointer R[B] (a byte for byte objects; P: nil
    /// dereference)
    Load { a: Reg, b: Reg, c: u16 },
    /// the word C words past the pointer R[A] := R[B] (P)
    Store { a: Reg, b: Reg, c: u16 },
    /// R[A..A+C] := the C words at *R[B] (P)
    LoadN { a: Reg, b: Reg, c: u16 },
    /// the C words at *R[A] := R[B..B+C] (P)
    StoreN { a: Reg, b: Reg, c: u16 },
    /// R[A] := R[B] + C words (pointer to a field; P: nil dereference)
    Addr { a: Reg, b: Reg, c: u16 },
    /// R[A] := R[B] == R[C] (pointers, resolving ref objects)
    EqPtr { a: Reg, b: Reg, c: Reg },
    /// R[A] := the address pointer R[B] denotes, as an integer: the object's address plus
    /// the offset in bytes, resolving ref objects; 0 for nil (`uintptr(unsafe.Pointer(p))`)
    PtrAddr { a: Reg, b: Reg },
    /// panic if R[A] == 0 (P: nil dereference)
    NilCheck { a: Reg },

    /// R[A..A+3] := make([]L[C], R[B], R[B+1]) (P: len/cap out of range)
    MakeSlice { a: Reg, b: Reg, c: u16 },
    /// R[A] := len(R[B..B+3])
    LenSlice { a: Reg, b: Reg },
    /// R[A] := cap(R[B..B+3])
    CapSlice { a: Reg, b: Reg },
    /// R[A..A+w] := R[B..B+3][R[C]] for elements of `w` words (1 for []byte; P: index
    /// out of range)
    SliceGet { a: Reg, b: Reg, c: Reg, w: u8 },
    /// R[B..B+3][R[C]] := R[A..A+w] (P)
    SliceSet { a: Reg, b: Reg, c: Reg, w: u8 },
    /// R[A] := &R[B..B+3][R[C]] (P)
    SliceAddr { a: Reg, b: Reg, c: Reg, w: u8 },
    /// R[A..A+3] := R[B..B+3][R[C]:R[C+1]] (P: slice bounds out of range)
    SliceSlice { a: Reg, b: Reg, c: Reg, w: u8 },
    /// R[A..A+3] := R[B..B+3][R[C]:R[C+1]:R[C+2]] (P)
    SliceSlice3 { a: Reg, b: Reg, c: Reg, w: u8 },
    /// R[A..A+3] := R[B][:R[C]] (a slice over the array R[C] elements long that the
    /// pointer R[B] points to, e.g. `a[:]` of an addressable array; P: nil dereference)
    SliceOfArray { a: Reg, b: Reg, c: Reg },
    /// R[A] := (*[R[C]]T)(R[B..B+3]): a pointer to the slice's first element, aliasing its
    /// array (nil for a nil slice); P: `cannot convert slice with length L to array or
    /// pointer to array with length N` when len < R[C]
    SliceToArrayPtr { a: Reg, b: Reg, c: Reg },
    /// R[A..A+3] := append(R[A..A+3], R[B..B+w]), w = L[C].width
    Append { a: Reg, b: Reg, c: u16 },
    /// R[A..A+3] := append(R[A..A+3], R[B..B+3]...), elements of layout L[C]
    AppendSlice { a: Reg, b: Reg, c: u16 },
    /// R[A..A+3] := append(R[A..A+3], R[B..B+2]...) ([]byte += string)
    AppendStr { a: Reg, b: Reg },
    /// clear(R[A..A+3]): zero the slice's elements of `w` words
    ClearSlice { a: Reg, w: u8 },
    /// R[A] := copy(R[B..B+3], R[C..C+3]) for elements of `w` words
    Copy { a: Reg, b: Reg, c: Reg, w: u8 },
    /// R[A] := copy(R[B..B+3], R[C..C+2]) ([]byte from string)
    CopyStr { a: Reg, b: Reg, c: Reg },
    /// panic unless 0 <= R[A] < R[B] (P: index out of range)
    CheckIndex { a: Reg, b: Reg },
    /// R[A] := R[B + R[C]] (an element of an array held in registers; index checked)
    MoveIdx { a: Reg, b: Reg, c: Reg },
    /// R[A + R[B]] := R[C]
    StoreIdx { a: Reg, b: Reg, c: Reg },

    /// R[A] := make(map, hint R[B]) of map type C
    MakeMap { a: Reg, b: Reg, c: u16 },
    /// R[A..A+vw] := R[B][R[A..A+kw]] for map type C: the key is read from the window
    /// and the value written over it (zero if absent or the map is nil)
    MapGet { a: Reg, b: Reg, c: u16 },
    /// as `MapGet`, then R[A+vw] := present
    MapGetOk { a: Reg, b: Reg, c: u16 },
    /// R[A][R[B..B+kw]] := R[C..C+vw] (P: assignment to entry in nil map)
    MapSet { a: Reg, b: Reg, c: Reg },
    /// R[A] := the entry of key R[C..C+kw] in map R[B], inserted with a zero value if
    /// absent (Go's `mapassign`; P: assignment to entry in nil map); `m[k] op= v` is
    /// `MapSlot`, `MapSlotGet`, the operation, `MapSlotSet`: one lookup
    MapSlot { a: Reg, b: Reg, c: Reg },
    /// R[A..A+vw] := the value of entry R[C] (from `MapSlot`) of map R[B]
    MapSlotGet { a: Reg, b: Reg, c: Reg },
    /// the value of entry R[B] (from `MapSlot`) of map R[A] := R[C..C+vw]
    MapSlotSet { a: Reg, b: Reg, c: Reg },
    /// delete(R[A], R[B..B+kw])
    MapDelete { a: Reg, b: Reg },
    /// R[A] := len(R[B]) (map)
    MapLen { a: Reg, b: Reg },
    /// clear(R[A]) (map)
    MapClear { a: Reg },
    /// R[A..A+4] := iterator over map R[B]
    MapIter { a: Reg, b: Reg },
    /// next entry of iterator R[A..A+4] into key R[B..B+kw], value R[B+kw..]; at the end
    /// pc += sJ
    MapNext { a: Reg, b: Reg, j: i16 },

    /// R[A..A+2] := interface of dynamic type C holding R[B..B+width(C)]
    MakeIface { a: Reg, b: Reg, c: u16 },
    /// R[A..] := R[B..B+2].(T) per assertion site C (with `, ok`: R[A+w] := ok) (P)
    TypeAssert { a: Reg, b: Reg, c: u16 },
    /// R[A] := R[B] (an interface's type word, for type switches)
    IfaceType { a: Reg, b: Reg },
    /// R[A] := R[B..B+2] == R[C..C+2] (interfaces; P: comparing uncomparable type)
    EqIface { a: Reg, b: Reg, c: Reg },

    /// call function F with arguments at R[A..]; results at R[A..] (B)
    Call { a: Reg, f: u32 },
    /// call closure R[B] with arguments at R[A..]; results at R[A..] (B, P)
    CallClosure { a: Reg, b: Reg },
    /// call method name C of interface R[B..B+2]: R[A] := receiver (the value for
    /// pointer-shaped types, else the box), arguments at R[A+1..] (B, P)
    CallIface { a: Reg, b: Reg, c: u16 },
    /// call native function F on the window R[A..] (P)
    CallNative { a: Reg, f: u32 },
    /// R[A] := closure of closure site C capturing R[B..B+n]
    MakeClosure { a: Reg, b: Reg, c: u16 },
    /// R[A] := captured word B of the running closure
    GetCapture { a: Reg, b: u16 },
    /// return R[A..A+B] (copied to R[0..B] of this frame, the caller's R[window..])
    Ret { a: Reg, b: Reg },

    /// defer call of closure R[A] with B argument words R[A+1..A+1+B]
    Defer { a: Reg, b: Reg },
    /// run this frame's pending deferred calls, last first (B)
    RunDefers,
    /// panic(R[A..A+2]) (P)
    Panic { a: Reg },
    /// R[A..A+2] := recover()
    Recover { a: Reg },
}

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

impl Instr {
    /// The jump offset of a jump instruction, for the builder's patching.
    pub fn jump(&self) -> Option<i32> {
        match *self {
            Instr::Jmp { j } | Instr::JmpIf { j, .. } | Instr::JmpIfNot { j, .. } => Some(j),
            Instr::JmpLtInt { j, .. }
            | Instr::JmpGeInt { j, .. }
            | Instr::JmpEqInt { j, .. }
            | Instr::JmpNeInt { j, .. }
            | Instr::JmpGeIntI { j, .. }
            | Instr::JmpLtIntI { j, .. }
            | Instr::MapNext { j, .. } => Some(j as i32),
            _ => None,
        }
    }

    /// Sets the jump offset; false if it does not fit this instruction's field.
    pub fn set_jump(&mut self, off: i32) -> bool {
        match self {
            Instr::Jmp { j } | Instr::JmpIf { j, .. } | Instr::JmpIfNot { j, .. } => {
                *j = off;
                true
            }
            Instr::JmpLtInt { j, .. }
            | Instr::JmpGeInt { j, .. }
            | Instr::JmpEqInt { j, .. }
            | Instr::JmpNeInt { j, .. }
            | Instr::JmpGeIntI { j, .. }
            | Instr::JmpLtIntI { j, .. }
            | Instr::MapNext { j, .. } => match i16::try_from(off) {
                Ok(o) => {
                    *j = o;
                    true
                }
                Err(_) => false,
            },
            _ => false,
        }
    }
}
