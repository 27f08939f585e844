//! Go's run-time panic texts and the defer/panic/recover machinery, in hand-built
//! bytecode. Expected texts were printed by Go 1.27 (`go run` of the one-line programs
//! quoted in each test).

mod common;
use common::*;
use minigo::vm::program::AssertSite;
use minigo::vm::{FuncBuilder, Instr, ProgramBuilder};

/// `func rec(x int) { record(x) }`
fn add_recorder(pb: &mut ProgramBuilder) -> u32 {
    let nat = pb.native("record", 1, record);
    let mut fb = FuncBuilder::new("main.rec", 1, 0);
    fb.emit(Instr::CallNative { a: 0, f: nat });
    fb.emit(Instr::Ret { a: 0, b: 0 });
    pb.add_func(fb.finish().unwrap())
}

/// `func() { r := recover(); if r == nil { record(-1) } else { record(r.(int)) } }`
fn add_recoverer(pb: &mut ProgramBuilder, int: u32, rec: u32) -> u32 {
    let site = pb.assert_site(AssertSite {
        target: int,
        iface: false,
        methods: vec![],
        src_name: "interface {}".into(),
        target_name: "int".into(),
        ok: false,
    });
    let mut fb = FuncBuilder::new("main.main.func1", 0, 0);
    let r = fb.regs(2);
    let v = fb.reg();
    let is_nil = fb.label();
    fb.emit(Instr::Recover { a: r });
    fb.emit_jump(Instr::JmpIfNot { a: r, j: 0 }, is_nil);
    fb.emit(Instr::TypeAssert {
        a: v,
        b: r,
        c: site,
    });
    fb.emit(Instr::Call { a: v, f: rec });
    fb.emit(Instr::Ret { a: 0, b: 0 });
    fb.bind(is_nil);
    fb.emit(Instr::LoadI { a: v, i: -1 });
    fb.emit(Instr::Call { a: v, f: rec });
    fb.emit(Instr::Ret { a: 0, b: 0 });
    pb.add_func(fb.finish().unwrap())
}

/// Emits `defer f(args...)` for a plain function `f`.
fn emit_defer(pb: &mut ProgramBuilder, fb: &mut FuncBuilder, f: u32, args: &[i32]) {
    let site = pb.closure_site(f, 0, &[]);
    let w = fb.regs(1 + args.len() as u16);
    fb.emit(Instr::MakeClosure {
        a: w,
        b: 0,
        c: site,
    });
    for (k, x) in args.iter().enumerate() {
        fb.emit(Instr::LoadI {
            a: w + 1 + k as u16,
            i: *x,
        });
    }
    fb.emit(Instr::Defer {
        a: w,
        b: args.len() as u16,
    });
}

/// Emits `panic(x)` with an int or a string.
fn emit_panic_int(fb: &mut FuncBuilder, int: u32, x: i32) {
    let (v, p) = (fb.reg(), fb.regs(2));
    fb.emit(Instr::LoadI { a: v, i: x });
    fb.emit(Instr::MakeIface {
        a: p,
        b: v,
        c: int as u16,
    });
    fb.emit(Instr::Panic { a: p });
}

fn emit_panic_str(pb: &mut ProgramBuilder, fb: &mut FuncBuilder, string: u32, s: &str) {
    let k = pb.string(s.as_bytes());
    let (v, p) = (fb.regs(2), fb.regs(2));
    fb.emit(Instr::LoadStr { a: v, k });
    fb.emit(Instr::MakeIface {
        a: p,
        b: v,
        c: string as u16,
    });
    fb.emit(Instr::Panic { a: p });
}

