//! Channels on the scheduler: hand-off, buffering, close, nil channels, many goroutines.

mod sched_common;

use minigo::runtime::chan::{Chan, ChanError, RecvStep, SendStep};
use minigo::runtime::park::RunResult;
use minigo::runtime::sched::Outcome;
use sched_common::{exit, g, run, run_both, Pend};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Receives from `a` and sends v+1 on `b`, forever.
fn ponger(a: Arc<Chan>, b: Arc<Chan>) -> Box<dyn minigo::runtime::park::Goroutine> {
    let mut p = Pend::default();
    let mut have: Option<u64> = None;
    g(move |ctx, _| loop {
        let v = match have {
            Some(v) => v,
            None => {
                let (v, ok) = ready!(p.recv(ctx, &a));
                if !ok {
                    return exit();
                }
                have = Some(v);
                v
            }
        };
        ready!(p.send(ctx, &b, &[v + 1]));
        have = None;
    })
}

fn ping_pong(n: u64) -> Box<dyn minigo::runtime::park::Goroutine> {
    let a = Chan::new(1, 0);
    let b = Chan::new(1, 0);
    let mut p = Pend::default();
    let mut i = 0;
    let mut sent = false;
    let mut started = false;
    g(move |ctx, _| {
        if !started {
            started = true;
            ctx.go(ponger(a.clone(), b.clone()), 0);
        }
        loop {
            if i == n {
                return exit();
            }
            if !sent {
                ready!(p.send(ctx, &a, &[i]));
                sent = true;
            }
            let (v, ok) = ready!(p.recv(ctx, &b));
            assert!(ok && v == i + 1, "got {v} for {i}");
            sent = false;
            i += 1;
        }
    })
}

#[test]
fn ping_pong_100k_unbuffered() {
    const N: u64 = 100_000;
    for procs in [1, 2] {
        let t = Instant::now();
        let o = run(procs, ping_pong(N));
        let el = t.elapsed();
        assert!(matches!(o, Outcome::Exit), "{o:?}");
        eprintln!(
            "ping-pong GOMAXPROCS={procs}: {:.0} ns per hand-off",
            el.as_nanos() as f64 / (2 * N) as f64
        );
    }
}

/// gen → square → sum over buffered channels, then close and range.
#[test]
fn buffered_pipeline_close_range() {
    const N: u64 = 2000;
    run_both(|| {
        let nat = Chan::new(1, 8);
        let sq = Chan::new(1, 3);
        let mut started = false;
        let mut p = Pend::default();
        let mut sum = 0u64;
        g(move |ctx, _| {
            if !started {
                started = true;
                let nat2 = nat.clone();
                let mut i = 0;
                let mut pg = Pend::default();
                ctx.go(
                    g(move |ctx, _| loop {
                        if i == N {
                            nat2.close(&ctx.wake()).unwrap();
                            return exit();
                        }
                        ready!(pg.send(ctx, &nat2, &[i]));
                        i += 1;
                    }),
                    0,
                );
                let (nat3, sq3) = (nat.clone(), sq.clone());
                let mut ps = Pend::default();
                let mut have = None;
                ctx.go(
                    g(move |ctx, _| loop {
                        let v = match have {
                            Some(v) => v,
                            None => {
                                let (v, ok) = ready!(ps.recv(ctx, &nat3));
                                if !ok {
                                    sq3.close(&ctx.wake()).unwrap();
                                    return exit();
                                }
                                have = Some(v);
                                v
                            }
                        };
                        ready!(ps.send(ctx, &sq3, &[v * v]));
                        have = None;
                    }),
                    0,
                );
            }
            loop {
                let (v, ok) = ready!(p.recv(ctx, &sq));
                if !ok {
                    assert_eq!(sum, (0..N).map(|i| i * i).sum::<u64>());
                    // Receivers of a closed, drained channel get zero and false at once.
                    let mut out = [7u64];
                    assert!(matches!(
                        sq.recv(ctx, &mut out, true),
                        RecvStep::Done { ok: false }
                    ));
                    assert_eq!(out[0], 0);
                    return exit();
                }
                sum += v;
            }
        })
    });
}

