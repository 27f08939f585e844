//! The natives behind Go's concurrency statements and builtins, which the compiler
//! (`compile::conc`) calls with `CallNative`: `make(chan T, n)`, send, receive, `close`,
//! `len`/`cap` of a channel, `select` (`selectgo`) and the `go` statement (`newproc`),
//! named after the Go runtime functions they stand for (`runtime.chansend`, ...).
//!
//! A channel value is one word: a heap object of kind `Native` owning a `ChanObj` (an
//! `Arc<runtime::chan::Chan>`), so the collector traces the buffered elements through
//! the object and sweeps the channel with it. Blocking operations park through
//! `vm::gort::Pending` (see the protocol there): the native runs again on resume.
//!
//! # Window layouts (the compiler's side of the contract)
//! - `chanrecv`: `[ch]` in; out `[value (w words), ok]`.
//! - `chansend`: `[ch, value (w words)]`.
//! - `selectgo`: in `[hdr, (ch, desc) per case, send values...]`, `hdr` = number of
//!   cases | 1 << 16 if there is a default; `desc` = 1 for a send | offset of the value
//!   in the window << 8 | its width << 32. Out: `[case chosen (u64::MAX: default), ok,
//!   received value...]`.
//! - `newproc`: `[func value, argument words...]`.
//!
//! # Invariants
//! 1. A native that parks stores exactly one `Pending` and requests `Park { retry: true }`
//!    (or parks forever on a nil channel with no pending record, never readied).
//! 2. A run that finds a `Pending` is the resume of that park and only completes it.

use crate::runtime::chan::{Chan, ChanError, RecvStep, SendStep};
use crate::runtime::gc::Marker;
use crate::runtime::heap::{Layout, ObjRef, Traced};
use crate::runtime::park::WaitReason;
use crate::runtime::sched::Ctx;
use crate::runtime::select::{self, Case, SelectStep};
use crate::runtime::timer::Timer;
use crate::vm::gort::Pending;
use crate::vm::panic::{self, GoPanic};
use crate::vm::program::{NativeCtx, NativeRequest};
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// The Rust value a channel object owns, where `make` made it (`NativeCtx::site`, for
/// deadlock reports), and for a `time.Timer`/`Ticker` channel the runtime timer, which
/// lives as long as its channel can be reached (`native::time` keeps only a weak handle).
pub struct ChanObj(pub Arc<Chan>, pub u64, pub OnceLock<Arc<Timer>>);

impl Traced for ChanObj {
    fn trace(&self, m: &mut Marker) {
        self.0.scan(&mut |e| m.mark_words(e, None));
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn chan_layout() -> &'static Layout {
    static L: OnceLock<&'static Layout> = OnceLock::new();
    L.get_or_init(|| Layout::scalar("chan"))
}

/// The channel a channel word refers to (`None` for nil).
pub fn chan_of(w: u64) -> Option<Arc<Chan>> {
    // SAFETY: value invariant 1: `w` is a channel-typed register's word, 0 or a live
    // channel object.
    let o = unsafe { ObjRef::from_word(w) }?;
    o.with_native(|t| t.as_any().downcast_ref::<ChanObj>().map(|c| c.0.clone()))
        .flatten()
}

/// Ties timer `t` to the channel object of channel word `w` (see `ChanObj`); false if
/// `w` is not a channel or already has a timer.
pub fn attach_timer(w: u64, t: Arc<Timer>) -> bool {
    // SAFETY: as in `chan_of`.
    let Some(o) = (unsafe { ObjRef::from_word(w) }) else {
        return false;
    };
    o.with_native(|x| {
        x.as_any()
            .downcast_ref::<ChanObj>()
            .is_some_and(|c| c.2.set(t).is_ok())
    })
    .unwrap_or(false)
}

/// Where the channel of channel word `w` was made (`NativeCtx::site`; 0 unknown).
pub fn chan_site(w: u64) -> Option<u64> {
    // SAFETY: as in `chan_of`.
    let o = unsafe { ObjRef::from_word(w) }?;
    o.with_native(|t| t.as_any().downcast_ref::<ChanObj>().map(|c| c.1))
        .flatten()
}

/// A new channel object's word.
pub fn new_chan(ctx: &NativeCtx, elem_words: usize, cap: usize) -> u64 {
    let c = Chan::new(elem_words, cap);
    ctx.heap
        .alloc_native(
            chan_layout(),
            Box::new(ChanObj(c, ctx.site, OnceLock::new())),
        )
        .word()
}

/// The worker context; natives of this file only run on the scheduler.
pub(crate) fn sched<'a>(ctx: &NativeCtx<'a>) -> Result<&'a Ctx<'a>, GoPanic> {
    ctx.sched.ok_or_else(|| {
        GoPanic::Fatal("minigo: internal error: concurrency outside the scheduler".into())
    })
}

pub(crate) fn chan_panic(e: ChanError) -> GoPanic {
    panic::runtime(e.message())
}

fn park(ctx: &mut NativeCtx, p: Option<Pending>, reason: WaitReason) {
    *ctx.pending = p;
    ctx.request = Some(NativeRequest::Park {
        reason,
        retry: true,
    });
}

/// `make(chan T, n)`: `[n, elem words]` → `[ch]`.
pub fn makechan(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let n = w[0] as i64;
    let ew = w[1] as usize;
    if !(0..=1 << 31).contains(&n) {
        return Err(panic::runtime("makechan: size out of range"));
    }
    w[0] = new_chan(ctx, ew, n as usize);
    Ok(())
}

