//! `select`, as Go's `runtime/select.go` (`selectgo`).
//!
//! Two orders, as Go's: a random *poll order* (a uniform permutation of the cases), so
//! that among several ready cases each is chosen with equal probability; and a *lock
//! order* (channels sorted by address, duplicates once), so that two selects locking the
//! same channels cannot deadlock.
//!
//! 1. Lock every channel in lock order; in poll order, take the first case that can
//!    proceed (a waiting partner, buffer room or data, or a closed channel).
//! 2. None can: with `default`, unlock and return `Default`. Otherwise enqueue one
//!    `Waiter` per case, all sharing one `SelectGroup`, unlock, and park.
//! 3. On wake-up (`select_resume`): the waker claimed the group for its case with a CAS
//!    (`Waiter::claim`); lock the channels again and dequeue the losing waiters.
//!
//! # Invariants
//! 1. At most one case of a select fires: a waker must win `SelectGroup::claim` before
//!    touching a waiter's element or readying the G; the losers are skipped as stale.
//! 2. A select never holds a channel lock across a park: every lock is released before
//!    `select` returns.
//! 3. Nil-channel cases are never chosen and are not enqueued anywhere; a select with no
//!    cases (`select {}`) or only nil cases parks forever.

use super::chan::{Chan, ChanError, ChanInner, SendStep};
use super::park::{SelectGroup, WaitReason, Waiter};
use super::runq::FastRand;
use super::sched::Ctx;
use parking_lot::MutexGuard;
use std::sync::Arc;

/// One case of a select. `chan` is `None` for a nil channel.
pub enum Case<'a> {
    Send {
        chan: Option<&'a Arc<Chan>>,
        val: &'a [u64],
    },
    Recv {
        chan: Option<&'a Arc<Chan>>,
    },
}

impl Case<'_> {
    fn chan(&self) -> Option<&Arc<Chan>> {
        match self {
            Case::Send { chan, .. } | Case::Recv { chan } => *chan,
        }
    }
}

/// The result of `select`.
pub enum SelectStep {
    /// Case `case` proceeded; for a receive the value is in `out` and `ok` is false if
    /// the channel was closed (for a send `ok` is true).
    Done { case: usize, ok: bool },
    /// No case was ready and the select has a default.
    Default,
    /// Return `RunResult::Park(WaitReason::Select)`; on resume call `select_resume`.
    Park(SelectWait),
    /// No case can ever proceed (`select {}` or only nil channels): park forever with
    /// this reason and never resume.
    Forever(WaitReason),
}

/// A parked select's pending record, kept by the VM in the G's stack.
pub struct SelectWait {
    group: Arc<SelectGroup>,
    /// (case index, channel, its waiter).
    waiters: Vec<(usize, Arc<Chan>, Arc<Waiter>)>,
    /// Case index → is a send.
    sends: Vec<bool>,
}

impl SelectWait {
    /// GC roots: the values the send cases offer.
    pub fn for_each_elem(&self, mut f: impl FnMut(&Waiter)) {
        for (_, _, w) in &self.waiters {
            f(w);
        }
    }
}

thread_local! {
    static RAND: FastRand = FastRand::new(thread_seed());
}

fn thread_seed() -> u64 {
    let x = 0u8;
    (&x as *const u8 as u64) ^ std::process::id() as u64
}

/// Locks the distinct channels of `cases` in address order (the lock order).
fn lock_all<'c>(
    cases: impl Iterator<Item = &'c Arc<Chan>>,
) -> Vec<(usize, &'c Chan, MutexGuard<'c, ChanInner>)> {
    let mut chans: Vec<&'c Arc<Chan>> = cases.collect();
    chans.sort_by_key(|c| c.addr());
    chans.dedup_by_key(|c| c.addr());
    chans
        .into_iter()
        .map(|c| (c.addr(), &**c, c.lock()))
        .collect()
}

fn guard_of<'g, 'c>(
    locked: &'g mut [(usize, &'c Chan, MutexGuard<'c, ChanInner>)],
    addr: usize,
) -> Option<&'g mut (usize, &'c Chan, MutexGuard<'c, ChanInner>)> {
    let i = locked.binary_search_by_key(&addr, |l| l.0).ok()?;
    locked.get_mut(i)
}

