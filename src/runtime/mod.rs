//! The run-time system shared by every goroutine: the garbage-collected heap, the
//! collector, maps and run-time type descriptors. Issue #4 adds the scheduler, channels,
//! select, sync and timers here, over this same heap.

pub mod gc;
pub mod heap;
pub mod map;
pub mod types;
