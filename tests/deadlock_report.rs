//! The deadlock report beyond its first line (which `scripts/golden` compares): every
//! goroutine dumped as Go does (`goroutine N [reason]:`, its frames with absolute `file:line`,
//! `created by`), then what each one waits on and at which statement, in plain text when
//! stderr is not a terminal.

use std::process::Command;

fn stderr_of(path: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(path)
        .env("GOMAXPROCS", "2")
        .output()
        .expect("run minigo");
    assert_eq!(out.status.code(), Some(2), "{path} exits 2");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts that `want` appear in `text` in this order.
fn in_order(text: &str, want: &[&str]) {
    let mut rest = text;
    for w in want {
        match rest.find(w) {
            Some(i) => rest = &rest[i + w.len()..],
            None => panic!("missing (in order) {w:?} in:\n{text}"),
        }
    }
}

#[test]
fn waitgroup_deadlock_dumps_every_goroutine_and_what_it_waits_on() {
    let f = "testdata/run/conc/deadlock_waitgroup.go";
    let e = stderr_of(f);
    in_order(
        &e,
        &[
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n",
            "main.main()\n\t/", "/testdata/run/conc/deadlock_waitgroup.go:23\n",
            "\ngoroutine 2 [chan send]:\nmain.main.func1()\n\t/", "/testdata/run/conc/deadlock_waitgroup.go:19\n",
            "created by main.main in goroutine 1\n\t/", "/testdata/run/conc/deadlock_waitgroup.go:17\n",
            "goroutine 3 [chan send]:",
            "goroutine 4 [chan send]:",
            "minigo: what each goroutine waits on:\n",
            "goroutine 1 waits at testdata/run/conc/deadlock_waitgroup.go:23:2: sync.WaitGroup wg\n\twg.Wait()\n",
            "goroutine 2 waits at testdata/run/conc/deadlock_waitgroup.go:19:4: send on channel ch (made at testdata/run/conc/deadlock_waitgroup.go:14:8)\n\tch <- i\n",
        ],
    );
    assert!(
        !e.contains("runtime.main"),
        "runtime frames are hidden:\n{e}"
    );
}

#[test]
fn select_lock_and_nil_channel_waits_are_named() {
    let e = stderr_of("testdata/run/conc/deadlock_select.go");
    in_order(
        &e,
        &[
            "goroutine 1 [select]:\nmain.main()\n\t/", "/testdata/run/conc/deadlock_select.go:31\n",
            "goroutine 2 [sync.RWMutex.RLock]:\n",
            "main.main.func1()\n\t/", "/testdata/run/conc/deadlock_select.go:25\n",
            "goroutine 3 [chan send (nil chan)]:\n",
            "goroutine 1 waits at testdata/run/conc/deadlock_select.go:31:2: select on channels made at testdata/run/conc/deadlock_select.go:19:14, testdata/run/conc/deadlock_select.go:20:13\n",
            "goroutine 2 waits at testdata/run/conc/deadlock_select.go:25:3: read lock of sync.RWMutex acct.mu\n\tacct.mu.RLock()\n",
            "goroutine 3 waits at testdata/run/conc/deadlock_select.go:29:14: send on a nil channel (for ever)\n\tnilc <- 1\n",
        ],
    );
}

#[test]
fn receive_and_mutex_deadlocks_of_main_alone() {
    let e = stderr_of("testdata/run/conc/deadlock.go");
    in_order(
        &e,
        &[
            "goroutine 1 [chan receive]:\nmain.main()\n\t/", "/testdata/run/conc/deadlock.go:12\n",
            "goroutine 1 waits at testdata/run/conc/deadlock.go:12:2: receive from channel ch (made at testdata/run/conc/deadlock.go:10:8)\n\t<-ch\n",
        ],
    );
    let e = stderr_of("testdata/run/conc/deadlock_mutex.go");
    in_order(
        &e,
        &[
            "goroutine 1 [sync.Mutex.Lock]:\n",
            "main.main()\n\t/", "/testdata/run/conc/deadlock_mutex.go:17\n",
            "waits at testdata/run/conc/deadlock_mutex.go:17:2: lock of sync.Mutex mu\n\tmu.Lock()\n",
        ],
    );
}

#[test]
fn main_goexit_with_nobody_left_prints_only_gos_line() {
    let e = stderr_of("testdata/run/conc/goexit_main.go");
    assert_eq!(
        e,
        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
    );
}
