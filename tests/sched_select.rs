//! select: fairness among ready cases, default, blocking with wake-up by any case,
//! timeouts through timers, and `select {}`.

mod sched_common;

use minigo::runtime::chan::Chan;
use minigo::runtime::park::RunResult;
use minigo::runtime::sched::Outcome;
use minigo::runtime::select::Case;
use minigo::runtime::timer::TimerAction;
use sched_common::{exit, g, run, run_both, Pend};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A channel that receives the time (here: a marker word) after `d`: `time.After`.
fn after(ctx: &minigo::runtime::sched::Ctx<'_>, d: Duration) -> Arc<Chan> {
    let c = Chan::new(1, 1);
    ctx.sched().add_timer(
        d,
        None,
        TimerAction::Send {
            chan: c.clone(),
            value: Arc::new(|v: &mut [u64]| v[0] = 42),
        },
    );
    c
}

/// Three always-ready channels: each is chosen about a third of the time.
#[test]
fn select_is_fair_among_ready_cases() {
    const N: usize = 30_000;
    run_both(|| {
        let cs: Vec<Arc<Chan>> = (0..3).map(|_| Chan::new(1, 1)).collect();
        let mut counts = [0usize; 3];
        let mut p = Pend::default();
        let mut filled = false;
        g(move |ctx, _| {
            if !filled {
                filled = true;
                for (i, c) in cs.iter().enumerate() {
                    ready!(p.send(ctx, c, &[i as u64]));
                }
            }
            for _ in 0..N {
                let cases: Vec<Case<'_>> =
                    cs.iter().map(|c| Case::Recv { chan: Some(c) }).collect();
                let (case, v, ok) = ready!(p.select(ctx, &cases, true)).expect("no default");
                assert!(ok && v == case as u64);
                counts[case] += 1;
                ready!(p.send(ctx, &cs[case], &[case as u64]));
            }
            for c in counts {
                // Expected 10000 each; binomial sd ≈ 82, allow > 6 sd.
                assert!((9500..=10500).contains(&c), "counts {counts:?}");
            }
            exit()
        })
    });
}

#[test]
fn select_default_and_nil_cases() {
    run_both(|| {
        let mut p = Pend::default();
        g(move |ctx, _| {
            let empty = Chan::new(1, 0);
            let full = Chan::new(1, 0);
            let cases = [
                Case::Recv { chan: Some(&empty) },
                Case::Send {
                    chan: Some(&full),
                    val: &[1],
                },
                Case::Recv { chan: None },
            ];
            assert!(ready!(p.select(ctx, &cases, false)).is_none());
            // Only nil channels and a default: the default.
            assert!(ready!(p.select(ctx, &[Case::Recv { chan: None }], false)).is_none());
            exit()
        })
    });
}

/// A blocked select is woken by a send on one case; the other case's waiter is removed.
#[test]
fn blocked_select_woken_by_one_case() {
    run_both(|| {
        let a = Chan::new(1, 0);
        let b = Chan::new(1, 0);
        let mut p = Pend::default();
        let mut started = false;
        let mut round = 0u64;
        g(move |ctx, _| {
            if !started {
                started = true;
                let (a2, b2) = (a.clone(), b.clone());
                let mut i = 0u64;
                let mut pp = Pend::default();
                ctx.go(
                    g(move |ctx, _| loop {
                        if i == 200 {
                            return exit();
                        }
                        let c = if i.is_multiple_of(2) { &a2 } else { &b2 };
                        ready!(pp.send(ctx, c, &[i]));
                        i += 1;
                    }),
                    0,
                );
            }
            while round < 200 {
                let cases = [Case::Recv { chan: Some(&a) }, Case::Recv { chan: Some(&b) }];
                let (case, v, ok) = ready!(p.select(ctx, &cases, true)).expect("blocking");
                assert!(ok);
                assert_eq!(v, round);
                assert_eq!(case as u64, round % 2);
                round += 1;
            }
            exit()
        })
    });
}

/// select with a timeout: the timer case fires after about the delay.
#[test]
fn select_with_timeout() {
    run_both(|| {
        let never = Chan::new(1, 0);
        let mut p = Pend::default();
        let mut start = None;
        let mut timeout = None;
        g(move |ctx, _| {
            let t0 = *start.get_or_insert_with(Instant::now);
            let to = timeout
                .get_or_insert_with(|| after(ctx, Duration::from_millis(30)))
                .clone();
            let cases = [
                Case::Recv { chan: Some(&never) },
                Case::Recv { chan: Some(&to) },
            ];
            let (case, v, _) = ready!(p.select(ctx, &cases, true)).expect("blocking");
            assert_eq!((case, v), (1, 42));
            let el = t0.elapsed();
            assert!(el >= Duration::from_millis(30), "{el:?}");
            assert!(el < Duration::from_secs(2), "{el:?}");
            exit()
        })
    });
}

/// A select with send cases on a closed channel reports the error for the VM to panic.
#[test]
fn select_send_on_closed_is_an_error() {
    let o = run(
        1,
        g(|ctx, _| {
            let c = Chan::new(1, 0);
            c.close(&ctx.wake()).unwrap();
            let mut out = [0u64];
            let cases = [Case::Send {
                chan: Some(&c),
                val: &[1],
            }];
            let r = minigo::runtime::select::select(ctx, &cases, &mut out, true);
            assert!(r.is_err());
            exit()
        }),
    );
    assert!(matches!(o, Outcome::Exit), "{o:?}");
}

/// `select {}` blocks forever: a deadlock naming "select (no cases)".
#[test]
fn empty_select_blocks_forever() {
    let mut p = Pend::default();
    let o = run(
        2,
        g(move |ctx, _| {
            ready!(p.select(ctx, &[], true));
            RunResult::Yield
        }),
    );
    match o {
        Outcome::Deadlock { gs, .. } => {
            assert_eq!(gs.len(), 1);
            assert_eq!(gs[0].reason.as_str(), "select (no cases)");
        }
        o => panic!("{o:?}"),
    }
}
