//! The network poller, as Go's `runtime/netpoll.go` (with `netpoll_epoll.go` underneath,
//! here mio): sockets are non-blocking, and a goroutine whose accept, connect, read or
//! write would block parks on the socket's poll descriptor (`PollDesc`, Go's
//! `pollDesc`) until the socket is ready, its deadline passes, or it is closed.
//!
//! A socket is a `NetFd` in a process-wide table, keyed by a handle that Go code holds
//! as `fd int` (`stdlib/go/net`). One poller thread blocks in `mio::Poll::poll` and, for
//! each readiness event, readies the goroutines parked on that direction of the socket
//! through the scheduler (`Sched::ready`, the global queue); a worker never blocks in
//! I/O. Deadlines are timers on the scheduler's timer heap (`runtime::timer`) whose
//! action times the waiter out. `close` wakes every waiter with `WaitResult::Closed`.
//!
//! The natives (`stdlib/native/net.rs`) follow the park/resume protocol of `vm::gort`:
//! `NetFd::io` runs the system call; when it would block, it registers a `NetWait` and
//! the native parks with `Pending::Net`; on resume, `NetWait::result` says whether to
//! retry the call (`Ready`) or to fail (`Timeout`, `Closed`).
//!
//! # Invariants
//! 1. Who may ready a parked goroutine: only the party that removed its `NetWait` from
//!    its `PollDesc`'s waiter list under the `PollDesc` lock (the poller thread on an
//!    event, the deadline timer, `close`, or `set_deadline` with a past deadline). So
//!    each park is matched by exactly one ready, as in `park.rs`.
//! 2. No lost wake-up: readiness is edge-triggered. Before each system call the
//!    direction's `ready` flag is cleared under the lock; an event that finds no waiter
//!    sets it; a caller whose call would block re-checks it under the lock before it
//!    registers, and retries instead of parking if it is set (Go's `pdReady`).
//! 3. The scheduler's external-waker count (`Sched::netpoll_add`) is incremented once
//!    for each registered `NetWait` and decremented once by the party of invariant 1,
//!    after it has readied the goroutine: while a goroutine waits on I/O the deadlock
//!    detector never declares a deadlock (Go's `netpollAnyWaiters`).
//! 4. Lock order: a `PollDesc` lock, then a `NetWait`'s state lock; a firing timer holds
//!    its own lock while it takes a `PollDesc` lock, so nobody stops a timer while
//!    holding a `PollDesc` lock (timers are stopped after it is released).
//! 5. A deadline timer acts only on the arming it was made for: each `NetWait` carries
//!    the generation (`WaitState::seq`) of its current timer, and a timer whose
//!    generation is stale does nothing.
//! 6. The table holds the only long-lived strong reference to a `NetFd`; timers hold
//!    weak ones, and natives hold a strong one only during a call. So `close` releases
//!    the socket promptly (the peer sees end-of-stream), even with deadlines armed.
//!
//! # Design
//! A dedicated poller thread, not workers polling when idle (Go's `findRunnable` calls
//! `netpoll(0)`): the scheduler stays unaware of sockets, and a busy program's workers
//! need not poll; the cost is one thread hop per wake-up. Go serialises concurrent reads
//! (and writes) of one socket with its `fdMutex`; here every waiter of a direction is
//! woken by an event and the losers park again. Name resolution (`lookup_host`) uses the
//! system resolver synchronously: it reads /etc/hosts for the loopback names the
//! programs use, and there is no network beyond it.

use super::park::{GRef, WaitReason};
use super::sched::{Ctx, Sched};
use super::timer::{Timer, TimerAction};
use mio::net::{TcpListener, TcpStream};
use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Registry, Token};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, LazyLock, OnceLock, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The error a timed-out operation reports (Go's `os.ErrDeadlineExceeded`).
pub const ERR_TIMEOUT: i64 = -1;
/// The error of an operation on a closed socket (Go's `net.ErrClosed`).
pub const ERR_CLOSED: i64 = -2;

/// The direction an operation waits for (Go's `mode` 'r' or 'w').
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
}

/// A socket the poller knows.
pub enum Sock {
    Listener(TcpListener),
    Stream(TcpStream),
}

