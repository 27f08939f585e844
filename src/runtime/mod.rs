//! The run-time system shared by every goroutine: the garbage-collected heap, the
//! collector, maps and run-time type descriptors. Issue #4 adds the scheduler, channels,
//! select, sync and timers here, over this same heap.

pub mod chan;
pub mod gc;
pub mod heap;
pub mod loom;
pub mod map;
pub mod netpoll;
pub mod park;
pub mod runq;
pub mod sched;
pub mod select;
pub mod sema;
pub mod sync;
pub mod timer;
pub mod types;
