//! sync natives on the scheduler: Mutex, RWMutex (writer preference), WaitGroup, Once
//! (Go's algorithm over the Mutex), Cond (notify lists), and their misuse errors.

mod sched_common;

use minigo::runtime::park::{RunResult, Waiter};
use minigo::runtime::sched::{Ctx, Outcome};
use minigo::runtime::sema::Step;
use minigo::runtime::sync::{self as gsync, RwLockWait, SyncError};
use sched_common::{exit, g, run, run_both, Poll};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// A Go struct's words on the "heap".
fn words(n: usize) -> Arc<[AtomicU64]> {
    (0..n).map(|_| AtomicU64::new(0)).collect()
}

/// Drives a primitive whose resume is `Done`: the pending waiter says we were woken.
fn step(
    p: &mut Option<Arc<Waiter>>,
    f: impl FnOnce() -> Result<Step<Arc<Waiter>>, SyncError>,
) -> Poll<()> {
    if p.take().is_some() {
        return Poll::Ready(());
    }
    match f().expect("sync error") {
        Step::Done => Poll::Ready(()),
        Step::Park(w, r) => {
            *p = Some(w);
            Poll::Park(r)
        }
    }
}

/// `m.Lock()`, resuming (and maybe parking again) after a wake-up.
fn lock(p: &mut Option<Arc<Waiter>>, ctx: &Ctx<'_>, m: &[AtomicU64]) -> Poll<()> {
    let r = match p.take() {
        Some(w) => gsync::mutex_lock_resume(ctx, m, &w),
        None => gsync::mutex_lock(ctx, m),
    };
    match r.expect("sync error") {
        Step::Done => Poll::Ready(()),
        Step::Park(w, why) => {
            *p = Some(w);
            Poll::Park(why)
        }
    }
}

fn rw_lock(p: &mut Option<RwLockWait>, ctx: &Ctx<'_>, rw: &[AtomicU64]) -> Poll<()> {
    let r = match p.take() {
        Some(w) => gsync::rw_lock_resume(ctx, rw, w),
        None => gsync::rw_lock(ctx, rw),
    };
    match r.expect("sync error") {
        Step::Done => Poll::Ready(()),
        Step::Park(w, why) => {
            *p = Some(w);
            Poll::Park(why)
        }
    }
}

/// 4 goroutines × 10k increments under a Mutex (yielding inside the critical section
/// now and then to force contention), joined by a WaitGroup: 40000.
#[test]
fn mutex_counter_4x10k() {
    const G: u64 = 4;
    const N: u64 = 10_000;
    run_both(|| {
        let mu = words(2);
        let wg = words(2);
        let counter = Arc::new(AtomicU64::new(0));
        let mut started = false;
        let mut pw = None;
        g(move |ctx, _| {
            if !started {
                started = true;
                gsync::waitgroup_add(&ctx.wake(), &wg, G as i64).unwrap();
                for _ in 0..G {
                    let (mu, wg, counter) = (mu.clone(), wg.clone(), counter.clone());
                    let mut i = 0;
                    let mut p = None;
                    let mut held = false;
                    let mut yielded = false;
                    ctx.go(
                        g(move |ctx, _| loop {
                            if i == N {
                                gsync::waitgroup_add(&ctx.wake(), &wg, -1).unwrap();
                                return exit();
                            }
                            if !held {
                                ready!(lock(&mut p, ctx, &mu));
                                held = true;
                            }
                            let v = counter.load(Ordering::Relaxed);
                            if i % 97 == 0 && !yielded {
                                yielded = true;
                                return RunResult::Yield;
                            }
                            yielded = false;
                            counter.store(v + 1, Ordering::Relaxed);
                            held = false;
                            gsync::mutex_unlock(&ctx.wake(), &mu).unwrap();
                            i += 1;
                        }),
                        0,
                    );
                }
            }
            ready!(step(&mut pw, || gsync::waitgroup_wait(ctx, &wg)));
            assert_eq!(counter.load(Ordering::Relaxed), G * N);
            exit()
        })
    });
}