impl Sock {
    fn raw_fd(&self) -> RawFd {
        match self {
            Sock::Listener(l) => l.as_raw_fd(),
            Sock::Stream(s) => s.as_raw_fd(),
        }
    }

    /// The local address.
    pub fn local_addr(&self) -> io::Result<std::net::SocketAddr> {
        match self {
            Sock::Listener(l) => l.local_addr(),
            Sock::Stream(s) => s.local_addr(),
        }
    }
}

/// A socket registered with the poller (Go's `netFD` with its `pollDesc`).
pub struct NetFd {
    /// The handle Go code holds (`fd int`); never reused in a process.
    pub id: u64,
    pub sock: Sock,
    pd: Mutex<PollDesc>,
}

/// The poll descriptor: per direction, the waiters and the deadline.
#[derive(Default)]
struct PollDesc {
    /// Set by `close`: every later operation fails with `ERR_CLOSED`.
    closing: bool,
    rd: Half,
    wd: Half,
}

impl PollDesc {
    fn half(&mut self, mode: Mode) -> &mut Half {
        match mode {
            Mode::Read => &mut self.rd,
            Mode::Write => &mut self.wd,
        }
    }
}

/// One direction of a `PollDesc`.
#[derive(Default)]
struct Half {
    /// An event arrived while nobody waited (invariant 2; Go's `pdReady`).
    ready: bool,
    /// The goroutines parked on this direction.
    waiters: Vec<Arc<NetWait>>,
    /// The deadline in Unix nanoseconds (0: none).
    deadline: i64,
}

/// How a parked operation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitResult {
    /// Still parked.
    Pending,
    /// The socket may be ready: retry the system call.
    Ready,
    /// The deadline passed.
    Timeout,
    /// The socket was closed.
    Closed,
}

/// A goroutine parked on a socket: what `Pending::Net` holds.
pub struct NetWait {
    g: GRef,
    sched: Sched,
    /// The socket's handle.
    pub fd: u64,
    /// Bytes a parked write had already written (the native resumes from there).
    pub progress: AtomicUsize,
    state: Mutex<WaitState>,
}

struct WaitState {
    result: WaitResult,
    /// The deadline timer of the current arming, to stop when woken otherwise.
    timer: Option<Arc<Timer>>,
    /// The arming generation (invariant 5).
    seq: u64,
}

impl NetWait {
    /// How the wait ended (`Pending` only if asked before the goroutine was readied).
    pub fn result(&self) -> WaitResult {
        self.state.lock().result
    }

    /// Completes the wait and readies the goroutine. Caller: the party of invariant 1,
    /// holding no `PollDesc` lock. `stop_timer` is false when the deadline timer itself
    /// is firing (it holds its own lock).
    fn finish(&self, res: WaitResult, stop_timer: bool) {
        let timer = {
            let mut st = self.state.lock();
            debug_assert_eq!(st.result, WaitResult::Pending);
            st.result = res;
            st.seq += 1;
            st.timer.take()
        };
        if let (true, Some(t)) = (stop_timer, timer) {
            self.sched.stop_timer(&t);
        }
        self.sched.ready(&self.g);
        self.sched.netpoll_done();
    }
}

/// What `NetFd::io` did.
pub enum Step<T> {
    Done(T),
    /// An errno, `ERR_TIMEOUT` or `ERR_CLOSED`.
    Err(i64),
    /// The goroutine must park with `Pending::Net` and `WaitReason::IoWait`.
    Park(Arc<NetWait>),
}

/// The errno of an I/O error (EIO if it has none).
pub fn errno(e: &io::Error) -> i64 {
    e.raw_os_error().map_or(5, i64::from)
}

/// Now, in Unix nanoseconds.
pub fn unix_nanos() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

fn expired(deadline: i64) -> bool {
    deadline != 0 && unix_nanos() >= deadline
}

