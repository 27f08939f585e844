//! Bodiless standard-library functions: one without a Rust native is refused when the
//! program is compiled (`minigo: unsupported: native function X` at the reference, exit 1),
//! even on a path the program never takes; `runtime.ReadMemStats` is one that has a native.

use std::path::PathBuf;
use std::process::Command;

fn temp_go(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minigo-natives-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p
}

fn run(p: &PathBuf, stress: bool) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_minigo"));
    c.arg("run").arg(p);
    if stress {
        c.env("MINIGO_GCSTRESS", "1");
    }
    c.output().unwrap()
}

#[test]
fn a_missing_native_is_a_compile_error_at_its_reference() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tfmt.Println(\"start\")\n\tif len(fmt.Sprint()) > 100 {\n\t\tfmt.Println(runtime.Callers(0, nil))\n\t}\n}\n";
    let p = temp_go("callers.go", src);
    let out = run(&p, false);
    assert_eq!(out.status.code(), Some(1));
    // Nothing ran: the program was refused before it started.
    assert!(out.stdout.is_empty(), "{:?}", out.stdout);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "{}:11:15: minigo: unsupported: native function runtime.Callers\n",
            p.display()
        )
    );

    // As a func value too.
    let src =
        "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tf := runtime.SetFinalizer\n\t_ = f\n}\n";
    let p = temp_go("finalizer.go", src);
    let out = run(&p, false);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "{}:6:7: minigo: unsupported: native function runtime.SetFinalizer\n",
            p.display()
        )
    );
}

#[test]
fn read_mem_stats_reports_the_heap_and_collections() {
    let src = r#"package main

import (
	"fmt"
	"runtime"
)

type node struct{ next *node }

func main() {
	var l *node
	for i := 0; i < 100000; i++ {
		l = &node{l}
		if i%1000 == 0 {
			l = nil
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.HeapAlloc > 0, m.HeapAlloc < 1<<30, m.TotalAlloc >= m.HeapAlloc, m.EnableGC, m.HeapObjects > 0)
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.NumGC > m.NumGC, m2.NumGC >= 1)
}
"#;
    let p = temp_go("memstats.go", src);
    for stress in [false, true] {
        let out = run(&p, stress);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "true true true true true\ntrue true\n",
            "stress={stress} stderr={}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
