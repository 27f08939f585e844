//! The virtual machine: typed register bytecode (`opcode`), the builder the compiler
//! writes it with (`builder`), the checker (`verify`), the dispatch loop (`interp`) with
//! its slow paths (`exec`, `calls`, `unwind`, `slice`, `strings`, `ops`), Go's panics
//! (`panic`), goroutine state (`frame`), the value layout (`value`) and a disassembler.

pub mod builder;
mod calls;
pub mod disasm;
mod exec;
pub mod frame;
pub mod interp;
pub mod opcode;
pub mod ops;
pub mod panic;
pub mod program;
pub mod slice;
pub mod strings;
mod unwind;
pub mod value;
pub mod verify;

pub use builder::{FuncBuilder, Label, ProgramBuilder, RUNTIME_ERROR_TID};
pub use frame::Goroutine;
pub use interp::{Exit, Vm, VmConfig};
pub use opcode::{Instr, Reg};
pub use program::{AssertSite, Func, Program};