#[test]
fn buffered_fifo_len_cap_and_close_drains() {
    run_both(|| {
        g(|ctx, _| {
            let c = Chan::new(2, 3);
            assert_eq!((c.len(), c.cap()), (0, 3));
            for i in 0..3u64 {
                assert!(matches!(
                    c.send(ctx, &[i, i * 10], false),
                    Ok(SendStep::Done)
                ));
            }
            assert!(matches!(
                c.send(ctx, &[9, 9], false),
                Ok(SendStep::WouldBlock)
            ));
            assert_eq!(c.len(), 3);
            c.close(&ctx.wake()).unwrap();
            assert_eq!(c.close(&ctx.wake()), Err(ChanError::CloseOfClosed));
            assert!(matches!(
                c.send(ctx, &[1, 1], true),
                Err(ChanError::SendOnClosed)
            ));
            let mut out = [0u64; 2];
            for i in 0..3u64 {
                assert!(matches!(
                    c.recv(ctx, &mut out, true),
                    RecvStep::Done { ok: true }
                ));
                assert_eq!(out, [i, i * 10]);
            }
            assert!(matches!(
                c.recv(ctx, &mut out, true),
                RecvStep::Done { ok: false }
            ));
            assert_eq!(out, [0, 0]);
            exit()
        })
    });
}

/// A sender blocked on a channel that gets closed wakes with `send on closed channel`.
#[test]
fn close_wakes_blocked_sender_with_error() {
    run_both(|| {
        let c = Chan::new(1, 0);
        let mut started = false;
        g(move |ctx, _| {
            if !started {
                started = true;
                let c2 = c.clone();
                let mut w = None;
                ctx.go(
                    g(move |ctx, _| {
                        if let Some(w) = w.take() {
                            let w: Arc<minigo::runtime::park::Waiter> = w;
                            assert_eq!(Chan::send_resume(&w), Err(ChanError::SendOnClosed));
                            return exit();
                        }
                        match c2.send(ctx, &[1], true) {
                            Ok(SendStep::Park(x)) => {
                                w = Some(x);
                                RunResult::Park(minigo::runtime::park::WaitReason::ChanSend)
                            }
                            _ => panic!("expected to block"),
                        }
                    }),
                    0,
                );
                return RunResult::Yield;
            }
            // Wait until the sender is queued, then close.
            let gs = ctx.sched().goroutines();
            if gs.iter().all(|i| i.reason.as_str() != "chan send") {
                return RunResult::Yield;
            }
            c.close(&ctx.wake()).unwrap();
            exit()
        })
    });
}

/// 10k goroutines block on one channel, then a close releases them all; each reports.
#[test]
fn ten_thousand_blocked_then_released() {
    const N: u64 = 10_000;
    for procs in [1, 2] {
        let done = Chan::new(0, 0);
        let count = Arc::new(AtomicU64::new(0));
        let arrived = Arc::new(AtomicU64::new(0));
        let results = Chan::new(1, 64);
        let mut spawned = false;
        let mut p = Pend::default();
        let mut got = 0;
        let main = g(move |ctx, _| {
            if !spawned {
                spawned = true;
                for i in 0..N {
                    let (done, results, count) = (done.clone(), results.clone(), count.clone());
                    let arrived = arrived.clone();
                    let mut first = true;
                    let mut p = Pend::default();
                    let mut released = false;
                    ctx.go(
                        g(move |ctx, _| {
                            if first {
                                first = false;
                                arrived.fetch_add(1, Ordering::Relaxed);
                            }
                            if !released {
                                let (_, ok) = ready!(p.recv(ctx, &done));
                                assert!(!ok);
                                count.fetch_add(1, Ordering::Relaxed);
                                released = true;
                            }
                            ready!(p.send(ctx, &results, &[i]));
                            exit()
                        }),
                        0,
                    );
                }
                return RunResult::Yield;
            }
            // Wait until every goroutine has started, then until all are parked.
            if arrived.load(Ordering::Relaxed) < N {
                return RunResult::Yield;
            }
            if !done.is_closed() {
                let gs = ctx.sched().goroutines();
                let parked = gs.iter().filter(|i| i.reason.as_str() == "chan receive");
                if parked.count() < N as usize {
                    return RunResult::Yield;
                }
                assert_eq!(ctx.sched().num_goroutine(), N as usize + 1);
                done.close(&ctx.wake()).unwrap();
            }
            while got < N {
                let (_, ok) = ready!(p.recv(ctx, &results));
                assert!(ok);
                got += 1;
            }
            assert_eq!(count.load(Ordering::Relaxed), N);
            exit()
        });
        let o = run(procs, main);
        assert!(matches!(o, Outcome::Exit), "GOMAXPROCS={procs}: {o:?}");
    }
}

