//! Channels, as Go's `runtime/chan.go`: one lock, a ring buffer of elements, and queues
//! of waiting senders and receivers (`Waiter`, Go's sudog).
//!
//! An element is `elem_words` 64-bit words (the VM's flattened value). The buffer and
//! every waiter's element are plain words the GC can scan (`Chan::scan`); the VM applies
//! the element type's pointer map.
//!
//! # Invariants (Go's, restated)
//! At least one of `sendq` and `recvq` is empty, except for an unbuffered channel with a
//! single goroutine blocked on it for both sending and receiving using a select, where
//! the lengths are bounded only by the select's cases (its own stale waiters).
//! For buffered channels also:
//! 1. `qcount > 0` implies that `recvq` holds no live (unclaimed) waiter.
//! 2. `qcount < cap` implies that `sendq` holds no live waiter.
//! 3. `closed` implies `sendq` is empty (close wakes every waiter).
//!
//! A waiter in a queue whose select already fired (`Waiter::is_stale`) is skipped and
//! dropped by whoever meets it first; the select also removes its own on resume.
//!
//! # Happens-before (Go's memory model)
//! A send happens before the corresponding receive completes, and the k-th receive on a
//! channel of capacity C happens before the (k+C)-th send completes: every hand-off goes
//! through `lock` (and, for a parked party, through `ready`'s release/acquire). A close
//! happens before a receive that returns because the channel is closed.
//!
//! # Design
//! A `parking_lot::Mutex` per channel (Go's `hchan.lock`); wake-ups (`ready`) are done
//! while holding it, which is safe because `ready` never takes a channel lock. Rejected:
//! a lock-free channel (crossbeam's): select needs to lock several channels at once and
//! enqueue on all of them atomically, which the one-lock design gives for free.

use super::park::{WaitReason, Waiter};
use super::sched::{Ctx, Wake};
use parking_lot::{Mutex, MutexGuard};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A channel operation that Go turns into a panic; the VM raises it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanError {
    SendOnClosed,
    CloseOfClosed,
    CloseOfNil,
}

impl ChanError {
    /// Go's panic message.
    pub fn message(self) -> &'static str {
        match self {
            ChanError::SendOnClosed => "send on closed channel",
            ChanError::CloseOfClosed => "close of closed channel",
            ChanError::CloseOfNil => "close of nil channel",
        }
    }
}

/// The result of a send.
pub enum SendStep {
    /// The value was delivered or buffered.
    Done,
    /// Non-blocking send (select with default) that could not proceed.
    WouldBlock,
    /// The G is enqueued on `sendq`: return `RunResult::Park(ChanSend)`, then on
    /// resume call `Chan::send_resume`.
    Park(Arc<Waiter>),
}

/// The result of a receive. The value is in the caller's `out` when `Done`.
pub enum RecvStep {
    /// Received: `ok` is false when the channel is closed and drained (`out` is zeroed).
    Done {
        ok: bool,
    },
    WouldBlock,
    /// Parked on `recvq`: return `RunResult::Park(ChanReceive)`, then on resume call
    /// `Chan::recv_resume`.
    Park(Arc<Waiter>),
}

/// The state under the channel's lock (Go's `hchan` fields).
pub(crate) struct ChanInner {
    /// `cap * elem_words` words; element i at `i * elem_words`.
    buf: Box<[u64]>,
    /// Elements in `buf`.
    qcount: usize,
    /// Next element to send into / receive from (ring indices, in elements).
    sendx: usize,
    recvx: usize,
    closed: bool,
    recvq: VecDeque<Arc<Waiter>>,
    sendq: VecDeque<Arc<Waiter>>,
}

/// A channel: Go's `hchan`.
pub struct Chan {
    elem_words: usize,
    cap: usize,
    inner: Mutex<ChanInner>,
    /// Mirror of `qcount` for a lock-free `len(c)`.
    len: AtomicUsize,
    /// A `time.Timer`/`Ticker` channel: Go 1.23 makes those synchronous, so `len` and
    /// `cap` report 0 (Go's `chanlen`/`chancap` with `c.timer != nil`).
    timer: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for Chan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "chan(cap {}, {} words)", self.cap, self.elem_words)
    }
}

impl Chan {
    /// Whether a goroutine may be waiting to receive from the channel (a live waiter on
    /// `recvq`: a blocked receive, or a select not yet fired). Never blocks: the deadlock
    /// detector asks while holding the scheduler's idle lock, so a busy channel answers
    /// yes (someone is at work on it).
    pub fn has_receiver(&self) -> bool {
        self.inner
            .try_lock()
            .is_none_or(|c| c.recvq.iter().any(|w| !w.is_stale()))
    }