/// `ch <- v`.
pub fn chansend(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if let Some(p) = ctx.pending.take() {
        return match p {
            Pending::Waiter(wt) => Chan::send_resume(&wt).map_err(chan_panic),
            _ => Ok(()),
        };
    }
    let sc = sched(ctx)?;
    let Some(c) = chan_of(w[0]) else {
        park(ctx, None, WaitReason::ChanSendNilChan);
        return Ok(());
    };
    match c.send(sc, &w[1..], true).map_err(chan_panic)? {
        SendStep::Done | SendStep::WouldBlock => {}
        SendStep::Park(wt) => park(ctx, Some(Pending::Waiter(wt)), WaitReason::ChanSend),
    }
    Ok(())
}

/// `v, ok := <-ch`.
pub fn chanrecv(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if let Some(p) = ctx.pending.take() {
        if let Pending::Waiter(wt) = p {
            let n = wt.elem.len().min(w.len().saturating_sub(1));
            let ok = Chan::recv_resume(&wt, &mut w[..n]);
            w[n] = ok as u64;
        }
        return Ok(());
    }
    let sc = sched(ctx)?;
    let Some(c) = chan_of(w[0]) else {
        park(ctx, None, WaitReason::ChanReceiveNilChan);
        return Ok(());
    };
    let n = c.elem_words().min(w.len().saturating_sub(1));
    let mut out = vec![0u64; c.elem_words()];
    match c.recv(sc, &mut out, true) {
        RecvStep::Done { ok } => {
            w[..n].copy_from_slice(&out[..n]);
            w[n] = ok as u64;
        }
        RecvStep::WouldBlock => {}
        RecvStep::Park(wt) => park(ctx, Some(Pending::Waiter(wt)), WaitReason::ChanReceive),
    }
    Ok(())
}

/// `close(ch)`.
pub fn closechan(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    let Some(c) = chan_of(w[0]) else {
        return Err(chan_panic(ChanError::CloseOfNil));
    };
    c.close(&sc.wake()).map_err(chan_panic)
}

/// `len(ch)`.
pub fn chanlen(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = chan_of(w[0]).map_or(0, |c| if c.is_timer() { 0 } else { c.len() as u64 });
    Ok(())
}

/// `cap(ch)`.
pub fn chancap(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = chan_of(w[0]).map_or(0, |c| if c.is_timer() { 0 } else { c.cap() as u64 });
    Ok(())
}

/// `select` (Go's `selectgo`); see the window layout above.
pub fn selectgo(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    if let Some(p) = ctx.pending.take() {
        if let Pending::Select(sw) = p {
            let (case, ok) = select::select_resume(*sw, &mut w[2..]).map_err(chan_panic)?;
            w[0] = case as u64;
            w[1] = ok as u64;
        }
        return Ok(());
    }
    let sc = sched(ctx)?;
    let hdr = w[0];
    let n = (hdr & 0xffff) as usize;
    let has_default = hdr & (1 << 16) != 0;
    let mut chans = Vec::with_capacity(n);
    let mut sends: Vec<Option<Vec<u64>>> = Vec::with_capacity(n);
    for i in 0..n {
        let ch = w.get(1 + 2 * i).copied().unwrap_or(0);
        let desc = w.get(2 + 2 * i).copied().unwrap_or(0);
        chans.push(chan_of(ch));
        if desc & 1 != 0 {
            let off = ((desc >> 8) & 0xff_ffff) as usize;
            let width = (desc >> 32) as usize;
            let v = w
                .get(off..off + width)
                .map(|s| s.to_vec())
                .unwrap_or_default();
            sends.push(Some(v));
        } else {
            sends.push(None);
        }
    }
    let cases: Vec<Case> = (0..n)
        .map(|i| match &sends[i] {
            Some(v) => Case::Send {
                chan: chans[i].as_ref(),
                val: v,
            },
            None => Case::Recv {
                chan: chans[i].as_ref(),
            },
        })
        .collect();
    let maxw = chans
        .iter()
        .flatten()
        .map(|c| c.elem_words())
        .max()
        .unwrap_or(0);
    let mut out = vec![0u64; maxw];
    let step = select::select(sc, &cases, &mut out, !has_default).map_err(chan_panic)?;
    drop(cases);
    match step {
        SelectStep::Done { case, ok } => {
            w[0] = case as u64;
            w[1] = ok as u64;
            let m = out.len().min(w.len().saturating_sub(2));
            w[2..2 + m].copy_from_slice(&out[..m]);
        }
        SelectStep::Default => w[0] = u64::MAX,
        SelectStep::Park(sw) => park(ctx, Some(Pending::Select(Box::new(sw))), WaitReason::Select),
        SelectStep::Forever(reason) => park(ctx, None, reason),
    }
    Ok(())
}

/// `go f(args)`: `[func value, args...]`; the new goroutine runs next on this worker.
pub fn newproc(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let sc = sched(ctx)?;
    // SAFETY: value invariant 1: `w[0]` is a func value's word.
    let Some(clo) = (unsafe { ObjRef::from_word(w[0]) }) else {
        return Err(GoPanic::Fatal("go of nil func value".into()));
    };
    let fid = clo.get(0).ok_or_else(panic::nil_deref)? as u32;
    // Every goroutine shares its parent's `Vm` (per-program state, not per goroutine).
    let vm = crate::vm::glue::VmG::current_vm(sc)
        .unwrap_or_else(|| Arc::new(crate::vm::Vm::new(ctx.prog.clone())));
    let mut vg = crate::vm::glue::VmG::new(vm, 0, fid, &w[1..]);
    if let Some(f) = vg.g.frames.first_mut() {
        f.closure = w[0];
    }
    vg.g.created_by = Some((ctx.goroutine, (ctx.site >> 32) as u32, ctx.site as u32));
    sc.go(crate::vm::gort::inherit_sink(vg), ctx.site);
    Ok(())
}
