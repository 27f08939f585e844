//! minigo: a Go interpreter with Go's concurrency built in.
//!
//! The pipeline on one screen:
//! ```text
//! source ─► syntax (logos lexer + semicolons, lalrpop grammar) ─► ast
//!        ─► types (go/types-shaped checker) ─► Info + diagnostics
//!        ─► compile (typed register bytecode) ─► vm on runtime::sched   [issues #3, #4]
//! ```
//! Each phase returns partial results plus diagnostics; only `main.rs` (and the REPL)
//! print them.

pub mod compile;
pub mod diag;
pub mod driver;
pub mod gotest;
pub mod repl;
pub mod runtime;
pub mod source;
pub mod stdlib;
pub mod syntax;
pub mod types;
pub mod vm;