/// A main whose body is `body`; returns the program's stderr at death.
fn dies(body: impl FnOnce(&mut ProgramBuilder, &mut FuncBuilder)) -> String {
    let p = build(|pb| {
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        body(pb, &mut fb);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    run_dies(&p)
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

#[test]
fn index_out_of_range() {
    // a := []int{1,2,3}; i := 5; _ = a[i]
    let text = dies(|pb, fb| {
        let l = pb.layout(minigo::runtime::heap::Layout::scalar("int"));
        let (n, s, i, v) = (fb.regs(2), fb.regs(3), fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: n, i: 3 });
        fb.emit(Instr::LoadI { a: n + 1, i: 3 });
        fb.emit(Instr::MakeSlice { a: s, b: n, c: l });
        fb.emit(Instr::LoadI { a: i, i: 5 });
        fb.emit(Instr::SliceGet {
            a: v,
            b: s,
            c: i,
            w: 1,
        });
    });
    assert!(text.starts_with("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n"), "{text}");
    // a[i] with i := -1  =>  index out of range [-1]
    let text = dies(|pb, fb| {
        let l = pb.layout(minigo::runtime::heap::Layout::scalar("int"));
        let (n, s, i, v) = (fb.regs(2), fb.regs(3), fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: n, i: 1 });
        fb.emit(Instr::LoadI { a: n + 1, i: 1 });
        fb.emit(Instr::MakeSlice { a: s, b: n, c: l });
        fb.emit(Instr::LoadI { a: i, i: -1 });
        fb.emit(Instr::SliceGet {
            a: v,
            b: s,
            c: i,
            w: 1,
        });
    });
    assert_eq!(
        first_line(&text),
        "panic: runtime error: index out of range [-1]"
    );
}

/// `a := make([]int, 2, 4)` then `a[lo:hi]` or `a[lo:hi:max]`.
fn slice_dies(idx: &[i32], three: bool) -> String {
    let idx = idx.to_vec();
    dies(move |pb, fb| {
        let l = pb.layout(minigo::runtime::heap::Layout::scalar("int"));
        let (n, s, ix, out) = (fb.regs(2), fb.regs(3), fb.regs(3), fb.regs(3));
        fb.emit(Instr::LoadI { a: n, i: 2 });
        fb.emit(Instr::LoadI { a: n + 1, i: 4 });
        fb.emit(Instr::MakeSlice { a: s, b: n, c: l });
        for (k, x) in idx.iter().enumerate() {
            fb.emit(Instr::LoadI {
                a: ix + k as u16,
                i: *x,
            });
        }
        if three {
            fb.emit(Instr::SliceSlice3 {
                a: out,
                b: s,
                c: ix,
                w: 1,
            });
        } else {
            fb.emit(Instr::SliceSlice {
                a: out,
                b: s,
                c: ix,
                w: 1,
            });
        }
    })
}

#[test]
fn slice_bounds_out_of_range_forms() {
    // Go 1.27, a := make([]int, 2, 4):
    assert_eq!(
        first_line(&slice_dies(&[0, 7], false)),
        "panic: runtime error: slice bounds out of range [:7] with capacity 4"
    );
    assert_eq!(
        first_line(&slice_dies(&[3, 2], false)),
        "panic: runtime error: slice bounds out of range [3:2]"
    );
    assert_eq!(
        first_line(&slice_dies(&[1, 2, 5], true)),
        "panic: runtime error: slice bounds out of range [::5] with capacity 4"
    );
    assert_eq!(
        first_line(&slice_dies(&[1, 3, 2], true)),
        "panic: runtime error: slice bounds out of range [:3:2]"
    );
    // s := "abc"; s[:7] => [:7] with length 3; s[2:1] => [2:1]
    for (lo, hi, want) in [
        (
            0,
            7,
            "panic: runtime error: slice bounds out of range [:7] with length 3",
        ),
        (
            2,
            1,
            "panic: runtime error: slice bounds out of range [2:1]",
        ),
    ] {
        let text = dies(move |pb, fb| {
            let k = pb.string(b"abc");
            let (s, ix, out) = (fb.regs(2), fb.regs(2), fb.regs(2));
            fb.emit(Instr::LoadStr { a: s, k });
            fb.emit(Instr::LoadI { a: ix, i: lo });
            fb.emit(Instr::LoadI { a: ix + 1, i: hi });
            fb.emit(Instr::SliceStr {
                a: out,
                b: s,
                c: ix,
            });
        });
        assert_eq!(first_line(&text), want);
    }
}

#[test]
fn divide_by_zero_nil_deref_nil_map_and_shift() {
    let text = dies(|_, fb| {
        let (x, z) = (fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: x, i: 1 });
        fb.emit(Instr::LoadI { a: z, i: 0 });
        fb.emit(Instr::DivInt { a: x, b: x, c: z });
    });
    assert_eq!(
        first_line(&text),
        "panic: runtime error: integer divide by zero"
    );
    // var p *int; _ = *p  (Go adds the signal line)
    let text = dies(|_, fb| {
        let (p, v) = (fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: p, i: 0 });
        fb.emit(Instr::Load { a: v, b: p, c: 0 });
    });
    assert!(text.starts_with("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc="), "{text}");
    // var m map[string]int; m["a"] = 1
    let text = dies(|_, fb| {
        let (m, k, v) = (fb.reg(), fb.regs(2), fb.reg());
        fb.emit(Instr::LoadI { a: m, i: 0 });
        fb.emit(Instr::MapSet { a: m, b: k, c: v });
    });
    assert_eq!(first_line(&text), "panic: assignment to entry in nil map");
    let text = dies(|_, fb| {
        let s = fb.reg();
        fb.emit(Instr::LoadI { a: s, i: -1 });
        fb.emit(Instr::CheckShift { a: s });
    });
    assert_eq!(
        first_line(&text),
        "panic: runtime error: negative shift amount"
    );
}

