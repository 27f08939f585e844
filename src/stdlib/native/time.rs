//! The natives of `time` (`Sleep`, the runtime timers behind `Timer`,
//! `Ticker`, `After`, `Tick`) and of `runtime` (`Gosched`, `NumGoroutine`, `NumCPU`,
//! `GOMAXPROCS`, `GC`, `Goexit`), over the scheduler (`runtime::sched`, `runtime::timer`).
//!
//! A timer handle (`Timer.h`, a `uintptr` in Go) is a key into `TIMERS`, which holds a
//! weak reference to the runtime's `Timer`; the timer's channel object owns it
//! (`chan::attach_timer`), so a timer whose `Timer` and channel the program dropped is
//! freed with its channel by the collector (once not armed), and its handle is purged
//! (Go keeps the timer inside the Go struct). `AfterFunc` is Go
//! code over a timer channel and a goroutine (`time/sleep.go`), so the function value
//! stays a root of that goroutine and no callback runs on a worker.
//!
//! # Invariants
//! 1. A handle is never reused: `NEXT` only grows.
//! 2. A timer channel's element is the VM's `time.Time` words (`sec` since year 1,
//!    `nsec`, `hasMono`, `mono`, `loc` = nil, i.e. UTC).

use super::chan::{chan_of, sched};
use crate::runtime::sched::num_cpu;
use crate::runtime::timer::{self, SleepStep, Timer, TimerAction};
use crate::vm::gort::Pending;
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn, NativeRequest, WaitReason};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Seconds from January 1, year 1 to the Unix epoch (`time.unixToInternal`).
const UNIX_TO_INTERNAL: i64 = 719_162 * 86_400;

static TIMERS: parking_lot::Mutex<Option<TimerTable>> = parking_lot::Mutex::new(None);

/// Handles → timers, weakly; dead entries are purged when the table has doubled since
/// the last purge, so it stays proportional to the live timers.
#[derive(Default)]
struct TimerTable {
    map: HashMap<u64, Weak<Timer>>,
    live_at_purge: usize,
}
static NEXT: AtomicU64 = AtomicU64::new(1);

/// (Unix seconds, nanoseconds, monotonic ns), with the monotonic reading on the same
/// base as `time.now`'s (`sys::mono_nanos`: since the program started).
fn clock() -> (i64, i64, i64) {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    (
        d.as_secs() as i64,
        d.subsec_nanos() as i64,
        super::sys::mono_nanos(),
    )
}

fn dur(ns: u64) -> Duration {
    Duration::from_nanos((ns as i64).max(0) as u64)
}

fn sleep(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if ctx.pending.take().is_some() {
        return Ok(());
    }
    let sc = sched(ctx)?;
    if let SleepStep::Park(t) = timer::sleep(sc, dur(w[0])) {
        *ctx.pending = Some(Pending::Sleep(t));
        ctx.request = Some(NativeRequest::Park {
            reason: WaitReason::Sleep,
            retry: true,
        });
    }
    Ok(())
}

fn time_value(out: &mut [u64]) {
    let (s, n, m) = clock();
    let v = [(s + UNIX_TO_INTERNAL) as u64, n as u64, 1, m as u64, 0];
    for (o, x) in out.iter_mut().zip(v) {
        *o = x;
    }
}

/// `startTimer(d, period, c, f)` → handle. With `f` nil the timer sends the time on
/// `c`; else it starts `f` in a new goroutine on each firing (`AfterFunc`) and `c`, on
/// which nothing is sent, only owns the timer for the `*Timer` (so that `Reset` after
/// the firing arms it again). A nil channel makes a timer that fires into nothing.
fn start_timer(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    let (d, period) = (dur(w[0]), w[1] as i64);
    let period = (period > 0).then(|| dur(period as u64));
    let Some(chan) = chan_of(w[2]) else {
        w[0] = 0;
        return Ok(());
    };
    chan.mark_timer();
    let action = match w.get(3).copied().unwrap_or(0) {
        0 => TimerAction::Send {
            chan,
            value: Arc::new(time_value),
        },
        f => {
            let vm = crate::vm::glue::VmG::current_vm(sc)
                .unwrap_or_else(|| Arc::new(crate::vm::Vm::new(ctx.prog.clone())));
            let sink = super::capture_sink();
            let parent = ctx.goroutine;
            TimerAction::Go {
                word: f,
                start: Arc::new(move |s: &crate::runtime::sched::Sched, f: u64| {
                    go_func(s, &vm, sink.clone(), parent, f)
                }),
            }
        }
    };
    let t = sc.sched().add_timer(d, period, action);
    if !super::chan::attach_timer(w[2], t.clone()) {
        // Not a fresh timer channel: keep the timer alive for the whole run instead.
        std::mem::forget(t.clone());
    }
    let h = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut tt = TIMERS.lock();
    let tt = tt.get_or_insert_with(TimerTable::default);
    if tt.map.len() > 2 * tt.live_at_purge + 1024 {
        tt.map.retain(|_, t| t.strong_count() > 0);
        tt.live_at_purge = tt.map.len();
    }
    tt.map.insert(h, Arc::downgrade(&t));
    w[0] = h;
    Ok(())
}

