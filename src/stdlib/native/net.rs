//! The natives of package `net` (`stdlib/go/net/sys.go`): TCP sockets over the
//! netpoller (`runtime::netpoll`). Go code holds a socket as the poller's handle
//! (`fd int`) and gets errors as errno values, or `ERR_TIMEOUT` / `ERR_CLOSED`, which
//! `net.sysError` turns into Go's error values.
//!
//! An operation that would block parks the goroutine (`Pending::Net`,
//! `WaitReason::IoWait`) and runs again when the poller readies it (the protocol of
//! `vm::gort`); a parked write keeps how much it had written in its `NetWait`. (A
//! server's stdout shows while it waits: `output.rs` flushes within 2 ms.)
//!
//! # Window layouts (in → out)
//! - `sysListen`: `[network(2), ip(3), port]` → `[fd, ip(3), port, syscall(2), errno]`
//! - `sysAccept`: `[fd]` → `[fd, ip(3), port, errno]`
//! - `sysLocalAddr`: `[fd]` → `[ip(3), port, errno]`
//! - `sysDial`: `[network(2), ip(3), port, deadline]` → `[fd, ip(3), port, peer ip(3),
//!   peer port, errno]`
//! - `sysRead`, `sysWrite`: `[fd, b(3)]` → `[n, errno]`
//! - `sysClose`: `[fd]` → `[errno]`; `sysShutdown`: `[fd, read, write]` → `[errno]`
//! - `sysSetDeadline`: `[fd, read, write, deadline]` → `[errno]`
//! - `sysErrnoString`: `[errno]` → `[string(2)]`; `lookupHost`: `[host(2)]` →
//!   `[addrs(3), ok]`
//!
//! # Invariants
//! 1. A native parks only right after `NetFd::io` answered `Step::Park`, storing that
//!    `NetWait` as the goroutine's pending record; its window still holds its arguments
//!    when it runs again.
//! 2. A run that finds a `Pending::Net` first applies the wait's result (`Timeout`,
//!    `Closed`) and otherwise retries the call on the same socket.

use super::chan::sched;
use super::{new_str, str_arg};
use crate::runtime::heap::{Layout, ObjRef};
use crate::runtime::netpoll::{
    self, errno, NetWait, Sock, Step, WaitResult, ERR_CLOSED, ERR_TIMEOUT,
};
use crate::vm::gort::Pending;
use crate::vm::panic::GoPanic;
use crate::vm::program::{NativeCtx, NativeFn, NativeRequest, WaitReason};
use crate::vm::strings::{new_byte_slice, slice_bytes};
use crate::vm::value;
use mio::net::{TcpListener, TcpStream};
use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr};
use std::sync::atomic::Ordering;
use std::sync::Arc;

pub fn lookup(name: &str) -> Option<(u16, NativeFn)> {
    let r: (u16, NativeFn) = match name {
        "net.sysListen" => (8, sys_listen),
        "net.sysAccept" => (6, sys_accept),
        "net.sysLocalAddr" => (5, sys_local_addr),
        "net.sysDial" => (10, sys_dial),
        "net.sysRead" => (4, sys_read),
        "net.sysWrite" => (4, sys_write),
        "net.sysClose" => (1, sys_close),
        "net.sysShutdown" => (3, sys_shutdown),
        "net.sysSetDeadline" => (4, sys_set_deadline),
        "net.sysErrnoString" => (2, sys_errno_string),
        "net.lookupHost" => (4, lookup_host),
        _ => return None,
    };
    Some(r)
}

/// Parks the goroutine on `wt` (invariant 1).
fn park(ctx: &mut NativeCtx, wt: Arc<NetWait>) {
    *ctx.pending = Some(Pending::Net(wt));
    ctx.request = Some(NativeRequest::Park {
        reason: WaitReason::IoWait,
        retry: true,
    });
}

/// The resumed wait, if this run is a resume; `Err` with the errno it ended with.
fn resumed(ctx: &mut NativeCtx) -> Result<Option<Arc<NetWait>>, i64> {
    match ctx.pending.take() {
        Some(Pending::Net(wt)) => match wt.result() {
            WaitResult::Timeout => Err(ERR_TIMEOUT),
            WaitResult::Closed => Err(ERR_CLOSED),
            WaitResult::Ready | WaitResult::Pending => Ok(Some(wt)),
        },
        _ => Ok(None),
    }
}