impl NetFd {
    /// Runs the non-blocking system call `op` for direction `mode` until it does not
    /// block; when it would, registers a waiter for the calling goroutine (invariant 2)
    /// and answers `Park`. Fails at once on a closed socket or a passed deadline, as Go's
    /// `prepareRead`/`prepareWrite`.
    pub fn io<T>(
        self: &Arc<Self>,
        ctx: &Ctx<'_>,
        mode: Mode,
        mut op: impl FnMut(&Sock) -> io::Result<T>,
    ) -> Step<T> {
        loop {
            {
                let mut pd = self.pd.lock();
                if pd.closing {
                    return Step::Err(ERR_CLOSED);
                }
                let h = pd.half(mode);
                if expired(h.deadline) {
                    return Step::Err(ERR_TIMEOUT);
                }
                h.ready = false;
            }
            match op(&self.sock) {
                Ok(v) => return Step::Done(v),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Step::Err(errno(&e)),
            }
            let mut pd = self.pd.lock();
            if pd.closing {
                return Step::Err(ERR_CLOSED);
            }
            let h = pd.half(mode);
            if expired(h.deadline) {
                return Step::Err(ERR_TIMEOUT);
            }
            if h.ready {
                continue;
            }
            let wt = Arc::new(NetWait {
                g: ctx.g().clone(),
                sched: ctx.sched(),
                fd: self.id,
                progress: AtomicUsize::new(0),
                state: Mutex::new(WaitState {
                    result: WaitResult::Pending,
                    timer: None,
                    seq: 0,
                }),
            });
            if h.deadline != 0 {
                arm(self, mode, &wt, h.deadline);
            }
            h.waiters.push(wt.clone());
            ctx.sched().netpoll_add();
            ctx.g().set_wait_reason(WaitReason::IoWait);
            return Step::Park(wt);
        }
    }

    /// Sets the deadline of the given directions (Unix nanoseconds; 0 clears it), and
    /// re-arms or times out the operations already parked, as Go's `poll_runtime_pollSetDeadline`.
    pub fn set_deadline(self: &Arc<Self>, read: bool, write: bool, deadline: i64) {
        let mut timed_out = Vec::new();
        let mut old_timers = Vec::new();
        {
            let mut pd = self.pd.lock();
            if pd.closing {
                return;
            }
            for (on, mode) in [(read, Mode::Read), (write, Mode::Write)] {
                if !on {
                    continue;
                }
                let h = pd.half(mode);
                h.deadline = deadline;
                if deadline != 0 && expired(deadline) {
                    timed_out.append(&mut h.waiters);
                    continue;
                }
                for wt in &h.waiters {
                    let mut st = wt.state.lock();
                    st.seq += 1;
                    if let Some(t) = st.timer.take() {
                        old_timers.push((wt.sched.clone(), t));
                    }
                    drop(st);
                    if deadline != 0 {
                        arm(self, mode, wt, deadline);
                    }
                }
            }
        }
        for (sched, t) in old_timers {
            sched.stop_timer(&t);
        }
        for wt in timed_out {
            wt.finish(WaitResult::Timeout, true);
        }
    }

    /// Closes the socket for Go code: wakes every waiter with `Closed`, deregisters it
    /// and drops it from the table (the OS socket closes with the last reference).
    pub fn close(self: &Arc<Self>) {
        let woken = {
            let mut pd = self.pd.lock();
            if pd.closing {
                return;
            }
            pd.closing = true;
            let mut v = std::mem::take(&mut pd.rd.waiters);
            v.append(&mut pd.wd.waiters);
            v
        };
        for wt in woken {
            wt.finish(WaitResult::Closed, true);
        }
        if let Ok(p) = poller() {
            let _ = p.registry.deregister(&mut SourceFd(&self.sock.raw_fd()));
        }
        FDS.lock().remove(&self.id);
    }

    /// The poller saw an event: wakes the waiters of the ready directions, or remembers
    /// the readiness for the next caller (invariant 2).
    fn netpollready(&self, read: bool, write: bool) {
        let mut woken = Vec::new();
        {
            let mut pd = self.pd.lock();
            for (on, mode) in [(read, Mode::Read), (write, Mode::Write)] {
                if !on {
                    continue;
                }
                let h = pd.half(mode);
                if h.waiters.is_empty() {
                    h.ready = true;
                } else {
                    woken.append(&mut h.waiters);
                }
            }
        }
        for wt in woken {
            wt.finish(WaitResult::Ready, true);
        }
    }
}

