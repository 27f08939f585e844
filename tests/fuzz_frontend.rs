//! Fuzzing the front end: no input may make the lexer, parser or checker panic or hang.
//!
//! A small mutational fuzzer with a deterministic PRNG (so a failure replays from its
//! seed): inputs are the `testdata/` files mutated at the byte and token level (delete,
//! duplicate, swap and splice ranges; insert Go tokens, odd bytes and unbalanced
//! brackets), plus token soup built from Go's token set. Each input runs through
//! `driver::check_sources`; a Rust panic fails the test with the seed and the input, and
//! a watchdog aborts the process if one input runs for more than 20 s (a hang).
//!
//! `fuzz_smoke` runs a fixed number of inputs on every `cargo test`. `fuzz_long` is
//! `#[ignore]`d and runs for `MINIGO_FUZZ_SECS` seconds (default 600):
//! `MINIGO_FUZZ_SECS=600 cargo test --release --test fuzz_frontend -- --ignored --nocapture`.

use minigo::driver;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TOKENS: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "go",
    "defer",
    "select",
    "case",
    "default",
    "switch",
    "if",
    "else",
    "for",
    "range",
    "return",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ",",
    ";",
    ":",
    ":=",
    "=",
    "+=",
    "<<=",
    "&^",
    "...",
    ".",
    "*",
    "&",
    "|",
    "^",
    "!",
    "~",
    "++",
    "--",
    "==",
    "!=",
    "<",
    ">=",
    "&&",
    "||",
    "x",
    "y",
    "T",
    "int",
    "string",
    "error",
    "any",
    "nil",
    "iota",
    "true",
    "0",
    "1e400",
    "0x_1p-2",
    "07",
    "089",
    "0b102",
    "1i",
    "'a'",
    "'\\u12'",
    "\"\\xff\"",
    "`raw",
    "\"open",
    "/*",
    "*/",
    "//",
    "\n",
    " ",
    "\t",
    "len",
    "make",
    "new",
    "append",
    "cap",
    "close",
    "panic",
    "recover",
    "1<<1000",
    "[...]int{}",
    "x.(type)",
    "@",
    "#",
    "\u{fffd}",
    "é",
    "日本",
];

fn corpus() -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut ps: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        ps.sort();
        for p in ps {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "go") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata"),
        &mut paths,
    );
    let mut files: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    files.push(b"package main\n\nfunc main() {\n\tch := make(chan int, 3)\n\tch <- 1\n\tx := <-ch\n\t_ = x\n}\n".to_vec());
    files
}

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    if rng.below(8) == 0 {
        let mut s = Vec::new();
        if rng.below(2) == 0 {
            s.extend_from_slice(b"package main\n");
        }
        for _ in 0..rng.below(200) {
            s.extend_from_slice(TOKENS[rng.below(TOKENS.len())].as_bytes());
            s.push(if rng.below(4) == 0 { b'\n' } else { b' ' });
        }
        return s;
    }
    let mut s = corpus[rng.below(corpus.len())].clone();
    for _ in 0..1 + rng.below(6) {
        let len = s.len().max(1);
        let a = rng.below(len);
        let b = (a + rng.below(64)).min(s.len());
        match rng.below(6) {
            0 => {
                s.drain(a.min(s.len())..b);
            }
            1 => {
                let piece = s[a.min(s.len())..b].to_vec();
                let at = rng.below(s.len() + 1);
                s.splice(at..at, piece);
            }
            2 => {
                let tok = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                let at = rng.below(s.len() + 1);
                s.splice(at..at, tok);
            }
            3 => {
                if !s.is_empty() {
                    let i = rng.below(s.len());
                    s[i] = (rng.next() & 0xff) as u8;
                }
            }
            4 => {
                let other = &corpus[rng.below(corpus.len())];
                let oa = rng.below(other.len().max(1)).min(other.len());
                let ob = (oa + rng.below(200)).min(other.len());
                let at = rng.below(s.len() + 1);
                s.splice(at..at, other[oa..ob].iter().copied());
            }
            _ => {
                let at = rng.below(s.len() + 1);
                let bracket = [b'{', b'}', b'(', b')', b'[', b']', b'"', b'`', b'\''];
                s.insert(at, bracket[rng.below(bracket.len())]);
            }
        }
    }
    s
}

/// Runs inputs until `stop` says so; returns how many ran and how many of them parsed
/// without a syntax error and so went through the type checker too.
fn fuzz(seed: u64, stop: impl Fn(u64) -> bool) -> (u64, u64) {
    let corpus = corpus();
    let mut rng = Rng(seed | 1);
    let started = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicU64::new(0));
    {
        // The watchdog: an input running for more than 20 s is a hang.
        let (started, done) = (started.clone(), done.clone());
        std::thread::spawn(move || loop {
            let s = started.load(Ordering::Relaxed);
            std::thread::sleep(Duration::from_secs(20));
            if started.load(Ordering::Relaxed) == s && done.load(Ordering::Relaxed) < s {
                eprintln!("fuzz: input {s} (seed {seed:#x}) ran for more than 20 s: a hang");
                std::process::abort();
            }
        });
    }
    let (mut n, mut checked) = (0, 0);
    while !stop(n) {
        let input = mutate(&mut rng, &corpus);
        started.store(n + 1, Ordering::Relaxed);
        let copy = input.clone();
        let res = std::panic::catch_unwind(move || {
            driver::check_sources(vec![("fuzz.go".to_string(), copy)])
        });
        done.store(n + 1, Ordering::Relaxed);
        if let Ok(c) = &res {
            checked += u64::from(c.info.is_some());
        }
        if res.is_err() {
            let path = std::env::temp_dir().join(format!("minigo-fuzz-crash-{n}.go"));
            let _ = std::fs::write(&path, &input);
            panic!(
                "input {n} (seed {seed:#x}) panicked the front end; saved to {}",
                path.display()
            );
        }
        n += 1;
    }
    (n, checked)
}

#[test]
fn fuzz_smoke() {
    let (n, checked) = fuzz(0x5eed, |n| n >= 1500);
    assert_eq!(n, 1500);
    assert!(checked > 0, "no fuzz input reached the type checker");
}

#[test]
#[ignore]
fn fuzz_long() {
    let secs: u64 = std::env::var("MINIGO_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let seed = std::env::var("MINIGO_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0xf00d);
    let t = Instant::now();
    let (n, checked) = fuzz(seed, |_| t.elapsed() >= Duration::from_secs(secs));
    println!(
        "fuzz: {n} inputs ({checked} of them parsed and went through the checker) in {:.0} s \
         without a panic or a hang (seed {seed:#x})",
        t.elapsed().as_secs_f64()
    );
}