/// A goroutine that never parks (only yields at its budget) does not starve a ping-pong.
#[test]
fn spinning_goroutine_does_not_starve_others() {
    run_both(|| {
        let mut started = false;
        let mut inner: Option<Box<dyn minigo::runtime::park::Goroutine>> = None;
        g(move |ctx, budget| {
            if !started {
                started = true;
                let mut spins = 0u64;
                ctx.go(
                    g(move |_, budget| {
                        for _ in 0..budget {
                            spins = std::hint::black_box(spins + 1);
                        }
                        RunResult::Yield
                    }),
                    0,
                );
                inner = Some(ping_pong(2000));
            }
            inner.as_mut().map_or_else(exit, |gr| gr.run(ctx, budget))
        })
    });
}

/// Sending on a nil channel blocks forever; deadlock reports it.
#[test]
fn nil_channel_blocks_forever() {
    use minigo::runtime::chan::nil_chan_block;
    assert_eq!(nil_chan_block(true, false), None);
    let o = run(
        2,
        g(|_, _| match nil_chan_block(false, true) {
            Some(r) => RunResult::Park(r),
            None => exit(),
        }),
    );
    match o {
        Outcome::Deadlock { gs, .. } => {
            assert_eq!(gs.len(), 1);
            assert_eq!(gs[0].reason.as_str(), "chan send (nil chan)");
        }
        o => panic!("{o:?}"),
    }
}

/// GC roots: `scan` reports the buffered elements in FIFO order, then the values that
/// blocked senders hold.
#[test]
fn scan_reports_buffer_and_waiting_senders() {
    let c = Chan::new(2, 2);
    let c2 = c.clone();
    let mut started = false;
    let o = run(
        1,
        g(move |ctx, _| {
            if !started {
                started = true;
                for v in [[1, 2], [3, 4]] {
                    assert!(matches!(c2.send(ctx, &v, false), Ok(SendStep::Done)));
                }
                let c3 = c2.clone();
                let mut ps = Pend::default();
                ctx.go(
                    g(move |ctx, _| {
                        ready!(ps.send(ctx, &c3, &[5, 6]));
                        exit()
                    }),
                    0,
                );
                return RunResult::Yield;
            }
            let mut seen = Vec::new();
            c2.scan(&mut |e| seen.push(e.to_vec()));
            assert_eq!(seen, [vec![1, 2], vec![3, 4], vec![5, 6]]);
            // Drain: FIFO, and the blocked sender's value moves into the buffer.
            let mut out = [0u64; 2];
            for want in [[1, 2], [3, 4], [5, 6]] {
                assert!(matches!(
                    c2.recv(ctx, &mut out, false),
                    RecvStep::Done { ok: true }
                ));
                assert_eq!(out, want);
            }
            exit()
        }),
    );
    assert!(matches!(o, Outcome::Exit), "{o:?}");
    assert!(c.is_empty());
}

/// The book's concurrent prime sieve: a generator and a chain of filter goroutines over
/// unbuffered channels; main takes the first 200 primes and returns while the rest are
/// blocked (the program ends when main does).
#[test]
fn concurrent_prime_sieve() {
    fn filter(
        input: Arc<Chan>,
        out: Arc<Chan>,
        prime: u64,
    ) -> Box<dyn minigo::runtime::park::Goroutine> {
        let mut p = Pend::default();
        let mut have = None;
        g(move |ctx, _| loop {
            let v = match have {
                Some(v) => v,
                None => {
                    let (v, _) = ready!(p.recv(ctx, &input));
                    if v % prime == 0 {
                        continue;
                    }
                    have = Some(v);
                    v
                }
            };
            ready!(p.send(ctx, &out, &[v]));
            have = None;
        })
    }
    run_both(|| {
        let mut ch = Chan::new(1, 0);
        let mut started = false;
        let mut p = Pend::default();
        let mut primes = Vec::new();
        g(move |ctx, _| {
            if !started {
                started = true;
                let gen_ch = ch.clone();
                let mut n = 2;
                let mut pg = Pend::default();
                ctx.go(
                    g(move |ctx, _| loop {
                        ready!(pg.send(ctx, &gen_ch, &[n]));
                        n += 1;
                    }),
                    0,
                );
            }
            while primes.len() < 200 {
                let (prime, _) = ready!(p.recv(ctx, &ch));
                primes.push(prime);
                let next = Chan::new(1, 0);
                ctx.go(filter(ch.clone(), next.clone(), prime), 0);
                ch = next;
            }
            assert_eq!(&primes[..5], [2, 3, 5, 7, 11]);
            assert_eq!(primes[199], 1223);
            assert_eq!(ctx.sched().num_goroutine(), 202);
            exit()
        })
    });
}
