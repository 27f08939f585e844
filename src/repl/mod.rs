//! The REPL and snippet mode (issue #5): Go fragments — the user's notes as written —
//! run without a `package` clause or a `main` function.
//!
//! `snippet` turns a sequence of top-level items into one checked `package main` file
//! (`shape` adds the REPL's printing of expressions and its markers); `minigo run` uses
//! it for a file with no `package` clause. The REPL: `line` (rustyline, completion) feeds
//! `session`, which checks each input with the ones before it and has `eval` send it to
//! an evaluator process (`child`, `minigo repl-child`) running one live program for the
//! session (`compile::live`): each input extends it and runs as a new goroutine, so
//! goroutines go on running. ARCHITECTURE.md says why it is built this way.

pub mod child;
pub mod eval;
pub mod line;
pub mod session;
pub mod shape;
pub mod snippet;

/// `minigo` with no arguments, or `minigo repl`: the REPL; returns the exit status.
pub fn run() -> i32 {
    line::run()
}