/// Arms `wt`'s deadline timer for `deadline` (invariant 5). Caller holds the `PollDesc`
/// lock of `fd`; the new timer's lock is uncontended.
fn arm(fd: &Arc<NetFd>, mode: Mode, wt: &Arc<NetWait>, deadline: i64) {
    let delay = Duration::from_nanos(deadline.saturating_sub(unix_nanos()).max(0) as u64);
    let mut st = wt.state.lock();
    st.seq += 1;
    let seq = st.seq;
    let (wfd, wwt) = (Arc::downgrade(fd), Arc::downgrade(wt));
    let action = TimerAction::Func(Arc::new(move |_: &Sched| {
        deadline_fired(&wfd, &wwt, mode, seq)
    }));
    st.timer = Some(wt.sched.add_timer(delay, None, action));
}

/// A deadline timer fired: times out its waiter if this arming is still current.
fn deadline_fired(fd: &Weak<NetFd>, wt: &Weak<NetWait>, mode: Mode, seq: u64) {
    let (Some(fd), Some(wt)) = (fd.upgrade(), wt.upgrade()) else {
        return;
    };
    let taken = {
        let mut pd = fd.pd.lock();
        let h = pd.half(mode);
        let current = wt.state.lock().seq == seq;
        match h.waiters.iter().position(|w| Arc::ptr_eq(w, &wt)) {
            Some(i) if current => {
                h.waiters.swap_remove(i);
                true
            }
            _ => false,
        }
    };
    if taken {
        wt.finish(WaitResult::Timeout, false);
    }
}

/// The poller: the registry sockets are added to; the thread owning the `Poll` runs
/// `poll_loop`.
struct Poller {
    registry: Registry,
}

/// Every open socket by handle (invariant 6).
static FDS: LazyLock<Mutex<HashMap<u64, Arc<NetFd>>>> = LazyLock::new(Default::default);
static NEXT_FD: AtomicU64 = AtomicU64::new(3);
static POLLER: OnceLock<Result<Poller, i64>> = OnceLock::new();

fn poller() -> Result<&'static Poller, i64> {
    POLLER
        .get_or_init(|| {
            raise_fd_limit();
            let poll = Poll::new().map_err(|e| errno(&e))?;
            let registry = poll.registry().try_clone().map_err(|e| errno(&e))?;
            std::thread::Builder::new()
                .name("minigo-netpoll".into())
                .spawn(move || poll_loop(poll))
                .map_err(|e| errno(&e))?;
            Ok(Poller { registry })
        })
        .as_ref()
        .map_err(|&e| e)
}

/// Raises the soft limit on open files to the hard limit, as Go does at start-up
/// (`syscall.adjustFileLimit`): a server with a thousand clients needs more than the
/// usual 1,024 descriptors.
fn raise_fd_limit() {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 && lim.rlim_cur < lim.rlim_max {
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}

/// The poller thread: forever waits for events and readies their waiters.
fn poll_loop(mut poll: Poll) {
    let mut events = Events::with_capacity(256);
    loop {
        if let Err(e) = poll.poll(&mut events, None) {
            if e.kind() != io::ErrorKind::Interrupted {
                std::thread::sleep(Duration::from_millis(1));
            }
            continue;
        }
        for ev in events.iter() {
            let id = ev.token().0 as u64;
            let Some(fd) = FDS.lock().get(&id).cloned() else {
                continue;
            };
            let read = ev.is_readable() || ev.is_read_closed() || ev.is_error();
            let write = ev.is_writable() || ev.is_write_closed() || ev.is_error();
            fd.netpollready(read, write);
        }
    }
}

/// Registers a new non-blocking socket with the poller (edge-triggered, both
/// directions) and enters it in the table; the errno on failure.
pub fn register(sock: Sock) -> Result<Arc<NetFd>, i64> {
    let p = poller()?;
    let id = NEXT_FD.fetch_add(1, SeqCst);
    let raw = sock.raw_fd();
    let fd = Arc::new(NetFd {
        id,
        sock,
        pd: Mutex::new(PollDesc::default()),
    });
    // In the table first, so that the poller finds the socket of its first event.
    FDS.lock().insert(id, fd.clone());
    let res = p.registry.register(
        &mut SourceFd(&raw),
        Token(id as usize),
        Interest::READABLE | Interest::WRITABLE,
    );
    if let Err(e) = res {
        FDS.lock().remove(&id);
        return Err(errno(&e));
    }
    Ok(fd)
}

/// The socket with handle `id`, if open.
pub fn lookup(id: u64) -> Option<Arc<NetFd>> {
    FDS.lock().get(&id).cloned()
}
