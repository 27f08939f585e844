//! The network programs of `testdata/run/net` at GOMAXPROCS=1 and GOMAXPROCS=2: each
//! one not listed in `tests/known_failures.txt` must print its `X.out` (made by real Go)
//! and exit 0 with either number of workers; the conformance harness runs them at the
//! default. Each runs client and server in one process over 127.0.0.1.

mod procs;

#[test]
fn net_programs_at_gomaxprocs_1_and_2() {
    procs::run_dir("testdata/run/net", &["1", "2"], 10);
}
