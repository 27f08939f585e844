//! The atomics shim: every atomic that the scheduler's lock-free protocols use
//! comes from here, so that under `--cfg loom` the same code is model-checked by loom
//! (as tokio does in its `loom` module).
//!
//! Only the lock-free parts go through the shim: the goroutine status word of the
//! park/ready protocol (`park::GStatus`) and the select claim (`park::SelectGroup`). The
//! parts guarded by a lock (`parking_lot::Mutex`) are not modelled; their correctness is
//! the lock's.
//!
//! # Design
//! Rejected: running the whole scheduler under loom. Loom explores every interleaving of
//! every atomic, and worker threads with crossbeam deques make the state space explode;
//! the bounded models in `tests/sched_loom.rs` check the two protocols where a lost
//! wake-up would hide (park vs ready, and select's claim).

#[cfg(loom)]
pub use loom::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};

#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
