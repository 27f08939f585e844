//! Program output: stdout through a buffer, stderr unbuffered, and the capture buffer
//! tests use instead of both.
//!
//! Go's `os.Stdout` is unbuffered: every `fmt.Println` is one `write(2)`. Doing that here
//! would make tight print loops several times slower, so stdout is buffered, but never
//! for long enough that a person or a pipe reader could tell:
//!
//! # The flush rule
//! Buffered stdout reaches file descriptor 1
//! 1. at most `FLUSH_DELAY` (2 ms) after the first write into an empty buffer — a
//!    flusher thread sleeps that long and then writes out what has gathered (so a
//!    spinner's `\r` frames, a countdown, a server's log lines appear as they are
//!    printed, and a print loop still costs one `write` per 2 ms, not per line);
//! 2. at once when the buffer holds more than 64 KiB;
//! 3. at once before anything is written to stderr (so the two interleave as Go's
//!    do), before a read of stdin (a prompt shows before the program waits), on
//!    `os.Exit`, before a panic or fatal error report, and when the program ends.
//!
//! A thread that called `capture_output` (tests) collects stdout in a shared buffer
//! (`Sink`) instead; `vm::gort` installs it on the worker threads while they run the
//! capturing program's goroutines, and stderr is dropped.
//!
//! While a `testing` example runs, stdout (of every goroutine) goes to the example's
//! buffer instead (`start_example_capture`).
//!
//! # Invariants
//! 1. Bytes leave the buffer in the order they were written, and only under `STDOUT`'s
//!    lock, so no write is split or reordered by the flusher.
//! 2. `Out::armed` is true exactly while the flusher owes a flush for data in `buf`.

use std::cell::RefCell;
use std::io::Write;
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Duration;

/// How long output may wait in the buffer (rule 1).
const FLUSH_DELAY: Duration = Duration::from_millis(2);

/// Above this many buffered bytes a write flushes at once (rule 2).
const MAX_BUFFERED: usize = 1 << 16;

/// A capture buffer, shared by every worker thread running the capturing program.
pub type Sink = std::sync::Arc<Mutex<Vec<u8>>>;

thread_local! {
    static CAPTURE: RefCell<Option<Sink>> = const { RefCell::new(None) };
}

struct Out {
    buf: Vec<u8>,
    /// The flusher has been told about `buf`'s data (invariant 2).
    armed: bool,
}

static STDOUT: Mutex<Out> = Mutex::new(Out {
    buf: Vec::new(),
    armed: false,
});

/// Wakes the flusher when `armed` becomes true.
static ARMED: Condvar = Condvar::new();

fn lock() -> std::sync::MutexGuard<'static, Out> {
    STDOUT.lock().unwrap_or_else(|e| e.into_inner())
}

/// Starts the flusher thread once. It never exits; the process ends under it.
fn start_flusher() {
    static STARTED: OnceLock<bool> = OnceLock::new();
    STARTED.get_or_init(|| {
        std::thread::Builder::new()
            .name("minigo-stdout".into())
            .spawn(flusher)
            .is_ok()
    });
}

fn flusher() {
    loop {
        let mut out = lock();
        while !out.armed {
            out = ARMED.wait(out).unwrap_or_else(|e| e.into_inner());
        }
        drop(out);
        std::thread::sleep(FLUSH_DELAY);
        let mut out = lock();
        write_out(&mut out);
    }
}

/// Writes the buffer to fd 1 (caller holds the lock).
fn write_out(out: &mut Out) {
    out.armed = false;
    if out.buf.is_empty() {
        return;
    }
    let mut so = std::io::stdout().lock();
    let _ = so.write_all(&out.buf);
    let _ = so.flush();
    out.buf.clear();
}

/// Starts capturing this thread's program output (stdout) into a buffer.
pub fn capture_output() {
    CAPTURE.with(|c| *c.borrow_mut() = Some(Sink::default()));
}

/// Ends capturing and returns what was written.
pub fn take_captured() -> Vec<u8> {
    CAPTURE.with(|c| {
        c.borrow_mut()
            .take()
            .map(|s| std::mem::take(&mut *s.lock().unwrap_or_else(|e| e.into_inner())))
            .unwrap_or_default()
    })
}

/// This thread's capture buffer, if it captures (the scheduler's glue hands it to the
/// worker threads that run the program's goroutines).
pub fn capture_sink() -> Option<Sink> {
    CAPTURE.with(|c| c.borrow().clone())
}

/// Sets (or clears) this thread's capture buffer.
pub fn set_capture_sink(s: Option<Sink>) {
    CAPTURE.with(|c| *c.borrow_mut() = s);
}

/// Writes program output to stdout (buffered: see the flush rule) or the capture buffer.
pub fn write_stdout(b: &[u8]) {
    if EXAMPLE_ON.load(std::sync::atomic::Ordering::Acquire) {
        let mut ex = EXAMPLE.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(buf) = ex.as_mut() {
            buf.extend_from_slice(b);
            return;
        }
    }
    if let Some(s) = capture_sink() {
        s.lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(b);
        return;
    }
    let mut out = lock();
    out.buf.extend_from_slice(b);
    if out.buf.len() > MAX_BUFFERED {
        write_out(&mut out);
    } else if !out.armed {
        out.armed = true;
        drop(out);
        start_flusher();
        ARMED.notify_one();
    }
}

/// Writes program output to stderr, unbuffered (stdout is flushed first).
pub fn write_stderr(b: &[u8]) {
    let captured = CAPTURE.with(|c| c.borrow().is_some());
    if captured {
        return;
    }
    let mut out = lock();
    write_out(&mut out);
    let _ = std::io::stderr().write_all(b);
}

/// Whether `EXAMPLE` collects (a fast check for `write_stdout`).
static EXAMPLE_ON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What the running `testing` example wrote to stdout, from every goroutine (Go's
/// `testing` swaps `os.Stdout` for a pipe meanwhile).
static EXAMPLE: Mutex<Option<Vec<u8>>> = Mutex::new(None);

/// Starts collecting stdout for a `testing` example (`testing.startCapture`);
/// what was buffered before is flushed first.
pub fn start_example_capture() {
    flush();
    *EXAMPLE.lock().unwrap_or_else(|e| e.into_inner()) = Some(Vec::new());
    EXAMPLE_ON.store(true, std::sync::atomic::Ordering::Release);
}

/// Stops collecting and returns what the example wrote (`testing.stopCapture`).
pub fn stop_example_capture() -> Vec<u8> {
    EXAMPLE_ON.store(false, std::sync::atomic::Ordering::Release);
    EXAMPLE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .unwrap_or_default()
}

/// Flushes buffered stdout now.
pub fn flush() {
    let mut out = lock();
    write_out(&mut out);
}