/// Go's `selectgo`. `out` receives a receive case's value (as many words as the largest
/// element); `block` is false when the select has a default.
pub fn select(
    ctx: &Ctx<'_>,
    cases: &[Case<'_>],
    out: &mut [u64],
    block: bool,
) -> Result<SelectStep, ChanError> {
    // The poll order: a uniform random permutation (Fisher–Yates) of the non-nil cases.
    let mut poll: Vec<usize> = (0..cases.len())
        .filter(|&i| cases[i].chan().is_some())
        .collect();
    RAND.with(|r| {
        for i in (1..poll.len()).rev() {
            poll.swap(i, r.below(i + 1));
        }
    });
    if poll.is_empty() {
        if !block {
            return Ok(SelectStep::Default);
        }
        let reason = if cases.is_empty() {
            WaitReason::SelectNoCases
        } else {
            WaitReason::Select
        };
        return Ok(SelectStep::Forever(reason));
    }
    let wake = ctx.wake();
    let mut locked = lock_all(cases.iter().filter_map(|c| c.chan()));
    // Pass 1: the first ready case in poll order.
    for &i in &poll {
        let Some(ch) = cases[i].chan() else { continue };
        let Some((_, chan, guard)) = guard_of(&mut locked, ch.addr()) else {
            continue;
        };
        match &cases[i] {
            Case::Send { val, .. } => {
                if let Some(SendStep::Done) = chan.try_send_locked(guard, &wake, val)? {
                    return Ok(SelectStep::Done { case: i, ok: true });
                }
            }
            Case::Recv { .. } => {
                let n = chan.elem_words().min(out.len());
                if let Some(ok) = chan.try_recv_locked(guard, &wake, &mut out[..n]) {
                    return Ok(SelectStep::Done { case: i, ok });
                }
            }
        }
    }
    if !block {
        return Ok(SelectStep::Default);
    }
    // Pass 2: enqueue on every channel.
    let group = Arc::new(SelectGroup::new());
    let mut waiters = Vec::with_capacity(poll.len());
    let mut sends = vec![false; cases.len()];
    for (i, case) in cases.iter().enumerate() {
        let Some(ch) = case.chan() else { continue };
        let Some((_, _, guard)) = guard_of(&mut locked, ch.addr()) else {
            continue;
        };
        let sel = Some((group.clone(), i));
        let (w, send) = match case {
            Case::Send { val, .. } => (Waiter::new(ctx.g().clone(), val, sel), true),
            Case::Recv { .. } => (
                Waiter::with_slot(ctx.g().clone(), ch.elem_words(), sel),
                false,
            ),
        };
        sends[i] = send;
        Chan::enqueue_locked(guard, w.clone(), send);
        waiters.push((i, ch.clone(), w));
    }
    ctx.g().set_waiting_on(
        poll.first()
            .and_then(|&i| cases[i].chan())
            .map_or(0, |c| c.addr()),
    );
    drop(locked);
    Ok(SelectStep::Park(SelectWait {
        group,
        waiters,
        sends,
    }))
}

/// Completes a parked select after wake-up (pass 3): dequeues the losing waiters and
/// returns the winning case and, for a receive, `ok` (value in `out`). `Err` when the
/// winning case was a send on a channel that got closed.
pub fn select_resume(sw: SelectWait, out: &mut [u64]) -> Result<(usize, bool), ChanError> {
    {
        let mut locked = lock_all(sw.waiters.iter().map(|(_, c, _)| c));
        for (_, c, w) in &sw.waiters {
            if let Some((_, _, guard)) = guard_of(&mut locked, c.addr()) {
                Chan::dequeue_locked(guard, w);
            }
        }
    }
    let Some(case) = sw.group.winner() else {
        debug_assert!(false, "select woken without a winner");
        return Ok((usize::MAX, false));
    };
    let Some((_, _, w)) = sw.waiters.iter().find(|(i, _, _)| *i == case) else {
        return Ok((case, false));
    };
    if sw.sends.get(case).copied().unwrap_or(false) {
        Chan::send_resume(w).map(|()| (case, true))
    } else {
        Ok((case, Chan::recv_resume(w, out)))
    }
}