#[test]
fn misuse_errors() {
    run_both(|| {
        g(|ctx, _| {
            let mu = words(2);
            assert_eq!(
                gsync::mutex_unlock(&ctx.wake(), &mu),
                Err(SyncError::UnlockOfUnlocked)
            );
            assert!(gsync::mutex_try_lock(&mu).unwrap());
            assert!(!gsync::mutex_try_lock(&mu).unwrap());
            gsync::mutex_unlock(&ctx.wake(), &mu).unwrap();
            let rw = words(6);
            assert_eq!(
                gsync::rw_runlock(&ctx.wake(), &rw),
                Err(SyncError::RUnlockOfUnlocked)
            );
            let rw = words(6);
            assert_eq!(
                gsync::rw_unlock(&ctx.wake(), &rw),
                Err(SyncError::RwUnlockOfUnlocked)
            );
            let rw = words(6);
            assert!(gsync::rw_try_rlock(&rw).unwrap());
            assert!(!gsync::rw_try_lock(&ctx.wake(), &rw).unwrap());
            gsync::rw_runlock(&ctx.wake(), &rw).unwrap();
            assert!(gsync::rw_try_lock(&ctx.wake(), &rw).unwrap());
            assert!(!gsync::rw_try_rlock(&rw).unwrap());
            let wg = words(2);
            let e = gsync::waitgroup_add(&ctx.wake(), &wg, -1);
            assert_eq!(e, Err(SyncError::NegativeWaitGroup));
            assert_eq!(
                SyncError::NegativeWaitGroup.message(),
                "sync: negative WaitGroup counter"
            );
            assert!(
                !SyncError::NegativeWaitGroup.is_fatal() && SyncError::UnlockOfUnlocked.is_fatal()
            );
            exit()
        })
    });
}

fn parked_with(ctx: &Ctx<'_>, reason: &str) -> usize {
    ctx.sched()
        .goroutines()
        .iter()
        .filter(|i| i.reason.as_str() == reason)
        .count()
}