#[test]
fn interface_conversion_and_user_panics() {
    // var x any = "s"; _ = x.(int)
    let text = dies(|pb, fb| {
        let (int, string) = basic_types(pb);
        let site = pb.assert_site(AssertSite {
            target: int,
            iface: false,
            methods: vec![],
            src_name: "interface {}".into(),
            target_name: "int".into(),
            ok: false,
        });
        let k = pb.string(b"s");
        let (s, x, v) = (fb.regs(2), fb.regs(2), fb.reg());
        fb.emit(Instr::LoadStr { a: s, k });
        fb.emit(Instr::MakeIface {
            a: x,
            b: s,
            c: string as u16,
        });
        fb.emit(Instr::TypeAssert {
            a: v,
            b: x,
            c: site,
        });
    });
    assert_eq!(
        first_line(&text),
        "panic: interface conversion: interface {} is string, not int"
    );
    let text = dies(|pb, fb| {
        let (_, string) = basic_types(pb);
        emit_panic_str(pb, fb, string, "boom");
    });
    assert!(
        text.starts_with("panic: boom\n\ngoroutine 1 [running]:\n"),
        "{text}"
    );
    let text = dies(|pb, fb| {
        let (int, _) = basic_types(pb);
        emit_panic_int(fb, int, 42);
    });
    assert_eq!(first_line(&text), "panic: 42");
}

