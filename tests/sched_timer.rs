//! Timers (Sleep, timer channels with Go 1.23 Stop/Reset, tickers, AfterFunc), deadlock
//! detection, program end (main exit, Goexit, panic), GOMAXPROCS and stop-the-world.

mod sched_common;

use minigo::runtime::chan::{Chan, RecvStep};
use minigo::runtime::park::RunResult;
use minigo::runtime::sched::{Config, Outcome, Sched};
use minigo::runtime::timer::TimerAction;
use sched_common::{exit, g, run, run_both, Pend};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Sleepers wake in the order of their deadlines.
#[test]
fn sleep_orders_wakeups() {
    run_both(|| {
        let out = Chan::new(1, 3);
        let mut started = false;
        let mut p = Pend::default();
        let mut got = Vec::new();
        g(move |ctx, _| {
            if !started {
                started = true;
                for d in [60u64, 20, 40] {
                    let out = out.clone();
                    let mut p = Pend::default();
                    let mut slept = false;
                    ctx.go(
                        g(move |ctx, _| {
                            if !slept {
                                ready!(p.sleep(ctx, ms(d)));
                                slept = true;
                            }
                            ready!(p.send(ctx, &out, &[d]));
                            exit()
                        }),
                        0,
                    );
                }
            }
            while got.len() < 3 {
                let (v, _) = ready!(p.recv(ctx, &out));
                got.push(v);
            }
            assert_eq!(got, [20, 40, 60]);
            exit()
        })
    });
}

fn timer_chan(
    sched: &Sched,
    d: Duration,
    period: Option<Duration>,
) -> (Arc<Chan>, Arc<minigo::runtime::timer::Timer>) {
    let c = Chan::new(1, 1);
    let t = sched.add_timer(
        d,
        period,
        TimerAction::Send {
            chan: c.clone(),
            value: Arc::new(|v: &mut [u64]| v[0] = 7),
        },
    );
    (c, t)
}

/// Stopped timers with far deadlines do not pile up in the heap (`NewTimer(time.Hour)`
/// then `Stop`, in a loop): the heap is swept once it passes twice the pending timers.
#[test]
fn stopped_timers_are_swept_from_the_heap() {
    run_both(|| {
        g(move |ctx, _| {
            let sched = ctx.sched();
            for _ in 0..5000 {
                let (_c, t) = timer_chan(&sched, Duration::from_secs(3600), None);
                assert!(sched.stop_timer(&t));
            }
            let n = sched.timer_entries();
            assert!(n <= 2100, "{n} heap entries for 0 pending timers");
            exit()
        })
    });
}

/// Go 1.23: after Stop or Reset no stale value is received.
#[test]
fn timer_stop_and_reset_leave_no_stale_value() {
    run_both(|| {
        let mut p = Pend::default();
        let mut stage = 0;
        let mut tc = None;
        g(move |ctx, _| {
            let sched = ctx.sched();
            if stage == 0 {
                tc = Some(timer_chan(&sched, ms(5), None));
                stage = 1;
            }
            let Some((c, t)) = tc.clone() else {
                return exit();
            };
            if stage == 1 {
                ready!(p.sleep(ctx, ms(30)));
                stage = 2;
            }
            if stage == 2 {
                // The timer fired into the buffer; as Go 1.23's synchronous timer channels,
                // an unreceived firing still counts: Stop reports true and drains it.
                assert_eq!(c.len(), 1);
                assert!(sched.stop_timer(&t));
                let mut out = [0u64];
                assert!(matches!(c.recv(ctx, &mut out, false), RecvStep::WouldBlock));
                assert!(!sched.reset_timer(&t, ms(10), None));
                stage = 3;
            }
            let (v, ok) = ready!(p.recv(ctx, &c));
            assert_eq!((v, ok), (7, true));
            // Stop before firing: true, and nothing arrives.
            assert!(!t.active());
            sched.reset_timer(&t, ms(1000), None);
            assert!(sched.stop_timer(&t));
            exit()
        })
    });
}

#[test]
fn ticker_ticks_then_stops() {
    run_both(|| {
        let mut p = Pend::default();
        let mut tc = None;
        let mut ticks = 0;
        let mut t0 = None;
        g(move |ctx, _| {
            let start = *t0.get_or_insert_with(Instant::now);
            let (c, t) = tc
                .get_or_insert_with(|| timer_chan(&ctx.sched(), ms(10), Some(ms(10))))
                .clone();
            while ticks < 3 {
                ready!(p.recv(ctx, &c));
                ticks += 1;
            }
            assert!(start.elapsed() >= ms(30));
            assert!(ctx.sched().stop_timer(&t));
            exit()
        })
    });
}

/// AfterFunc: the callback starts a goroutine, which closes a channel main waits on.
#[test]
fn after_func_starts_a_goroutine() {
    run_both(|| {
        let done = Chan::new(0, 0);
        let mut p = Pend::default();
        let mut armed = false;
        g(move |ctx, _| {
            if !armed {
                armed = true;
                let d2 = done.clone();
                ctx.sched().add_timer(
                    ms(10),
                    None,
                    TimerAction::Func(Arc::new(move |s: &Sched| {
                        let d3 = d2.clone();
                        s.go(
                            g(move |ctx, _| {
                                d3.close(&ctx.wake()).unwrap();
                                exit()
                            }),
                            1,
                            0,
                        );
                    })),
                );
            }
            let (_, ok) = ready!(p.recv(ctx, &done));
            assert!(!ok);
            exit()
        })
    });
}

