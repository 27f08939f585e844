//! The standard library's declarations, as Go source embedded in the binary (DESIGN.md,
//! "The standard library"): `go/<importpath>/*.go`, one package per directory. The
//! checker parses and checks them like user code when a program imports them.
//!
//! # Conventions
//! - A function or method **without a body is native**: the VM implements it in Rust,
//!   keyed by its package path and name (`strings.Index`, `sync.(*Mutex).Lock`). Each
//!   native's doc comment states its contract, including Go's exact panic and error texts.
//!   Everything else is ordinary Go, written for minigo from the package documentation
//!   (never copied from Go's sources), and runs in the VM.
//! - Plain Go 1.22 (generics included since `slices`, `maps`, `cmp`), without cgo or
//!   `unsafe` (which programs may import: the checker provides it, `types::unsafe_pkg`,
//!   but no package here uses it). Packages import each other as in
//!   Go (`strings` imports `unicode/utf8`, `io`, `errors`); the checker resolves such
//!   imports here.
//! - Every package was type-checked with real Go (each directory copied into a scratch
//!   module and built with an empty `.s` file, which lets gc accept bodiless functions).
//!   The Go-written parts were then run by real Go against the real packages on the same
//!   inputs (natives stubbed with the real implementations): `fmt` (about 100 verbs and
//!   flag combinations on 80 values, scanning), `strings`, `bytes`, `strconv`, `sort`,
//!   `unicode`, `unicode/utf8`, `time` (Duration, Format, Parse, calendar), `bufio`,
//!   `flag`, `path`, `path/filepath`, `context`, `math`, `net` (addresses, errors): no
//!   differences. All 80 `testdata/run` programs also print their expected output under
//!   real Go with our `fmt`, `sort`, `strings`, `strconv`, `errors`, `unicode`, `bytes`,
//!   `bufio`, `path`, `flag` and `context` swapped in. `every_package_checks_cleanly`
//!   below checks them all with our own checker.
//!
//! # Not yet declared
//! `fmt.Scanner`/`ScanState`, `flag.TextVar`,
//! `net.Pipe`, UDP and Unix sockets, `os/signal`, `os/exec`, `reflect`, `encoding/*`,
//! `net/http`, `regexp`,
//! `text/template`, `math/big`, `strings.Builder`'s copy check, and
//! `unicode` script tables beyond the common scripts (see `unicode/scripts.go`).
//!
//! # Known differences from Go
//! Named types behind pointers cannot be scanned by `fmt.Sscan` ("can't scan type").
//! `runtime.Version()` is `"go1.27"`, the language version minigo implements (Go says
//! its toolchain release, `go1.27.3`). minigo's goroutines have no runtime frames
//! (`runtime.main`, `runtime.goexit`, `runtime.gopanic`): `runtime.Caller` reports
//! `ok == false` for them, and `runtime.Callers`, whose pcs reach them in Go, is
//! `minigo: unsupported`. `runtime.Stack` prints no `+0x...` pc offsets (as our panic
//! traces). `runtime.SetFinalizer` is not implemented.

/// One package: its import path and its files (file name, source text).
type Package = (&'static str, &'static [(&'static str, &'static str)]);

macro_rules! packages {
    ($($path:literal => [$($file:literal),* $(,)?]),* $(,)?) => {
        static PACKAGES: &[Package] = &[
            $(($path, &[$(($file, include_str!(concat!("go/", $path, "/", $file)))),*])),*
        ];
        static PATHS: &[&str] = &[$($path),*];
    };
}

