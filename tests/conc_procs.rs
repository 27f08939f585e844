//! The concurrency programs of `testdata/run/conc` at GOMAXPROCS=1 and GOMAXPROCS=2:
//! each one not listed in `tests/known_failures.txt` must print its `X.out` and exit as
//! `X.exit` says (code, then the first line of stderr) with either number of workers,
//! whatever the machine's CPU count (the conformance harness uses the default).

mod procs;

/// Issue #4 asks for at least 60 concurrency programs: 60 at two worker counts.
#[test]
fn conc_programs_at_gomaxprocs_1_and_2() {
    procs::run_dir("testdata/run/conc", &["1", "2"], 120);
}
