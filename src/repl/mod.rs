//! The REPL and snippet mode (issue #5): Go fragments — the user's notes as written —
//! run without a `package` clause or a `main` function.
//!
//! `snippet` turns a sequence of top-level items into one checked `package main` file;
//! `minigo run` uses it for a file with no `package` clause, and the REPL for its session.

pub mod shape;
pub mod snippet;
