//! Memory stays bounded when a program builds and drops cyclic structures (doubly linked
//! rings and graphs whose vertices point back at their graph) in a loop: the collector
//! frees cycles, and the heap target keeps the peak RSS (the child's own `VmHWM`, which
//! `tests/gc/cyclic_rss.go` reads from /proc/self/status) under 100 MB.
//! A 30 s run measured 2026-11-26 (release build): see README / the closing note.

use std::process::Command;

#[test]
fn cyclic_garbage_keeps_rss_under_100_mb() {
    if !std::path::Path::new("/proc/self/status").exists() {
        return; // VmHWM is Linux's
    }
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "tests/gc/cyclic_rss.go", "3"])
        .output()
        .expect("run minigo");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit {:?}: {text}{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let mb: u64 = text
        .split_whitespace()
        .skip_while(|w| *w != "VmHWM_MB")
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no VmHWM in {text:?}"));
    assert!(text.starts_with("rounds true sum true"), "{text}");
    assert!(mb < 100, "peak RSS {mb} MB");
}
