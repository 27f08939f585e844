//! The blocking pool: a few OS threads that make the system calls that may block (file
//! reads and writes, reads of stdin, opens, stats, directory listings), so that no
//! scheduler worker ever waits on I/O. Go's runtime hands its P to another M when a
//! syscall blocks; we keep workers and syscalls on different threads instead.
//!
//! # The protocol (see `vm::gort`'s park/resume protocol of natives)
//! A native calls `syscall(ctx, op)` with `op` owning everything it needs (names and
//! data copied out of the heap). The first run registers an external waker with the
//! scheduler (`netpoll_add`, so no deadlock is declared while the call is in flight),
//! queues `op`, stores `Pending::Blocking(call)` and parks the goroutine with
//! `WaitReason::IoWait`, asking to be re-run. The pool thread runs `op`, stores its
//! result in the `Call`, readies the goroutine and drops its waker (`netpoll_done`). The
//! re-run finds the pending call and takes the result: `syscall` returns `Some`. Outside
//! the scheduler (unit tests, nested method calls) `op` simply runs on the caller.
//!
//! # Invariants
//! 1. `op` never touches the GC heap: results are Rust values, copied into Go values by
//!    the native on its re-run, on a worker, at a safepoint-free point of the VM.
//! 2. Exactly one `ready` per park: only the pool thread that ran `op` calls it, once.
//! 3. The external-waker count is raised before the job is queued and lowered after the
//!    `ready`, so the deadlock detector never sees the goroutine as unwakeable.
//! 4. Pool threads are never joined: a thread blocked reading stdin when the program ends
//!    dies with the process.

use crate::vm::gort::Pending;
use crate::vm::program::{NativeCtx, NativeRequest, WaitReason};
use parking_lot::{Condvar, Mutex};
use std::any::Any;
use std::collections::VecDeque;
use std::sync::Arc;

/// Most threads the pool starts; further calls queue until a thread is free.
const MAX_THREADS: usize = 16;

/// One system call in flight: its result, once the pool has run it.
pub struct Call {
    result: Mutex<Option<Box<dyn Any + Send>>>,
}

type Job = Box<dyn FnOnce() + Send>;

struct Pool {
    queue: Mutex<PoolState>,
    cv: Condvar,
}

struct PoolState {
    jobs: VecDeque<Job>,
    /// Threads started so far.
    threads: usize,
    /// Threads waiting for a job.
    idle: usize,
}

static POOL: Pool = Pool {
    queue: Mutex::new(PoolState {
        jobs: VecDeque::new(),
        threads: 0,
        idle: 0,
    }),
    cv: Condvar::new(),
};

fn submit(job: Job) {
    let mut st = POOL.queue.lock();
    st.jobs.push_back(job);
    if st.idle == 0 && st.threads < MAX_THREADS {
        st.threads += 1;
        let spawned = std::thread::Builder::new()
            .name("minigo-blocking".into())
            .spawn(pool_thread);
        if spawned.is_err() {
            st.threads -= 1;
        }
    } else {
        POOL.cv.notify_one();
    }
}

fn pool_thread() {
    let mut st = POOL.queue.lock();
    loop {
        if let Some(job) = st.jobs.pop_front() {
            drop(st);
            job();
            st = POOL.queue.lock();
            continue;
        }
        st.idle += 1;
        POOL.cv.wait(&mut st);
        st.idle -= 1;
    }
}

/// Runs `op` off the worker thread, parking the calling goroutine meanwhile. `Some(r)`:
/// the call is done (now, or on this re-run after a park); `None`: the native must
/// return at once (it has requested the park and will run again).
pub fn syscall<T, F>(ctx: &mut NativeCtx, op: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    if let Some(Pending::Blocking(call)) = ctx.pending.take() {
        let r = call.result.lock().take()?;
        return r.downcast::<T>().ok().map(|b| *b);
    }
    let Some(sc) = ctx.sched else {
        return Some(op());
    };
    let sched = sc.sched();
    let g = sc.g().clone();
    let call = Arc::new(Call {
        result: Mutex::new(None),
    });
    let done = call.clone();
    sched.netpoll_add();
    submit(Box::new(move || {
        let r = op();
        *done.result.lock() = Some(Box::new(r));
        sched.ready(&g);
        sched.netpoll_done();
    }));
    *ctx.pending = Some(Pending::Blocking(call));
    ctx.request = Some(NativeRequest::Park {
        reason: WaitReason::IoWait,
        retry: true,
    });
    None
}
