//! Test goroutines for the scheduler tests: small Rust state machines that drive the
//! runtime primitives exactly as the VM will (call the primitive; on `Park` keep the
//! pending record and return `RunResult::Park`; on the next `run`, resume it first).
#![allow(dead_code)]

use minigo::runtime::chan::{Chan, RecvStep, SendStep};
use minigo::runtime::park::{Goroutine, RunResult, WaitReason, Waiter};
use minigo::runtime::sched::{Config, Ctx, Outcome, Sched};
use minigo::runtime::select::{self, Case, SelectStep, SelectWait};
use minigo::runtime::timer::{self, SleepStep};
use std::any::Any;
use std::sync::Arc;
use std::time::Duration;

/// A goroutine whose body is a closure called once per run.
pub struct TestG<F>(pub F);

impl<F> Goroutine for TestG<F>
where
    F: FnMut(&mut Ctx<'_>, u32) -> RunResult + Send + 'static,
{
    fn run(&mut self, ctx: &mut Ctx<'_>, budget: u32) -> RunResult {
        (self.0)(ctx, budget)
    }
    fn as_any(&mut self) -> &mut dyn Any {
        self
    }
}

pub fn g<F>(f: F) -> Box<dyn Goroutine>
where
    F: FnMut(&mut Ctx<'_>, u32) -> RunResult + Send + 'static,
{
    Box::new(TestG(f))
}

/// A blocking operation in progress (what the VM keeps in the G's stack).
#[derive(Default)]
pub struct Pend(Option<P>);

enum P {
    Send(Arc<Waiter>),
    Recv(Arc<Waiter>),
    Select(SelectWait),
    Sleep,
    Other(Box<dyn Any + Send>),
}

/// Like `std::task::Poll`, with the park reason.
pub enum Poll<T> {
    Ready(T),
    Park(WaitReason),
}

/// `ready!(op)`: the value, or return `RunResult::Park` from the enclosing G body.
#[macro_export]
macro_rules! ready {
    ($e:expr) => {
        match $e {
            $crate::sched_common::Poll::Ready(v) => v,
            $crate::sched_common::Poll::Park(r) => return minigo::runtime::park::RunResult::Park(r),
        }
    };
}

impl Pend {
    pub fn send(&mut self, ctx: &Ctx<'_>, c: &Arc<Chan>, v: &[u64]) -> Poll<()> {
        if let Some(P::Send(w)) = self.0.take() {
            Chan::send_resume(&w).expect("send on closed channel");
            return Poll::Ready(());
        }
        match c.send(ctx, v, true).expect("send on closed channel") {
            SendStep::Done => Poll::Ready(()),
            SendStep::WouldBlock => unreachable!(),
            SendStep::Park(w) => {
                self.0 = Some(P::Send(w));
                Poll::Park(WaitReason::ChanSend)
            }
        }
    }

    /// Receives one word; `(value, ok)`.
    pub fn recv(&mut self, ctx: &Ctx<'_>, c: &Arc<Chan>) -> Poll<(u64, bool)> {
        let mut out = [0u64; 1];
        if let Some(P::Recv(w)) = self.0.take() {
            let ok = Chan::recv_resume(&w, &mut out);
            return Poll::Ready((out[0], ok));
        }
        match c.recv(ctx, &mut out, true) {
            RecvStep::Done { ok } => Poll::Ready((out[0], ok)),
            RecvStep::WouldBlock => unreachable!(),
            RecvStep::Park(w) => {
                self.0 = Some(P::Recv(w));
                Poll::Park(WaitReason::ChanReceive)
            }
        }
    }

    /// A select; `(case, value, ok)`; `None` when the default case ran.
    pub fn select(
        &mut self,
        ctx: &Ctx<'_>,
        cases: &[Case<'_>],
        block: bool,
    ) -> Poll<Option<(usize, u64, bool)>> {
        let mut out = [0u64; 1];
        if let Some(P::Select(sw)) = self.0.take() {
            let (case, ok) = select::select_resume(sw, &mut out).expect("select send on closed");
            return Poll::Ready(Some((case, out[0], ok)));
        }
        match select::select(ctx, cases, &mut out, block).expect("select send on closed") {
            SelectStep::Done { case, ok } => Poll::Ready(Some((case, out[0], ok))),
            SelectStep::Default => Poll::Ready(None),
            SelectStep::Park(sw) => {
                self.0 = Some(P::Select(sw));
                Poll::Park(WaitReason::Select)
            }
            SelectStep::Forever(r) => Poll::Park(r),
        }
    }

    pub fn sleep(&mut self, ctx: &Ctx<'_>, d: Duration) -> Poll<()> {
        if let Some(P::Sleep) = self.0.take() {
            return Poll::Ready(());
        }
        match timer::sleep(ctx, d) {
            SleepStep::Done => Poll::Ready(()),
            SleepStep::Park(_) => {
                self.0 = Some(P::Sleep);
                Poll::Park(WaitReason::Sleep)
            }
        }
    }

    /// Stores any other pending record.
    pub fn set_other(&mut self, x: Box<dyn Any + Send>) {
        self.0 = Some(P::Other(x));
    }

    pub fn take_other(&mut self) -> Option<Box<dyn Any + Send>> {
        match self.0.take() {
            Some(P::Other(x)) => Some(x),
            other => {
                self.0 = other;
                None
            }
        }
    }
}

/// Runs `main` on a fresh scheduler with `procs` workers.
pub fn run(procs: usize, main: Box<dyn Goroutine>) -> Outcome {
    Sched::new(Config {
        procs,
        budget: 1000,
    })
    .run(main)
}

/// Runs `main` with GOMAXPROCS 1, 2 and 4 (more workers than this machine's 2 cores);
/// panics unless each exits normally.
pub fn run_both(mk: impl Fn() -> Box<dyn Goroutine>) {
    for procs in [1, 2, 4] {
        let t = std::time::Instant::now();
        let o = run(procs, mk());
        eprintln!("GOMAXPROCS={procs}: {:?}", t.elapsed());
        assert!(matches!(o, Outcome::Exit), "GOMAXPROCS={procs}: {o:?}");
    }
}

pub fn exit() -> RunResult {
    RunResult::Exit { goexit: false }
}