    /// `make(chan T, cap)` for a `T` of `elem_words` words (0 for `struct{}`).
    pub fn new(elem_words: usize, cap: usize) -> Arc<Chan> {
        Arc::new(Chan {
            elem_words,
            cap,
            inner: Mutex::new(ChanInner {
                buf: vec![0; cap.saturating_mul(elem_words)].into_boxed_slice(),
                qcount: 0,
                sendx: 0,
                recvx: 0,
                closed: false,
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
            len: AtomicUsize::new(0),
            timer: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// Marks a timer's channel (see `timer`).
    pub fn mark_timer(&self) {
        self.timer.store(true, Ordering::Relaxed);
    }

    /// Whether `len`/`cap` must report 0 to Go code (a timer channel).
    pub fn is_timer(&self) -> bool {
        self.timer.load(Ordering::Relaxed)
    }

    pub fn elem_words(&self) -> usize {
        self.elem_words
    }

    /// `cap(c)`.
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// `len(c)`: buffered elements.
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The channel's identity for lock ordering and dumps.
    pub fn addr(&self) -> usize {
        self as *const Chan as usize
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, ChanInner> {
        self.inner.lock()
    }

    /// `c <- val` (`block` false: the non-blocking form select uses with default).
    pub fn send(&self, ctx: &Ctx<'_>, val: &[u64], block: bool) -> Result<SendStep, ChanError> {
        let mut c = self.lock();
        if let Some(step) = self.try_send_locked(&mut c, &ctx.wake(), val)? {
            return Ok(step);
        }
        if !block {
            return Ok(SendStep::WouldBlock);
        }
        let w = ctx.waiter(val);
        ctx.g().set_waiting_on(self.addr());
        c.sendq.push_back(w.clone());
        Ok(SendStep::Park(w))
    }

    /// Completes a parked send after the G was woken: `Err` if the channel was closed
    /// while it waited (Go panics `send on closed channel`).
    pub fn send_resume(w: &Waiter) -> Result<(), ChanError> {
        if w.success() {
            Ok(())
        } else {
            Err(ChanError::SendOnClosed)
        }
    }

    /// A send that cannot block, for timers (`time.After`, tickers): drops the value if
    /// the buffer is full and no receiver waits. Returns whether it was delivered.
    pub fn try_send(&self, wake: &Wake<'_>, val: &[u64]) -> bool {
        let mut c = self.lock();
        matches!(
            self.try_send_locked(&mut c, wake, val),
            Ok(Some(SendStep::Done))
        )
    }

    /// The non-parking part of `chansend`. Caller must hold `c` (this channel's lock).
    /// `Ok(None)`: the send must wait.
    pub(crate) fn try_send_locked(
        &self,
        c: &mut ChanInner,
        wake: &Wake<'_>,
        val: &[u64],
    ) -> Result<Option<SendStep>, ChanError> {
        if c.closed {
            return Err(ChanError::SendOnClosed);
        }
        if let Some(w) = pop_live(&mut c.recvq) {
            // Hand-off straight to a waiting receiver (Go's `send`).
            w.write_elem(val);
            w.set_success(true);
            wake.ready(&w.g);
            return Ok(Some(SendStep::Done));
        }
        if c.qcount < self.cap {
            let at = c.sendx * self.elem_words;
            if let Some(slot) = c.buf.get_mut(at..at + self.elem_words) {
                slot.copy_from_slice(&val[..self.elem_words.min(val.len())]);
            }
            c.sendx = (c.sendx + 1) % self.cap;
            c.qcount += 1;
            self.len.store(c.qcount, Ordering::Relaxed);
            return Ok(Some(SendStep::Done));
        }
        Ok(None)
    }

    /// `v, ok := <-c`; the value goes to `out` (`elem_words` long).
    pub fn recv(&self, ctx: &Ctx<'_>, out: &mut [u64], block: bool) -> RecvStep {
        let mut c = self.lock();
        if let Some(ok) = self.try_recv_locked(&mut c, &ctx.wake(), out) {
            return RecvStep::Done { ok };
        }
        if !block {
            return RecvStep::WouldBlock;
        }
        let w = ctx.waiter_slot(self.elem_words);
        ctx.g().set_waiting_on(self.addr());
        c.recvq.push_back(w.clone());
        RecvStep::Park(w)
    }

    /// Completes a parked receive: the value into `out`, and `ok` (false if woken by
    /// close, with `out` zeroed).
    pub fn recv_resume(w: &Waiter, out: &mut [u64]) -> bool {
        if w.success() {
            w.read_elem(out);
            true
        } else {
            out.fill(0);
            false
        }
    }

    /// The non-parking part of `chanrecv`. Caller must hold `c` (this channel's lock).
    /// `Some(ok)` when done (value in `out`), `None` when the receive must wait.
    pub(crate) fn try_recv_locked(
        &self,
        c: &mut ChanInner,
        wake: &Wake<'_>,
        out: &mut [u64],
    ) -> Option<bool> {
        let n = self.elem_words.min(out.len());
        if let Some(w) = pop_live(&mut c.sendq) {
            // A sender waits: the buffer is full (or the channel unbuffered). Take the
            // head of the buffer and put the sender's value at the tail (Go's `recv`).
            if self.cap == 0 {
                w.read_elem(&mut out[..n]);
            } else {
                let at = c.recvx * self.elem_words;
                if let Some(slot) = c.buf.get_mut(at..at + self.elem_words) {
                    out[..n].copy_from_slice(&slot[..n]);
                    for (s, v) in slot.iter_mut().zip(w.elem_words()) {
                        *s = v;
                    }
                }
                c.recvx = (c.recvx + 1) % self.cap;
                c.sendx = c.recvx;
            }
            w.set_success(true);
            wake.ready(&w.g);
            return Some(true);
        }
        if c.qcount > 0 {
            let at = c.recvx * self.elem_words;
            if let Some(slot) = c.buf.get_mut(at..at + self.elem_words) {
                out[..n].copy_from_slice(&slot[..n]);
                slot.fill(0);
            }
            c.recvx = (c.recvx + 1) % self.cap;
            c.qcount -= 1;
            self.len.store(c.qcount, Ordering::Relaxed);
            return Some(true);
        }
        if c.closed {
            out.fill(0);
            return Some(false);
        }
        None
    }

    /// `close(c)`: wakes every waiter (receivers get zero and false; senders panic).
    pub fn close(&self, wake: &Wake<'_>) -> Result<(), ChanError> {
        let mut c = self.lock();
        if c.closed {
            return Err(ChanError::CloseOfClosed);
        }
        c.closed = true;
        // Ready each waiter as it is dequeued, under the lock (see Design: `ready` takes
        // no channel lock), rather than collecting them first as Go's `closechan` does:
        // closing a channel that 100k goroutines wait on then needs no list of them.
        let inner = &mut *c;
        for q in [&mut inner.recvq, &mut inner.sendq] {
            while let Some(w) = pop_live(q) {
                for e in w.elem.iter() {
                    e.store(0, Ordering::Relaxed);
                }
                w.set_success(false);
                wake.ready(&w.g);
            }
            // The queue held every waiter at once: give its buffer back.
            q.shrink_to_fit();
        }
        Ok(())
    }

    /// Drops every buffered element (Go 1.23 timer channels on `Stop`/`Reset`); returns
    /// how many there were.
    pub fn drain_buffer(&self) -> usize {
        let mut c = self.lock();
        let n = c.qcount;
        c.buf.fill(0);
        c.qcount = 0;
        c.sendx = 0;
        c.recvx = 0;
        self.len.store(0, Ordering::Relaxed);
        n
    }

    /// GC roots: calls `f` on each buffered element and each waiting sender's value
    /// (`elem_words` words each). Receivers' slots hold no value until filled, and a
    /// filled one belongs to its G, which the VM scans through its pending waiter.
    pub fn scan(&self, f: &mut dyn FnMut(&[u64])) {
        let c = self.lock();
        for i in 0..c.qcount {
            let at = ((c.recvx + i) % self.cap.max(1)) * self.elem_words;
            if let Some(e) = c.buf.get(at..at + self.elem_words) {
                f(e);
            }
        }
        let mut tmp = Vec::with_capacity(self.elem_words);
        for w in c.sendq.iter() {
            tmp.clear();
            tmp.extend(w.elem_words());
            f(&tmp);
        }
    }

    /// Whether `close` was called.
    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }

    /// Removes `w` from this channel's queues (select's dequeue of the losing cases).
    /// Caller must hold `c` (this channel's lock).
    pub(crate) fn dequeue_locked(c: &mut ChanInner, w: &Arc<Waiter>) {
        c.recvq.retain(|x| !Arc::ptr_eq(x, w));
        c.sendq.retain(|x| !Arc::ptr_eq(x, w));
    }

    /// Enqueues a select's waiter. Caller must hold `c` (this channel's lock).
    pub(crate) fn enqueue_locked(c: &mut ChanInner, w: Arc<Waiter>, send: bool) {
        if send {
            c.sendq.push_back(w);
        } else {
            c.recvq.push_back(w);
        }
    }
}

/// Pops the first waiter that can still be woken, claiming it (select's CAS); stale
/// select waiters are dropped on the way.
fn pop_live(q: &mut VecDeque<Arc<Waiter>>) -> Option<Arc<Waiter>> {
    while let Some(w) = q.pop_front() {
        if w.claim() {
            return Some(w);
        }
    }
    None
}

/// For a nil channel: the wait reason a blocking operation parks with forever (the VM
/// returns `RunResult::Park(reason)` without a waiter); `None` for a non-blocking one,
/// which simply does not proceed.
pub fn nil_chan_block(recv: bool, block: bool) -> Option<WaitReason> {
    match (block, recv) {
        (false, _) => None,
        (true, true) => Some(WaitReason::ChanReceiveNilChan),
        (true, false) => Some(WaitReason::ChanSendNilChan),
    }
}