/// Deadlock: reports each blocked G with its reason, parent and site, but only after
/// the pending timer (a sleeper) is gone.
#[test]
fn deadlock_reports_gs_and_waits_for_timers() {
    for procs in [1, 2] {
        let c = Chan::new(1, 0);
        let caddr = c.addr();
        let mut p = Pend::default();
        let mut started = false;
        let t0 = Instant::now();
        let o = run(
            procs,
            g(move |ctx, _| {
                if !started {
                    started = true;
                    ctx.go(
                        g(|_, _| {
                            RunResult::Park(minigo::runtime::park::WaitReason::ChanSendNilChan)
                        }),
                        77,
                    );
                    let mut slept = false;
                    let mut ps = Pend::default();
                    ctx.go(
                        g(move |ctx, _| {
                            if !slept {
                                ready!(ps.sleep(ctx, ms(100)));
                                slept = true;
                            }
                            exit()
                        }),
                        78,
                    );
                }
                ready!(p.recv(ctx, &c));
                exit()
            }),
        );
        let el = t0.elapsed();
        match o {
            Outcome::Deadlock { gs, main_goexit } => {
                assert!(!main_goexit);
                assert!(
                    el >= ms(100),
                    "deadlock declared while a timer was pending: {el:?}"
                );
                let v: Vec<(u64, u64, u64, &str)> = gs
                    .iter()
                    .map(|i| (i.id, i.parent, i.site, i.reason.as_str()))
                    .collect();
                assert_eq!(
                    v,
                    [
                        (1, 0, 0, "chan receive"),
                        (2, 1, 77, "chan send (nil chan)")
                    ]
                );
                assert_eq!(gs[0].waiting_on, caddr);
            }
            o => panic!("GOMAXPROCS={procs}: {o:?}"),
        }
    }
}

/// main calls Goexit: the program goes on until the others finish, then Go's
/// "no goroutines (main called runtime.Goexit) - deadlock!".
#[test]
fn main_goexit_then_others_finish() {
    let ran = Arc::new(AtomicUsize::new(0));
    let r2 = ran.clone();
    let o = run(
        2,
        g(move |ctx, _| {
            let r3 = r2.clone();
            let mut ps = Pend::default();
            let mut slept = false;
            ctx.go(
                g(move |ctx, _| {
                    if !slept {
                        ready!(ps.sleep(ctx, ms(20)));
                        slept = true;
                    }
                    r3.fetch_add(1, Ordering::SeqCst);
                    exit()
                }),
                0,
            );
            RunResult::Exit { goexit: true }
        }),
    );
    assert_eq!(ran.load(Ordering::SeqCst), 1);
    match o {
        Outcome::Deadlock { gs, main_goexit } => assert!(main_goexit && gs.is_empty()),
        o => panic!("{o:?}"),
    }
}

/// A panic in any goroutine ends the program, even with a spinning one around.
#[test]
fn panic_in_a_goroutine_ends_the_program() {
    for procs in [1, 2] {
        let o = run(
            procs,
            g(|ctx, _| {
                ctx.go(g(|_, _| RunResult::Panic(Box::new("boom"))), 0);
                RunResult::Yield
            }),
        );
        match o {
            Outcome::Panic { goid, payload } => {
                assert_eq!(goid, 2);
                assert_eq!(payload.downcast_ref::<&str>(), Some(&"boom"));
            }
            o => panic!("{o:?}"),
        }
    }
}

/// GOMAXPROCS changes at run time; stop-the-world sees every G with its stack.
#[test]
fn gomaxprocs_change_and_stop_the_world() {
    let mut step = 0;
    let mut p = Pend::default();
    let c = Chan::new(1, 0);
    let o = Sched::new(Config {
        procs: 1,
        budget: 100,
    })
    .run(g(move |ctx, _| {
        let s = ctx.sched();
        if step == 0 {
            step = 1;
            for _ in 0..4 {
                let c2 = c.clone();
                let mut pp = Pend::default();
                ctx.go(
                    g(move |ctx, _| {
                        ready!(pp.recv(ctx, &c2));
                        exit()
                    }),
                    0,
                );
            }
            assert_eq!(s.set_gomaxprocs(3, Some(ctx)), 1);
            return RunResult::Yield;
        }
        if step == 1 {
            assert_eq!(s.gomaxprocs(), 3);
            let stw = s.stop_the_world(Some(ctx));
            let mut n = 0;
            let mut with_stack = 0;
            stw.for_each_g(|gr, st| {
                n += 1;
                if st.is_some() {
                    with_stack += 1;
                }
                assert!(gr.id >= 1);
            });
            drop(stw);
            assert_eq!((n, with_stack), (5, 4));
            assert_eq!(s.set_gomaxprocs(1, Some(ctx)), 3);
            step = 2;
        }
        while step < 6 {
            ready!(p.send(ctx, &c, &[1]));
            step += 1;
        }
        exit()
    }));
    assert!(matches!(o, Outcome::Exit), "{o:?}");
}
