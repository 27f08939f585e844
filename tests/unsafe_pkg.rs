//! Package `unsafe` where the VM cannot follow Go: each conversion or function that
//! would reinterpret storage the VM lays out differently (or make a pointer from an
//! integer) is refused before the program runs, as `minigo: unsupported: ...` at its
//! position with exit 1; and the allowed conversions stay right under GC stress.

use std::path::{Path, PathBuf};
use std::process::Command;

fn temp_go(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minigo-unsafe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p
}

fn run(p: &Path, stress: bool) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_minigo"));
    c.arg("run").arg(p);
    if stress {
        c.env("MINIGO_GCSTRESS", "1");
    }
    c.output().unwrap()
}

/// Runs `body` (statements of `main`, after `decls`) and expects exactly one
/// unsupported diagnostic, `what`, at line 10 (the body's first line), column `col`.
fn refused(decls: &str, body: &str, col: u32, what: &str) {
    refused_at(decls, body, 10, col, what)
}

/// `refused` at another line (8 is `decls`).
fn refused_at(decls: &str, body: &str, line: u32, col: u32, what: &str) {
    let src = format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n)\n\n{decls:<0}\nfunc main() {{\n{body}\n\tfmt.Println(\"ran\")\n}}\n"
    );
    // `decls` is one line, so the body starts on line 10.
    assert_eq!(decls.lines().count(), 1, "{decls}");
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let k = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let p = temp_go(&format!("refused{k}.go"), &src);
    let out = run(&p, false);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{src}\n{stderr}");
    assert!(out.stdout.is_empty(), "{src}: ran: {:?}", out.stdout);
    assert_eq!(
        stderr,
        format!(
            "{}:{line}:{col}: minigo: unsupported: {what}\n",
            p.display()
        ),
        "{src}"
    );
}

#[test]
fn pointer_arithmetic_is_refused() {
    // The book's 13.2 example: pb := &x.b, computed.
    refused(
        "var x struct{ a bool; b int16; c []int }",
        "\tpb := (*int16)(unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + unsafe.Offsetof(x.b)))\n\t*pb = 42",
        17,
        "conversion of uintptr to unsafe.Pointer (pointer arithmetic)",
    );
    refused(
        "var p *int",
        "\tq := unsafe.Pointer(uintptr(0x1234)); _ = q",
        7,
        "conversion of uintptr to unsafe.Pointer (pointer arithmetic)",
    );
    refused(
        "var n = 1",
        "\tq := unsafe.Add(unsafe.Pointer(&n), 8); _ = q",
        7,
        "unsafe.Add",
    );
}

#[test]
fn functions_viewing_bytes_are_refused() {
    refused(
        "var s = \"hi\"",
        "\t_ = unsafe.StringData(s)",
        6,
        "unsafe.StringData",
    );
    refused(
        "var b = []byte(\"hi\")",
        "\t_ = unsafe.SliceData(b)",
        6,
        "unsafe.SliceData",
    );
    refused(
        "var b = []byte(\"hi\")",
        "\t_ = unsafe.String(&b[0], 2)",
        6,
        "unsafe.String",
    );
    refused("var n = 1", "\t_ = unsafe.Slice(&n, 1)", 6, "unsafe.Slice");
}

#[test]
fn reinterpretations_of_different_layouts_are_refused() {
    let cases = [
        // float32 is a rounded float64 word in the VM, not 4 bytes.
        (
            "var f float32",
            "*(*uint32)(unsafe.Pointer(&f))",
            "float32",
            "uint32",
        ),
        // Narrow integers: int8 words are sign-extended, uint8 words are not.
        (
            "var i int8",
            "*(*uint8)(unsafe.Pointer(&i))",
            "int8",
            "uint8",
        ),
        // Go's bytes are not the VM's words.
        (
            "var u uint64",
            "*(*[8]byte)(unsafe.Pointer(&u))",
            "uint64",
            "[8]byte",
        ),
        (
            "var u uint32",
            "*(*[2]uint16)(unsafe.Pointer(&u))",
            "uint32",
            "[2]uint16",
        ),
        // A pointer word read as an integer, and an integer as a pointer.
        (
            "var p *int",
            "*(*uintptr)(unsafe.Pointer(&p))",
            "*int",
            "uintptr",
        ),
        (
            "var u uintptr",
            "*(**int)(unsafe.Pointer(&u))",
            "uintptr",
            "*int",
        ),
        // Pointers to different types, strings as structs, interfaces.
        (
            "var p *int",
            "*(**string)(unsafe.Pointer(&p))",
            "*int",
            "*string",
        ),
        (
            "var s string",
            "*(*struct{ p unsafe.Pointer; n int })(unsafe.Pointer(&s))",
            "string",
            "struct{p unsafe.Pointer; n int}",
        ),
        ("var e any", "*(*error)(unsafe.Pointer(&e))", "any", "error"),
        // Larger than the original.
        (
            "var a [2]int",
            "*(*[3]int)(unsafe.Pointer(&a))",
            "[2]int",
            "[3]int",
        ),
    ];
    for (decl, expr, from, to) in cases {
        refused(
            decl,
            &format!("\t_ = {expr}"),
            7,
            &format!(
                "conversion of unsafe.Pointer(*{from}) to *{to} (minigo stores {from} and {to} differently)"
            ),
        );
    }
}

#[test]
fn pointers_of_unknown_origin_are_refused() {
    refused(
        "var f float64",
        "\tp := unsafe.Pointer(&f); q := (*uint64)(p); _ = q",
        32,
        "conversion of unsafe.Pointer to *uint64 (only unsafe.Pointer(p) of a pointer p converts to another pointer type, in one expression)",
    );
    // A call taking an integer is not a conversion from one.
    refused(
        "func at(i int) unsafe.Pointer { return nil }",
        "\t_ = (*int)(at(5))",
        6,
        "conversion of unsafe.Pointer to *int (only unsafe.Pointer(p) of a pointer p converts to another pointer type, in one expression)",
    );
    refused(
        "func get() unsafe.Pointer { return nil }",
        "\t_ = (*int)(get())",
        6,
        "conversion of unsafe.Pointer to *int (only unsafe.Pointer(p) of a pointer p converts to another pointer type, in one expression)",
    );
    // Generic code: only identical types, whatever the instances.
    refused_at(
        "func conv[T, U any](p *T) *U { return (*U)(unsafe.Pointer(p)) }",
        "\t_ = conv[int, uint]",
        8,
        39,
        "conversion of unsafe.Pointer(*T) to *U (minigo stores T and U differently)",
    );
}

#[test]
fn the_corpus_program_survives_gc_stress() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run/seq");
    for name in ["unsafe_pointer", "unsafe_sizes"] {
        let out = run(&root.join(format!("{name}.go")), true);
        let want = std::fs::read_to_string(root.join(format!("{name}.out"))).unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}: {:?}", out.stderr);
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{name}");
    }
}