/// The IP address in a Go `[]byte` (4 or 16 bytes; empty: none).
fn ip_arg(w: &[u64], i: usize) -> Option<IpAddr> {
    let b = slice_bytes([w[i], w[i + 1], w[i + 2]]);
    match b.len() {
        4 => Some(IpAddr::V4(Ipv4Addr::new(b[0], b[1], b[2], b[3]))),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(&b);
            let v6 = Ipv6Addr::from(a);
            Some(match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => IpAddr::V6(v6),
            })
        }
        _ => None,
    }
}

/// Writes a socket address as `[ip(3), port]` at `w[i..i+4]`.
fn put_addr(ctx: &NativeCtx, w: &mut [u64], i: usize, a: Option<SocketAddr>) {
    let (ip, port) = match a {
        Some(SocketAddr::V4(a)) => (a.ip().octets().to_vec(), a.port()),
        Some(SocketAddr::V6(a)) => (a.ip().octets().to_vec(), a.port()),
        None => (Vec::new(), 0),
    };
    let s = new_byte_slice(ctx.heap, &ip);
    w[i..i + 3].copy_from_slice(&s);
    w[i + 3] = port as u64;
}

fn port_arg(w: &[u64], i: usize) -> u16 {
    u16::try_from(w[i] as i64).unwrap_or(0)
}

/// `sysListen(network, ip, port)`.
fn sys_listen(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let network = str_arg(w, 0);
    let port = port_arg(w, 5);
    let ip = ip_arg(w, 2);
    let bind = |ip: IpAddr| TcpListener::bind(SocketAddr::new(ip, port));
    let res = match (ip, network.as_slice()) {
        (Some(ip), _) => bind(ip),
        (None, b"tcp4") => bind(Ipv4Addr::UNSPECIFIED.into()),
        (None, b"tcp6") => bind(Ipv6Addr::UNSPECIFIED.into()),
        // Go listens on the dual-stack wildcard when it can.
        (None, _) => {
            bind(Ipv6Addr::UNSPECIFIED.into()).or_else(|_| bind(Ipv4Addr::UNSPECIFIED.into()))
        }
    };
    let res = res.map_err(|e| {
        let n = errno(&e);
        // mio binds in one call; name the step that fails with this errno.
        let call: &[u8] = match n {
            97 | 93 | 24 | 23 => b"socket",
            98 | 99 | 13 | 22 => b"bind",
            _ => b"listen",
        };
        (call, n)
    });
    let res =
        res.and_then(|l| netpoll::register(Sock::Listener(l)).map_err(|n| (&b"socket"[..], n)));
    match res {
        Ok(fd) => {
            let la = fd.sock.local_addr().ok();
            w[0] = fd.id;
            put_addr(ctx, w, 1, la);
            w[5] = 0;
            w[6] = 0;
            w[7] = 0;
        }
        Err((call, n)) => {
            w[0] = u64::MAX;
            put_addr(ctx, w, 1, None);
            let s = new_str(ctx, call);
            w[5] = s[0];
            w[6] = s[1];
            w[7] = n as u64;
        }
    }
    Ok(())
}

/// `sysAccept(fd)`.
fn sys_accept(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let fail = |ctx: &NativeCtx, w: &mut [u64], n: i64| {
        w[0] = u64::MAX;
        put_addr(ctx, w, 1, None);
        w[5] = n as u64;
    };
    if let Err(n) = resumed(ctx) {
        fail(ctx, w, n);
        return Ok(());
    }
    let sc = sched(ctx)?;
    let Some(fd) = netpoll::lookup(w[0]) else {
        fail(ctx, w, ERR_CLOSED);
        return Ok(());
    };
    let step = fd.io(sc, netpoll::Mode::Read, |s| match s {
        Sock::Listener(l) => l.accept(),
        Sock::Stream(_) => Err(io::Error::from_raw_os_error(22)),
    });
    match step {
        Step::Done((stream, ra)) => match netpoll::register(Sock::Stream(stream)) {
            Ok(nfd) => {
                w[0] = nfd.id;
                put_addr(ctx, w, 1, Some(ra));
                w[5] = 0;
            }
            Err(n) => fail(ctx, w, n),
        },
        Step::Err(n) => fail(ctx, w, n),
        Step::Park(wt) => park(ctx, wt),
    }
    Ok(())
}

/// `sysLocalAddr(fd)`.
fn sys_local_addr(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    match netpoll::lookup(w[0]).map(|fd| fd.sock.local_addr()) {
        Some(Ok(a)) => {
            put_addr(ctx, w, 0, Some(a));
            w[4] = 0;
        }
        Some(Err(e)) => {
            put_addr(ctx, w, 0, None);
            w[4] = errno(&e) as u64;
        }
        None => {
            put_addr(ctx, w, 0, None);
            w[4] = ERR_CLOSED as u64;
        }
    }
    Ok(())
}

