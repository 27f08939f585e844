//! loom models of the lock-free protocols under the scheduler (park invariant 1 and
//! select's claim). Run with
//! `RUSTFLAGS="--cfg loom" cargo test --release --test sched_loom`.
//! Without `--cfg loom` this file is empty.
#![cfg(loom)]

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::{Arc, Mutex};
use loom::thread;
use minigo::runtime::park::{GStatus, ParkAction, ReadyAction, SelectGroup, Status};

/// A worker parks a G after registering it as a waiter; a waker dequeues the waiter and
/// readies the G. In every interleaving the G ends up runnable exactly once (enqueued by
/// the waker or re-queued by the worker), never lost and never twice.
#[test]
fn park_ready_no_lost_wakeup() {
    loom::model(|| {
        let st = Arc::new(GStatus::new(Status::Running));
        let queue = Arc::new(Mutex::new(Vec::<u32>::new()));
        let enqueued = Arc::new(AtomicUsize::new(0));

        let (st2, q2, e2) = (st.clone(), queue.clone(), enqueued.clone());
        let waker = thread::spawn(move || {
            let w = q2.lock().unwrap().pop();
            if w.is_some() {
                match st2.ready() {
                    Ok(ReadyAction::Enqueue) => {
                        e2.fetch_add(1, Ordering::SeqCst);
                    }
                    Ok(ReadyAction::Deferred) => {}
                    Err(s) => panic!("ready in {s:?}"),
                }
                true
            } else {
                false
            }
        });

        // The worker: the VM registers the waiter, returns Park; the worker parks.
        queue.lock().unwrap().push(1);
        let requeued = st.park() == ParkAction::Requeue;
        let woke = waker.join().unwrap();

        let runs = enqueued.load(Ordering::SeqCst) + usize::from(requeued);
        if woke {
            assert_eq!(runs, 1, "woken G must be queued exactly once");
            assert_eq!(st.get(), Status::Runnable);
        } else {
            assert_eq!(runs, 0);
            assert_eq!(st.get(), Status::Waiting);
        }
    });
}

/// Two channels fire the same select at once: exactly one claim wins, and the G is
/// readied once.
#[test]
fn select_claim_is_exclusive() {
    loom::model(|| {
        let grp = Arc::new(SelectGroup::new());
        let st = Arc::new(GStatus::new(Status::Waiting));
        let readies = Arc::new(AtomicUsize::new(0));
        let hs: Vec<_> = (0..2)
            .map(|case| {
                let (grp, st, readies) = (grp.clone(), st.clone(), readies.clone());
                thread::spawn(move || {
                    if grp.claim(case) {
                        assert_eq!(st.ready(), Ok(ReadyAction::Enqueue));
                        readies.fetch_add(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(readies.load(Ordering::SeqCst), 1);
        assert!(grp.winner().is_some());
        assert_eq!(st.get(), Status::Runnable);
    });
}
