//! The virtual machine: typed register bytecode (`opcode`), the builder the compiler
//! writes it with (`builder`), the checker (`verify`), the dispatch loop (`interp`) with
//! its slow paths (`exec`, `calls`, `unwind`, `slice`, `strings`, `ops`), Go's panics
//! (`panic`), goroutine state (`frame`), the value layout (`value`), a disassembler, and
//! the glue that runs VM goroutines on the scheduler (`glue`).
//!
//! # Compiling Go to this VM (conventions the compiler relies on)
//! - **Widths.** Every Go type has a width in words (`value`): bool/ints/floats/pointers/
//!   maps/chans/funcs 1, string 2, interface 2, slice 3, struct = sum of fields, array =
//!   n × element. A value of width w lives in w consecutive registers or heap slots.
//! - **Sized integers.** Emit the 64-bit op then `Wrap { bits, signed }` for int8..int32
//!   and uint8..uint32 (also after conversions between integer types). Signed division of
//!   narrow types is done on the sign-extended values, so `int8(-128) / -1` wraps right.
//!   Shifts: `CheckShift` first when the count's type is signed.
//! - **float32** is an f64 rounded with `RoundF32` after each arithmetic op and
//!   conversion; `IntToF32`/`UintToF32` convert integers in one rounding.
//! - **Calls.** Arguments (receiver first) go in a window `fb.regs(n)` above every live
//!   register; after `Call { a }` the results are at `R[a..]`. A callee's parameters are
//!   `R[0..nparams]`; `Ret { a, b }` returns `R[a..a+b]`.
//! - **Escaping variables** are heap objects: `New { b: layout }`, then `Load`/`Store`
//!   through the pointer (`Addr` for a field's pointer). Closures capture such pointers:
//!   `MakeClosure` with a `closure_site(func, ncapt, ptr_offsets)`; inside, `GetCapture`.
//!   Go 1.22 loop variables: a fresh `New` per iteration.
//! - **Pointers to fields and elements** carry an offset (`Addr`, `SliceAddr`); compare
//!   pointers with `EqPtr` (not `EqInt`), which resolves large-offset references.
//! - **Interfaces.** `MakeIface { c: type id }` boxes the value; `TypeAssert` with an
//!   `AssertSite` (concrete or interface target, `, ok` form); type switches compare
//!   `IfaceType` with the case's type id. Methods: register each concrete type's methods
//!   (`add_method(tid, method_name("M"), func)`); through an interface the method receives
//!   the value for pointer-shaped (`direct`) types, else the box pointer — so value-
//!   receiver methods need a wrapper that loads the value from the box (Go's `(*T).M`
//!   wrappers do the same job).
//! - **Maps.** `MakeMap { c: map_type }` with a `MapType` (key comparison parts, widths,
//!   pointer offsets). `MapGet`/`MapGetOk { a, b, c }`: the key is read from `R[a..]` and
//!   the value (then ok) written over it, so the window is `max(kw, vw + 1)` words.
//!   `range` over a map: `MapIter` into 4 registers, then `MapNext` jumping out at the end.
//!   `m[k] op= v` and `m[k]++`: evaluate `v`, then `MapSlot` (the entry, inserted if
//!   absent, as Go's `mapassign`), `MapSlotGet`, the operation, `MapSlotSet`: one lookup.
//! - **Slice to array.** `(*[N]T)(s)` is `SliceToArrayPtr` (a pointer to the slice's
//!   array object at its offset, nil for a nil slice; Go's length-check panic);
//!   `[N]T(s)` loads through that pointer.
//! - **Strings** index by byte (`IndexStr`) and range by rune (`DecodeRune` gives the rune
//!   and its width; advance by the width).
//! - **Slices.** Element width `w` is an operand (`SliceGet { w }` etc.; `w` = 1 for
//!   []byte, whose arrays are byte objects). `a[:]` of an addressable array is
//!   `SliceOfArray`. `append(s, x)` is `Append { a: s, b: x, c: elem layout }` in place.
//! - **Defer.** `Defer { a: closure, b: nargs }` (a func value and evaluated arguments);
//!   `Ret` runs the frame's pending defers first. With named results that deferred calls
//!   may change, keep the results in boxed variables, emit `RunDefers`, reload, `Ret`. After
//!   a deferred call recovers a panic the frame resumes at `set_recover_here()`'s point,
//!   which must reload the results and `Ret`; without one, the builder adds a point that
//!   returns zero values.
//! - **Pointer maps.** `set_ptr_regs` lists registers holding pointer words at every call
//!   and backward jump; without it the frame is scanned conservatively (safe, may retain).
//! - **Natives** (`ProgramBuilder::native`) read and write a window of registers; they may
//!   allocate but not call back into Go code; `NativeCtx::request` asks for a safepoint
//!   (`runtime.GC`, `Gosched`), parks the goroutine (`Park { reason, retry }`: channel
//!   operations, locks, sleep) or ends the program (`os.Exit`). On the scheduler,
//!   `NativeCtx::sched` is the worker's `Ctx` (`go` is a native calling
//!   `ctx.go(glue::VmG::new(..), site)`, sharing the parent's `Vm`).
//! - **Running.** Alone: `Vm::run_main` (one goroutine, collections at its yields). On the
//!   scheduler: `Sched::run(glue::VmG::new(vm, 1, entry, &[]))`; `glue` stops
//!   the world to collect. A dead goroutine's `PanicReport` renders with
//!   `Vm::render_panic` (which calls `Error()`/`String()` methods as Go does).
//! - **Positions.** `set_pos(span.lo)` before emitting; `set_sources(SourceMap)` on the
//!   program makes stack traces and the disassembler print `file:line`.

pub mod builder;
mod calls;
pub mod disasm;
pub(crate) mod exec;
mod exec_map;
pub mod frame;
pub mod glue;
pub mod gort;
pub mod interp;
pub mod opcode;
pub mod ops;
pub mod panic;
pub mod program;
pub mod slice;
pub mod strings;
pub mod traceback;
pub(crate) mod unwind;
pub mod value;
pub mod verify;

pub use builder::{FuncBuilder, Label, ProgramBuilder, RUNTIME_ERROR_TID};
pub use frame::Goroutine;
pub use interp::{Exit, Vm, VmConfig};
pub use opcode::{Instr, Reg};
pub use program::{AssertSite, Func, Program};