#[test]
fn defers_run_last_first_and_recover_stops_the_panic() {
    // func main() int { defer func(){ record(recover().(int)) }(); defer rec(2); panic(7) }
    let p = build(|pb| {
        let (int, _) = basic_types(pb);
        let rec = add_recorder(pb);
        let recov = add_recoverer(pb, int, rec);
        let mut fb = FuncBuilder::new("main.main", 0, 1);
        emit_defer(pb, &mut fb, recov, &[]);
        emit_defer(pb, &mut fb, rec, &[2]);
        emit_panic_int(&mut fb, int, 7);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    take_log();
    assert_eq!(run(&p, 1), vec![0]);
    assert_eq!(take_log(), vec![2, 7]);
    // Without a panic: defer rec(1); defer rec(2); defer recoverer; return 5
    let p = build(|pb| {
        let (int, _) = basic_types(pb);
        let rec = add_recorder(pb);
        let recov = add_recoverer(pb, int, rec);
        let mut fb = FuncBuilder::new("main.main", 0, 1);
        emit_defer(pb, &mut fb, rec, &[1]);
        emit_defer(pb, &mut fb, rec, &[2]);
        emit_defer(pb, &mut fb, recov, &[]);
        let r = fb.reg();
        fb.emit(Instr::LoadI { a: r, i: 5 });
        fb.emit(Instr::Ret { a: r, b: 1 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 1), vec![5]);
    assert_eq!(take_log(), vec![(-1i64) as u64, 2, 1]);
}

#[test]
fn recover_only_directly_in_the_deferred_call() {
    // defer func() { helper() }() where helper calls recover: nil, the panic goes on.
    let text = dies(|pb, fb| {
        let (int, _) = basic_types(pb);
        let rec = add_recorder(pb);
        let recov = add_recoverer(pb, int, rec);
        let mut w = FuncBuilder::new("main.main.func2", 0, 0);
        let r = w.reg();
        w.emit(Instr::Call { a: r, f: recov });
        w.emit(Instr::Ret { a: 0, b: 0 });
        let wrapper = pb.add_func(w.finish().unwrap());
        emit_defer(pb, fb, wrapper, &[]);
        emit_panic_int(fb, int, 3);
    });
    assert_eq!(first_line(&text), "panic: 3");
    assert_eq!(take_log(), vec![(-1i64) as u64]);
}

#[test]
fn repanics_print_as_go_does() {
    // defer func(){ recover(); panic("second") }(); panic("first")
    let text = dies(|pb, fb| {
        let (_, string) = basic_types(pb);
        let mut d = FuncBuilder::new("main.main.func1", 0, 0);
        let r = d.regs(2);
        d.emit(Instr::Recover { a: r });
        emit_panic_str(pb, &mut d, string, "second");
        d.emit(Instr::Ret { a: 0, b: 0 });
        let df = pb.add_func(d.finish().unwrap());
        emit_defer(pb, fb, df, &[]);
        emit_panic_str(pb, fb, string, "first");
    });
    assert!(
        text.starts_with("panic: first [recovered]\n\tpanic: second\n\ngoroutine 1"),
        "{text}"
    );
    // defer func(){ panic("second") }(); panic("first")
    let text = dies(|pb, fb| {
        let (_, string) = basic_types(pb);
        let mut d = FuncBuilder::new("main.main.func1", 0, 0);
        emit_panic_str(pb, &mut d, string, "second");
        d.emit(Instr::Ret { a: 0, b: 0 });
        let df = pb.add_func(d.finish().unwrap());
        emit_defer(pb, fb, df, &[]);
        emit_panic_str(pb, fb, string, "first");
    });
    assert!(
        text.starts_with("panic: first\n\tpanic: second\n\ngoroutine 1"),
        "{text}"
    );
    // defer func(){ r := recover(); panic(r) }(); panic("first")
    let text = dies(|pb, fb| {
        let (_, string) = basic_types(pb);
        let mut d = FuncBuilder::new("main.main.func1", 0, 0);
        let r = d.regs(2);
        d.emit(Instr::Recover { a: r });
        d.emit(Instr::Panic { a: r });
        d.emit(Instr::Ret { a: 0, b: 0 });
        let df = pb.add_func(d.finish().unwrap());
        emit_defer(pb, fb, df, &[]);
        emit_panic_str(pb, fb, string, "first");
    });
    assert!(
        text.starts_with("panic: first [recovered, repanicked]\n\ngoroutine 1"),
        "{text}"
    );
}

#[test]
fn a_later_panic_recovered_drops_the_aborted_one() {
    // defer func(){ record(recover().(int)) }(); defer func(){ panic(2) }(); panic(1)
    // Go prints the second value and exits 0.
    let p = build(|pb| {
        let (int, _) = basic_types(pb);
        let rec = add_recorder(pb);
        let recov = add_recoverer(pb, int, rec);
        let mut d = FuncBuilder::new("main.main.func2", 0, 0);
        emit_panic_int(&mut d, int, 2);
        d.emit(Instr::Ret { a: 0, b: 0 });
        let df = pb.add_func(d.finish().unwrap());
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        emit_defer(pb, &mut fb, recov, &[]);
        emit_defer(pb, &mut fb, df, &[]);
        emit_panic_int(&mut fb, int, 1);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    take_log();
    run(&p, 0);
    assert_eq!(take_log(), vec![2]);
}

#[test]
fn recovered_runtime_error_is_an_error_value() {
    // defer func(){ r := recover(); record(r != nil) }(); _ = 1/0 (with a variable)
    let p = build(|pb| {
        let rec = add_recorder(pb);
        let mut d = FuncBuilder::new("main.main.func1", 0, 0);
        let (r, v) = (d.regs(2), d.reg());
        d.emit(Instr::Recover { a: r });
        d.emit(Instr::Move { a: v, b: r });
        d.emit(Instr::Call { a: v, f: rec });
        d.emit(Instr::Ret { a: 0, b: 0 });
        let df = pb.add_func(d.finish().unwrap());
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        emit_defer(pb, &mut fb, df, &[]);
        let (x, z) = (fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: x, i: 1 });
        fb.emit(Instr::LoadI { a: z, i: 0 });
        fb.emit(Instr::DivInt { a: x, b: x, c: z });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    take_log();
    run(&p, 0);
    assert_eq!(take_log(), vec![minigo::vm::RUNTIME_ERROR_TID as u64]);
}

#[test]
fn panic_values_print_as_go_prints_them() {
    use minigo::runtime::types::{EqKind, RtKind, RtType, TypeTable};
    use minigo::vm::panic::{panic_value_text, GoPanic};
    let heap = minigo::runtime::heap::Heap::new();
    let mut tt = TypeTable::default();
    let mut add = |name: &str, kind: RtKind, named: bool| {
        tt.add(RtType {
            name: name.into(),
            kind,
            named,
            width: 1,
            layout: minigo::runtime::heap::Layout::scalar(name.to_string()),
            direct: false,
            eq: Some(vec![EqKind::Bits]),
            methods: vec![],
        })
    };
    let (f64t, f32t, u8t, bt, myint) = (
        add("float64", RtKind::Float, false),
        add("float32", RtKind::Float32, false),
        add("uint8", RtKind::Uint, false),
        add("bool", RtKind::Bool, false),
        add("main.MyInt", RtKind::Int, true),
    );
    let text = |tid: u32, w: u64| {
        let b = heap.alloc_words(tt.get(tid as u64).unwrap().layout, 1);
        b.set(0, w);
        panic_value_text(
            &GoPanic::Value {
                tid: tid as u64,
                data: b.word(),
            },
            &tt,
        )
    };
    // Go 1.27: panic(1e21), panic(1e20), panic(float32(0.1)), panic(1e-7), panic(123456789.0),
    // panic(3.5), panic(uint8(200)), panic(true), panic(MyInt(3))
    assert_eq!(text(f64t, 1e21f64.to_bits()), "1e+21");
    assert_eq!(text(f64t, 1e20f64.to_bits()), "1e+20");
    assert_eq!(text(f32t, (0.1f32 as f64).to_bits()), "0.1");
    assert_eq!(text(f64t, 1e-7f64.to_bits()), "1e-07");
    assert_eq!(text(f64t, 123456789.0f64.to_bits()), "1.23456789e+08");
    assert_eq!(text(f64t, 3.5f64.to_bits()), "3.5");
    assert_eq!(text(u8t, 200), "200");
    assert_eq!(text(bt, 1), "true");
    assert_eq!(text(myint, 3), "main.MyInt(3)");
}

#[test]
fn panic_nil_and_repanicked_runtime_errors() {
    // panic(nil) => panic: runtime error: panic called with nil argument
    let text = dies(|_, fb| {
        let p = fb.regs(2);
        fb.emit(Instr::Zero { a: p, b: 2 });
        fb.emit(Instr::Panic { a: p });
    });
    assert_eq!(
        first_line(&text),
        "panic: runtime error: panic called with nil argument"
    );
    // defer func(){ panic(recover()) }(); var p *int; _ = *p
    let text = dies(|pb, fb| {
        let mut d = FuncBuilder::new("main.main.func1", 0, 0);
        let r = d.regs(2);
        d.emit(Instr::Recover { a: r });
        d.emit(Instr::Panic { a: r });
        d.emit(Instr::Ret { a: 0, b: 0 });
        let df = pb.add_func(d.finish().unwrap());
        emit_defer(pb, fb, df, &[]);
        let (p, v) = (fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: p, i: 0 });
        fb.emit(Instr::Load { a: v, b: p, c: 0 });
    });
    assert_eq!(
        first_line(&text),
        "panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]"
    );
}