/// Starts the function value `f` (an armed `AfterFunc`'s, a GC root until now) in a new
/// goroutine, on the worker that fired its timer (Go's `goFunc`).
fn go_func(
    s: &crate::runtime::sched::Sched,
    vm: &Arc<crate::vm::Vm>,
    sink: Option<super::Sink>,
    parent: u64,
    f: u64,
) {
    // SAFETY: value invariant 1: `f` is a func value's word, kept alive as a root of the
    // armed timer (timer invariant 4) until this call.
    let Some(clo) = (unsafe { crate::runtime::heap::ObjRef::from_word(f) }) else {
        return;
    };
    let Some(fid) = clo.get(0) else {
        return;
    };
    let mut vg = crate::vm::glue::VmG::new(vm.clone(), 0, fid as u32, &[]);
    if let Some(fr) = vg.g.frames.first_mut() {
        fr.closure = f;
    }
    crate::vm::gort::with_sink(vg, sink, |g| g.go_from(s, parent, 0));
}

fn timer_of(h: u64) -> Option<Arc<Timer>> {
    TIMERS.lock().as_ref()?.map.get(&h)?.upgrade()
}

fn stop_timer(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    w[0] = timer_of(w[0]).is_some_and(|t| sc.sched().stop_timer(&t)) as u64;
    Ok(())
}

fn reset_timer(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    let period = (w[2] as i64 > 0).then(|| dur(w[2]));
    w[0] = timer_of(w[0]).is_some_and(|t| sc.sched().reset_timer(&t, dur(w[1]), period)) as u64;
    Ok(())
}

fn gosched(ctx: &mut NativeCtx, _w: &mut [u64]) -> Result<(), GoPanic> {
    ctx.request = Some(NativeRequest::Yield);
    Ok(())
}

/// `runtime.Goexit`: unwinds the goroutine like a panic nobody can recover
/// (`vm::unwind`, invariant 4).
fn goexit(_c: &mut NativeCtx, _w: &mut [u64]) -> Result<(), GoPanic> {
    Err(GoPanic::Goexit)
}

fn num_goroutine(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = ctx.sched.map_or(1, |s| s.sched().num_goroutine()) as u64;
    Ok(())
}

fn num_cpus(_c: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = num_cpu() as u64;
    Ok(())
}

fn gomaxprocs(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let n = w[0] as i64;
    w[0] = match ctx.sched {
        Some(s) if n > 0 => s.sched().set_gomaxprocs(n as usize, Some(s)),
        Some(s) => s.sched().gomaxprocs(),
        None => 1,
    } as u64;
    Ok(())
}

fn gc(ctx: &mut NativeCtx, _w: &mut [u64]) -> Result<(), GoPanic> {
    ctx.heap.request_gc();
    ctx.request = Some(NativeRequest::Yield);
    Ok(())
}

/// The natives of `time` and `runtime` by qualified name: (window, function).
pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "time.Sleep" => (1, sleep),
        "time.startTimer" => (4, start_timer),
        "time.stopTimer" => (1, stop_timer),
        "time.resetTimer" => (3, reset_timer),
        "runtime.Gosched" => (1, gosched),
        "runtime.Goexit" => (1, goexit),
        "runtime.NumGoroutine" => (1, num_goroutine),
        "runtime.NumCPU" => (1, num_cpus),
        "runtime.GOMAXPROCS" => (1, gomaxprocs),
        "runtime.GC" => (1, gc),
        _ => return None,
    };
    Some(r)
}