/// Whether a non-blocking connect finished: `WouldBlock` while in progress.
fn connected(s: &Sock) -> io::Result<()> {
    let Sock::Stream(st) = s else {
        return Err(io::Error::from_raw_os_error(22));
    };
    if let Some(e) = st.take_error()? {
        return Err(e);
    }
    match st.peer_addr() {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotConnected => {
            Err(io::Error::from(io::ErrorKind::WouldBlock))
        }
        Err(e) => Err(e),
    }
}

/// `sysDial(network, ip, port, deadline)`: connects, parking until the connection is
/// made or fails (the deadline applies to the connect only).
fn sys_dial(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let fail = |ctx: &NativeCtx, w: &mut [u64], n: i64| {
        w[0] = u64::MAX;
        put_addr(ctx, w, 1, None);
        put_addr(ctx, w, 5, None);
        w[9] = n as u64;
    };
    let resume = ctx.pending.as_ref().and_then(|p| match p {
        Pending::Net(wt) => netpoll::lookup(wt.fd),
        _ => None,
    });
    let fd = match resumed(ctx) {
        Err(n) => {
            if let Some(fd) = resume {
                fd.close();
            }
            fail(ctx, w, n);
            return Ok(());
        }
        Ok(Some(_)) => match resume {
            Some(fd) => fd,
            None => {
                fail(ctx, w, ERR_CLOSED);
                return Ok(());
            }
        },
        Ok(None) => {
            let Some(ip) = ip_arg(w, 2) else {
                fail(ctx, w, 22);
                return Ok(());
            };
            let started = TcpStream::connect(SocketAddr::new(ip, port_arg(w, 5)))
                .map_err(|e| errno(&e))
                .and_then(|s| netpoll::register(Sock::Stream(s)));
            match started {
                Ok(fd) => {
                    let deadline = w[6] as i64;
                    if deadline != 0 {
                        fd.set_deadline(false, true, deadline);
                    }
                    fd
                }
                Err(n) => {
                    fail(ctx, w, n);
                    return Ok(());
                }
            }
        }
    };
    let sc = sched(ctx)?;
    match fd.io(sc, netpoll::Mode::Write, connected) {
        Step::Done(()) => {
            fd.set_deadline(false, true, 0);
            let la = fd.sock.local_addr().ok();
            let ra = match &fd.sock {
                Sock::Stream(st) => st.peer_addr().ok(),
                Sock::Listener(_) => None,
            };
            w[0] = fd.id;
            put_addr(ctx, w, 1, la);
            put_addr(ctx, w, 5, ra);
            w[9] = 0;
        }
        Step::Err(n) => {
            fd.close();
            fail(ctx, w, n);
        }
        Step::Park(wt) => park(ctx, wt),
    }
    Ok(())
}

/// The most one `sysRead` reads (the size of a worker's scratch buffer).
const MAX_READ: usize = 1 << 16;