packages! {
    "bufio" => ["bufio.go", "scan.go"],
    "bytes" => ["bytes.go", "buffer.go", "iter.go"],
    "cmp" => ["cmp.go"],
    "context" => ["context.go"],
    "errors" => ["errors.go"],
    "flag" => ["flag.go", "values.go"],
    "fmt" => ["print.go", "printf.go", "format.go", "scan.go", "scanio.go", "natives.go"],
    "io" => ["io.go", "pipe.go", "section.go"],
    "io/fs" => ["fs.go"],
    "io/ioutil" => ["ioutil.go"],
    "iter" => ["iter.go"],
    "log" => ["log.go"],
    "maps" => ["maps.go", "iter.go"],
    "math" => [
        "acosh.go", "asin.go", "asinh.go", "atan.go", "atan2.go", "atanh.go", "bits.go", "cbrt.go", "const.go", "erf.go", "erfinv.go", "exp.go", "exp2_noasm.go", "exp_asm.go", "expm1.go", "frexp.go", "funcs.go", "gamma.go", "hypot.go", "hypot_asm.go", "j0.go", "j1.go", "jn.go", "ldexp.go", "lgamma.go", "log.go", "log10.go", "log1p.go", "log_asm.go", "logb.go", "mod.go", "modf.go", "nextafter.go", "pow.go", "pow10.go", "remainder.go", "sin.go", "sincos.go", "sinh.go", "stubs.go", "tan.go", "tanh.go", "trig_reduce.go"
    ],
    "math/bits" => ["bits.go", "bits_errors.go", "bits_tables.go"],
    "math/rand" => ["rand.go", "rng.go", "exp.go", "normal.go", "zipf.go"],
    "net" => ["net.go", "ip.go", "sys.go"],
    "os" => ["os.go", "file.go", "sys.go"],
    "path" => ["path.go"],
    "path/filepath" => ["filepath.go"],
    "runtime" => ["runtime.go"],
    "slices" => ["slices.go", "sort.go", "zsortordered.go", "zsortanyfunc.go", "iter.go"],
    "sort" => [
        "sort.go",
        "search.go",
        "slice.go",
        "zsortinterface.go",
        "zsortfunc.go",
    ],
    "strconv" => ["atoi.go", "itoa.go", "quote.go"],
    "strings" => ["strings.go", "builder.go", "iter.go"],
    "sync" => ["mutex.go", "once.go", "cond.go", "map.go"],
    "sync/atomic" => ["atomic.go", "types.go"],
    "testing" => ["testing.go", "match.go", "example.go", "benchmark.go"],
    "time" => ["time.go", "duration.go", "format.go", "parse.go", "sleep.go"],
    "unicode" => ["unicode.go", "categories.go", "scripts.go"],
    "unicode/utf8" => ["utf8.go"],
}

/// The import paths of every embedded package, sorted.
pub fn packages() -> &'static [&'static str] {
    PATHS
}

/// The files of the package with import path `path`: (file name, Go source).
pub fn package_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, files)| *files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Every `.go` file under `src/stdlib/go` is embedded, and nothing else is listed.
    #[test]
    fn every_file_is_embedded() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/stdlib/go");
        let mut on_disk = Vec::new();
        collect(&root, &root, &mut on_disk);
        on_disk.sort();
        let mut listed: Vec<String> = PACKAGES
            .iter()
            .flat_map(|(p, files)| files.iter().map(move |(f, _)| format!("{p}/{f}")))
            .collect();
        listed.sort();
        assert_eq!(listed, on_disk);
    }

    fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read stdlib dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                collect(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "go") {
                let rel = path.strip_prefix(root).expect("under root");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }

    /// Our own front end parses and checks every package without a diagnostic.
    #[test]
    fn every_package_checks_cleanly() {
        let mut src = String::from("package main\n\nimport (\n");
        for path in packages() {
            src.push_str(&format!("\t_ \"{path}\"\n"));
        }
        src.push_str(")\n\nfunc main() {}\n");
        let checked =
            crate::driver::check_sources_mode(vec![("all.go".into(), src.into_bytes())], false);
        let msgs: Vec<String> = checked.diags.iter().map(|d| format!("{d:?}")).collect();
        assert!(msgs.is_empty(), "{msgs:#?}");
    }

    /// Each file's package clause names the last element of its import path.
    #[test]
    fn package_clauses_match_paths() {
        let mut sorted = PATHS.to_vec();
        sorted.sort();
        assert_eq!(sorted, PATHS, "keep the table sorted");
        for (path, files) in PACKAGES {
            let name = path.rsplit('/').next().unwrap_or(path);
            for (file, src) in *files {
                let clause = src
                    .lines()
                    .find(|l| l.starts_with("package "))
                    .unwrap_or_else(|| panic!("{path}/{file}: no package clause"));
                assert_eq!(clause, format!("package {name}"), "{path}/{file}");
            }
        }
        assert!(package_files("strings").is_some());
        assert!(package_files("nosuch").is_none());
    }
}
pub mod index;
pub mod native;