/// A reader holds the lock; a writer waits; a new reader must queue behind the writer.
#[test]
fn rwmutex_writer_preference() {
    run_both(|| {
        let rw = words(6);
        let log = Arc::new(Mutex::new(Vec::<&'static str>::new()));
        let mut stage = 0;
        g(move |ctx, _| {
            match stage {
                0 => {
                    assert!(matches!(gsync::rw_rlock(ctx, &rw), Ok(Step::Done)));
                    let (rw2, log2) = (rw.clone(), log.clone());
                    let mut p = None;
                    ctx.go(
                        g(move |ctx, _| {
                            ready!(rw_lock(&mut p, ctx, &rw2));
                            log2.lock().unwrap().push("W locked");
                            gsync::rw_unlock(&ctx.wake(), &rw2).unwrap();
                            exit()
                        }),
                        0,
                    );
                    stage = 1;
                    RunResult::Yield
                }
                1 => {
                    if parked_with(ctx, "sync.RWMutex.Lock") == 0 {
                        return RunResult::Yield;
                    }
                    let (rw2, log2) = (rw.clone(), log.clone());
                    let mut p = None;
                    ctx.go(
                        g(move |ctx, _| {
                            ready!(step(&mut p, || gsync::rw_rlock(ctx, &rw2)));
                            log2.lock().unwrap().push("R2 rlocked");
                            gsync::rw_runlock(&ctx.wake(), &rw2).unwrap();
                            exit()
                        }),
                        0,
                    );
                    stage = 2;
                    RunResult::Yield
                }
                2 => {
                    // The new reader is blocked although only a reader holds the lock.
                    if parked_with(ctx, "sync.RWMutex.RLock") == 0 {
                        return RunResult::Yield;
                    }
                    log.lock().unwrap().push("R1 unlock");
                    gsync::rw_runlock(&ctx.wake(), &rw).unwrap();
                    stage = 3;
                    RunResult::Yield
                }
                _ => {
                    if ctx.sched().num_goroutine() > 1 {
                        return RunResult::Yield;
                    }
                    assert_eq!(
                        *log.lock().unwrap(),
                        ["R1 unlock", "W locked", "R2 rlocked"]
                    );
                    exit()
                }
            }
        })
    });
}

/// Once, as Go's sync.Once over the Mutex: 10 goroutines, f runs once, all see it done.
#[test]
fn once_runs_f_once() {
    run_both(|| {
        let once = words(3); // [done, m.state, m.sema]
        let runs = Arc::new(AtomicU64::new(0));
        let wg = words(2);
        let mut started = false;
        let mut pw = None;
        g(move |ctx, _| {
            if !started {
                started = true;
                gsync::waitgroup_add(&ctx.wake(), &wg, 10).unwrap();
                for _ in 0..10 {
                    let (once, runs, wg) = (once.clone(), runs.clone(), wg.clone());
                    let mut p = None;
                    ctx.go(
                        g(move |ctx, _| {
                            if once[0].load(Ordering::Acquire) == 0 {
                                ready!(lock(&mut p, ctx, &once[1..]));
                                if once[0].load(Ordering::Acquire) == 0 {
                                    runs.fetch_add(1, Ordering::Relaxed);
                                    once[0].store(1, Ordering::Release);
                                }
                                gsync::mutex_unlock(&ctx.wake(), &once[1..]).unwrap();
                            }
                            assert_eq!(once[0].load(Ordering::Acquire), 1);
                            gsync::waitgroup_add(&ctx.wake(), &wg, -1).unwrap();
                            exit()
                        }),
                        0,
                    );
                }
            }
            ready!(step(&mut pw, || gsync::waitgroup_wait(ctx, &wg)));
            assert_eq!(runs.load(Ordering::Relaxed), 1);
            exit()
        })
    });
}

/// Cond: consumers wait for items (Signal per item); Broadcast at the end.
#[test]
fn cond_signal_and_broadcast() {
    const ITEMS: u64 = 300;
    run_both(|| {
        // [m.state, m.sema, nl.wait, nl.notify, nl.queue]
        let c = words(5);
        let items = Arc::new(AtomicU64::new(0));
        let consumed = Arc::new(AtomicU64::new(0));
        let closed = Arc::new(AtomicU64::new(0));
        let wg = words(2);
        let mut stage = 0;
        let mut produced = 0;
        let mut pm = None;
        let mut pw = None;
        g(move |ctx, _| {
            if stage == 0 {
                stage = 1;
                gsync::waitgroup_add(&ctx.wake(), &wg, 3).unwrap();
                for _ in 0..3 {
                    let (c, items, consumed, closed, wg) = (
                        c.clone(),
                        items.clone(),
                        consumed.clone(),
                        closed.clone(),
                        wg.clone(),
                    );
                    let mut p = None;
                    let mut st = 0;
                    ctx.go(
                        g(move |ctx, _| loop {
                            if st == 0 {
                                ready!(lock(&mut p, ctx, &c[0..2]));
                                st = 1;
                            }
                            if st == 2 {
                                // Woken from Cond.Wait: re-lock.
                                ready!(step(&mut p, || gsync::notify_list_wait(ctx, &c[2..5], 0)));
                                st = 3;
                            }
                            if st == 3 {
                                ready!(lock(&mut p, ctx, &c[0..2]));
                                st = 1;
                            }
                            // Holding the lock.
                            if items.load(Ordering::Relaxed) > 0 {
                                items.fetch_sub(1, Ordering::Relaxed);
                                consumed.fetch_add(1, Ordering::Relaxed);
                                gsync::mutex_unlock(&ctx.wake(), &c[0..2]).unwrap();
                                st = 0;
                                continue;
                            }
                            if closed.load(Ordering::Relaxed) == 1 {
                                gsync::mutex_unlock(&ctx.wake(), &c[0..2]).unwrap();
                                gsync::waitgroup_add(&ctx.wake(), &wg, -1).unwrap();
                                return exit();
                            }
                            // Cond.Wait: ticket, unlock, wait (ticket kept in the closure).
                            let t = gsync::notify_list_add(&c[2..5]).unwrap();
                            gsync::mutex_unlock(&ctx.wake(), &c[0..2]).unwrap();
                            match gsync::notify_list_wait(ctx, &c[2..5], t).unwrap() {
                                Step::Done => st = 3,
                                Step::Park(w, r) => {
                                    p = Some(w);
                                    st = 2;
                                    return RunResult::Park(r);
                                }
                            }
                        }),
                        0,
                    );
                }
            }
            while produced < ITEMS {
                ready!(lock(&mut pm, ctx, &c[0..2]));
                items.fetch_add(1, Ordering::Relaxed);
                produced += 1;
                gsync::notify_list_notify_one(&ctx.wake(), &c[2..5]).unwrap();
                gsync::mutex_unlock(&ctx.wake(), &c[0..2]).unwrap();
                if produced % 7 == 0 {
                    return RunResult::Yield;
                }
            }
            if stage == 1 {
                ready!(lock(&mut pm, ctx, &c[0..2]));
                closed.store(1, Ordering::Relaxed);
                gsync::notify_list_notify_all(&ctx.wake(), &c[2..5]).unwrap();
                gsync::mutex_unlock(&ctx.wake(), &c[0..2]).unwrap();
                stage = 2;
            }
            ready!(step(&mut pw, || gsync::waitgroup_wait(ctx, &wg)));
            assert_eq!(consumed.load(Ordering::Relaxed), ITEMS);
            exit()
        })
    });
}

/// Locking a locked Mutex with nobody to unlock it: deadlock naming sync.Mutex.Lock.
#[test]
fn mutex_deadlock_is_reported() {
    let mu = words(2);
    let mut p = None;
    let mut first = true;
    let o = run(
        2,
        g(move |ctx, _| {
            if first {
                first = false;
                assert!(gsync::mutex_try_lock(&mu).unwrap());
            }
            ready!(lock(&mut p, ctx, &mu));
            exit()
        }),
    );
    match o {
        Outcome::Deadlock { gs, .. } => {
            assert_eq!(gs.len(), 1);
            assert_eq!(gs[0].reason.as_str(), "sync.Mutex.Lock");
        }
        o => panic!("{o:?}"),
    }
}

/// Starvation mode: a waiter blocked over 1 ms gets the lock handed over at Unlock, so
/// the unlocking goroutine cannot barge back in; before that, Unlock lets it barge.
#[test]
fn mutex_hands_off_to_a_starving_waiter() {
    run_both(|| {
        let mu = words(2);
        let mut stage = 0;
        let mut p = sched_common::Pend::default();
        g(move |ctx, _| {
            if stage == 0 {
                assert!(gsync::mutex_try_lock(&mu).unwrap());
                let mu2 = mu.clone();
                let mut pl = None;
                ctx.go(
                    g(move |ctx, _| {
                        ready!(lock(&mut pl, ctx, &mu2));
                        gsync::mutex_unlock(&ctx.wake(), &mu2).unwrap();
                        exit()
                    }),
                    0,
                );
                stage = 1;
            }
            if stage == 1 {
                if parked_with(ctx, "sync.Mutex.Lock") == 0 {
                    return RunResult::Yield;
                }
                // Not starving yet: Unlock wakes the waiter but we may barge back in (the
                // woken G sits in this worker's run-next slot, which is never stolen).
                gsync::mutex_unlock(&ctx.wake(), &mu).unwrap();
                assert!(gsync::mutex_try_lock(&mu).unwrap());
                stage = 2;
            }
            if stage == 2 {
                if parked_with(ctx, "sync.Mutex.Lock") == 0 {
                    return RunResult::Yield;
                }
                stage = 3;
            }
            if stage == 3 {
                ready!(p.sleep(ctx, std::time::Duration::from_millis(3)));
                // Starving now: the lock goes to the waiter.
                gsync::mutex_unlock(&ctx.wake(), &mu).unwrap();
                assert!(!gsync::mutex_try_lock(&mu).unwrap());
                stage = 4;
            }
            if ctx.sched().num_goroutine() > 1 {
                return RunResult::Yield;
            }
            assert!(gsync::mutex_try_lock(&mu).unwrap());
            exit()
        })
    });
}