thread_local! {
    /// The bytes of a read before they are copied into the Go slice.
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn stream(s: &Sock) -> io::Result<&TcpStream> {
    match s {
        Sock::Stream(st) => Ok(st),
        Sock::Listener(_) => Err(io::Error::from_raw_os_error(107)),
    }
}

/// `sysRead(fd, b)`: 0 bytes and no error at end of stream.
fn sys_read(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let done = |w: &mut [u64], n: usize, e: i64| {
        w[0] = n as u64;
        w[1] = e as u64;
    };
    if let Err(n) = resumed(ctx) {
        done(w, 0, n);
        return Ok(());
    }
    let sc = sched(ctx)?;
    let Some(fd) = netpoll::lookup(w[0]) else {
        done(w, 0, ERR_CLOSED);
        return Ok(());
    };
    let s = [w[1], w[2], w[3]];
    // A read may return fewer bytes than asked: at most a scratch buffer's worth.
    let len = value::slice_len(s[2]).min(MAX_READ);
    let step = SCRATCH.with(|scratch| {
        let mut buf = scratch.borrow_mut();
        buf.resize(len, 0);
        let step = fd.io(sc, netpoll::Mode::Read, |so| {
            stream(so)?.read(&mut buf[..len])
        });
        if let Step::Done(n) = step {
            // SAFETY: value invariant 1: a slice's first word is 0 or a live array object.
            if let Some(o) = unsafe { ObjRef::from_word(s[0]) } {
                let bytes = o.bytes();
                let off = (s[1] as usize).min(bytes.len());
                for (d, b) in bytes[off..].iter().zip(&buf[..n]) {
                    d.store(*b, Ordering::Relaxed);
                }
            }
        }
        step
    });
    match step {
        Step::Done(n) => done(w, n, 0),
        Step::Err(e) => done(w, 0, e),
        Step::Park(wt) => park(ctx, wt),
    }
    Ok(())
}

/// `sysWrite(fd, b)`: writes all of `b`, parking as often as needed.
fn sys_write(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let mut written = match &ctx.pending {
        Some(Pending::Net(wt)) => wt.progress.load(Ordering::Relaxed),
        _ => 0,
    };
    if let Err(n) = resumed(ctx) {
        w[0] = written as u64;
        w[1] = n as u64;
        return Ok(());
    }
    let sc = sched(ctx)?;
    let Some(fd) = netpoll::lookup(w[0]) else {
        w[0] = written as u64;
        w[1] = ERR_CLOSED as u64;
        return Ok(());
    };
    let buf = slice_bytes([w[1], w[2], w[3]]);
    loop {
        if written >= buf.len() {
            w[0] = written as u64;
            w[1] = 0;
            return Ok(());
        }
        match fd.io(sc, netpoll::Mode::Write, |so| {
            stream(so)?.write(&buf[written..])
        }) {
            Step::Done(n) => written += n,
            Step::Err(e) => {
                w[0] = written as u64;
                w[1] = e as u64;
                return Ok(());
            }
            Step::Park(wt) => {
                wt.progress.store(written, Ordering::Relaxed);
                park(ctx, wt);
                return Ok(());
            }
        }
    }
}

/// `sysClose(fd)`.
fn sys_close(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = match netpoll::lookup(w[0]) {
        Some(fd) => {
            fd.close();
            0
        }
        None => ERR_CLOSED as u64,
    };
    Ok(())
}

/// `sysShutdown(fd, read, write)`.
fn sys_shutdown(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let how = match (w[1] != 0, w[2] != 0) {
        (true, true) => Shutdown::Both,
        (true, false) => Shutdown::Read,
        _ => Shutdown::Write,
    };
    w[0] = match netpoll::lookup(w[0]) {
        Some(fd) => match stream(&fd.sock).and_then(|s| s.shutdown(how)) {
            Ok(()) => 0,
            Err(e) => errno(&e) as u64,
        },
        None => ERR_CLOSED as u64,
    };
    Ok(())
}

/// `sysSetDeadline(fd, read, write, deadline)`.
fn sys_set_deadline(_ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let d = w[3] as i64;
    let d = if d < 0 { 1 } else { d };
    w[0] = match netpoll::lookup(w[0]) {
        Some(fd) => {
            fd.set_deadline(w[1] != 0, w[2] != 0, d);
            0
        }
        None => ERR_CLOSED as u64,
    };
    Ok(())
}

/// Go's text for an errno (Linux's `strerror`, first letter lowered, as Go's table).
pub fn errno_text(n: i64) -> String {
    let e = io::Error::from_raw_os_error(n as i32).to_string();
    let t = e.split(" (os error").next().unwrap_or("");
    if t.is_empty() || t.starts_with("Unknown error") {
        return format!("errno {n}");
    }
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn sys_errno_string(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let s = new_str(ctx, errno_text(w[0] as i64).as_bytes());
    w[0] = s[0];
    w[1] = s[1];
    Ok(())
}

/// `lookupHost(host)`: the system resolver's addresses, IPv4 first (as Go dials them).
fn lookup_host(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    use std::net::ToSocketAddrs;
    let host = String::from_utf8_lossy(&str_arg(w, 0)).into_owned();
    let mut addrs: Vec<IpAddr> = Vec::new();
    if let Ok(it) = (host.as_str(), 0u16).to_socket_addrs() {
        for a in it {
            if !addrs.contains(&a.ip()) {
                addrs.push(a.ip());
            }
        }
    }
    addrs.sort_by_key(|a| a.is_ipv6());
    static STRS: std::sync::OnceLock<&'static Layout> = std::sync::OnceLock::new();
    let l = STRS.get_or_init(|| Layout::new("string", 2, vec![0]));
    let n = addrs.len();
    let arr = ctx.heap.alloc_words(l, 2 * n.max(1));
    for (i, a) in addrs.iter().enumerate() {
        let s = new_str(ctx, a.to_string().as_bytes());
        arr.set(2 * i, s[0]);
        arr.set(2 * i + 1, s[1]);
    }
    w[0] = arr.word();
    w[1] = 0;
    w[2] = value::slice_lencap(n, n);
    w[3] = (n > 0) as u64;
    Ok(())
}
