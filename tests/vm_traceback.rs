//! The shape of an unrecovered panic's report on stderr, beyond the first line the
//! conformance corpus checks: `goroutine N [running]:`, one `name(...)` line and one
//! tab-indented absolute `file:line` per frame, innermost first, ending with `main.main()`
//! (Go hides the runtime's own frames), the runtime's `panic(...)` frame under a deferred
//! call that a panic runs, and `created by main.main in goroutine 1` for a goroutine
//! started with `go`. Compared with what Go 1.27 prints for the same programs (minus
//! Go's argument words and `+0x` offsets, which minigo does not have).

use std::path::PathBuf;
use std::process::Command;

fn run(name: &str, src: &str) -> (String, PathBuf) {
    let dir = std::env::temp_dir().join(format!("minigo-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "exit code of {name}");
    let path = std::path::absolute(&p).unwrap();
    (String::from_utf8_lossy(&out.stderr).into_owned(), path)
}

#[test]
fn nested_calls_end_with_main_main() {
    // go run prints (Go 1.27):
    //   panic: boom
    //
    //   goroutine 1 [running]:
    //   main.T.M(...)
    //   	/tmp/t2.go:7
    //   main.T.M({}, 0x17564933cea8?)
    //   	/tmp/t2.go:9 +0x3e
    //   main.T.M(...)
    //   	/tmp/t2.go:9
    //   main.main()
    //   	/tmp/t2.go:16 +0x36
    let src = "package main\n\ntype T struct{}\n\nfunc (T) M(x int) int {\n\tif x == 0 {\n\t\tpanic(\"boom\")\n\t}\n\treturn T{}.M(x - 1)\n}\n\nfunc main() {\n\tdefer func() {\n\t\tprintln(\"deferred\")\n\t}()\n\tT{}.M(2)\n}\n";
    let (err, p) = run("nested.go", src);
    let p = p.display();
    let want = format!(
        "deferred\npanic: boom\n\ngoroutine 1 [running]:\nmain.T.M(...)\n\t{p}:7\nmain.T.M(...)\n\t{p}:9\nmain.T.M(...)\n\t{p}:9\nmain.main()\n\t{p}:16\n"
    );
    assert_eq!(err, want);
}

#[test]
fn panic_in_a_deferred_call_shows_the_panic_frame() {
    // Go 1.27:
    //   panic: first [recovered]
    //   	panic: second
    //
    //   goroutine 1 [running]:
    //   main.main.func1()
    //   	/tmp/p.go:7 +0x8f
    //   panic({0x55ab78?, 0x4a3930?})
    //   	.../src/runtime/panic.go:859 +0x125
    //   main.main()
    //   	/tmp/p.go:9 +0x3e
    let src = "package main\n\nfunc main() {\n\tdefer func() {\n\t\tr := recover()\n\t\t_ = r\n\t\tpanic(\"second\")\n\t}()\n\tpanic(\"first\")\n}\n";
    let (err, p) = run("deferred.go", src);
    let p = p.display();
    let want = format!(
        "panic: first [recovered]\n\tpanic: second\n\ngoroutine 1 [running]:\nmain.main.func1()\n\t{p}:7\npanic({{...}})\n\t$GOROOT/src/runtime/panic.go\nmain.main()\n\t{p}:9\n"
    );
    assert_eq!(err, want);
}

#[test]
fn goroutine_panic_names_its_creator() {
    // Go 1.27:
    //   panic: runtime error: index out of range [5] with length 0
    //
    //   goroutine 18 [running]:
    //   main.worker(...)
    //   	/tmp/t1.go:7
    //   created by main.main in goroutine 1
    //   	/tmp/t1.go:11 +0x1a
    let src = "package main\n\nimport \"time\"\n\nfunc worker(n int) {\n\tvar a []int\n\t_ = a[n]\n}\n\nfunc main() {\n\tgo worker(5)\n\ttime.Sleep(time.Second)\n}\n";
    let (err, p) = run("goroutine.go", src);
    let p = p.display();
    let mut lines = err.lines();
    assert_eq!(
        lines.next(),
        Some("panic: runtime error: index out of range [5] with length 0")
    );
    assert_eq!(lines.next(), Some(""));
    let g = lines.next().unwrap_or_default();
    assert!(
        g.starts_with("goroutine ") && g.ends_with(" [running]:") && g != "goroutine 1 [running]:",
        "{g}"
    );
    let rest: Vec<&str> = lines.collect();
    let want_rest = [
        "main.worker(...)".to_string(),
        format!("\t{p}:7"),
        "created by main.main in goroutine 1".to_string(),
        format!("\t{p}:11"),
    ];
    assert_eq!(rest, want_rest);
}
