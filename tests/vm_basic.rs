//! Calls, loops, deep recursion, the stack limit and Go's numeric semantics, in hand-built
//! bytecode. Expected numbers were printed by Go 1.27 (see the comments).

mod common;
use common::*;
use minigo::vm::{Exit, FuncBuilder, Instr, ProgramBuilder, Vm};

/// `func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }`
pub fn add_fib(pb: &mut ProgramBuilder) -> u32 {
    let fib = pb.declare_func("main.fib");
    let mut fb = FuncBuilder::new("main.fib", 1, 1);
    let (t1, t2) = (fb.reg(), fb.reg());
    let rec = fb.label();
    fb.emit_jump(Instr::JmpGeIntI { a: 0, i: 2, j: 0 }, rec);
    fb.emit(Instr::Ret { a: 0, b: 1 });
    fb.bind(rec);
    fb.emit(Instr::AddIntI { a: t1, b: 0, i: -1 });
    fb.emit(Instr::Call { a: t1, f: fib });
    fb.emit(Instr::AddIntI { a: t2, b: 0, i: -2 });
    fb.emit(Instr::Call { a: t2, f: fib });
    fb.emit(Instr::AddInt { a: 0, b: t1, c: t2 });
    fb.emit(Instr::Ret { a: 0, b: 1 });
    pb.define_func(fib, fb.finish().unwrap());
    fib
}

#[test]
fn fib_25() {
    let p = build(add_fib);
    let vm = Vm::new(p.clone());
    assert_eq!(call(&vm, 0, &[25], 1).unwrap(), vec![75025]);
    assert_eq!(call(&vm, 0, &[1], 1).unwrap(), vec![1]);
}

#[test]
fn nested_loops() {
    // s := 0; for i := 0; i < 300; i++ { for j := 0; j < 200; j++ { s += i*j % 7 } }
    let p = build(|pb| {
        let mut fb = FuncBuilder::new("main.loops", 0, 1);
        let (s, i, j, n, m, t, seven) = (
            0,
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.reg(),
        );
        fb.emit(Instr::LoadI { a: s, i: 0 });
        fb.emit(Instr::LoadI { a: n, i: 300 });
        fb.emit(Instr::LoadI { a: m, i: 200 });
        fb.emit(Instr::LoadI { a: seven, i: 7 });
        fb.emit(Instr::LoadI { a: i, i: 0 });
        let (outer, outer_end, inner, inner_end) = (fb.label(), fb.label(), fb.label(), fb.label());
        fb.bind(outer);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: n, j: 0 }, outer_end);
        fb.emit(Instr::LoadI { a: j, i: 0 });
        fb.bind(inner);
        fb.emit_jump(Instr::JmpGeInt { a: j, b: m, j: 0 }, inner_end);
        fb.emit(Instr::MulInt { a: t, b: i, c: j });
        fb.emit(Instr::RemInt {
            a: t,
            b: t,
            c: seven,
        });
        fb.emit(Instr::AddInt { a: s, b: s, c: t });
        fb.emit(Instr::AddIntI { a: j, b: j, i: 1 });
        fb.jmp(inner);
        fb.bind(inner_end);
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(outer);
        fb.bind(outer_end);
        fb.emit(Instr::Ret { a: s, b: 1 });
        pb.add_func(fb.finish().unwrap())
    });
    let mut want = 0i64;
    for i in 0..300i64 {
        for j in 0..200i64 {
            want += i * j % 7;
        }
    }
    assert_eq!(run(&p, 1), vec![want as u64]);
}

/// `func down(n int) int { if n == 0 { return 0 }; return down(n-1) + 1 }`
fn add_down(pb: &mut ProgramBuilder) -> u32 {
    let down = pb.declare_func("main.down");
    let mut fb = FuncBuilder::new("main.down", 1, 1);
    let (zero, t) = (fb.reg(), fb.reg());
    let rec = fb.label();
    fb.emit(Instr::LoadI { a: zero, i: 0 });
    fb.emit_jump(
        Instr::JmpNeInt {
            a: 0,
            b: zero,
            j: 0,
        },
        rec,
    );
    fb.emit(Instr::Ret { a: 0, b: 1 });
    fb.bind(rec);
    fb.emit(Instr::AddIntI { a: t, b: 0, i: -1 });
    fb.emit(Instr::Call { a: t, f: down });
    fb.emit(Instr::AddIntI { a: t, b: t, i: 1 });
    fb.emit(Instr::Ret { a: t, b: 1 });
    pb.define_func(down, fb.finish().unwrap());
    down
}

#[test]
fn recursion_one_million_deep() {
    let p = build(add_down);
    let vm = Vm::new(p.clone());
    assert_eq!(call(&vm, 0, &[1_000_000], 1).unwrap(), vec![1_000_000]);
}

#[test]
fn stack_overflow_is_gos_fatal_error() {
    assert_eq!(minigo::vm::VmConfig::default().max_stack, 1_000_000_000);
    let p = build(add_down);
    let mut vm = Vm::new(p.clone());
    vm.config.max_stack = 8_000_000;
    // A negative argument never reaches 0.
    let e = call(&vm, 0, &[-1i64 as u64], 1).unwrap_err();
    let Exit::Fatal(text) = e else {
        panic!("want a fatal error, got {e:?}")
    };
    assert!(
        text.starts_with(
            "runtime: goroutine stack exceeds 8000000-byte limit\nfatal error: stack overflow\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("goroutine 1 [running]:\nmain.down(...)"),
        "{text}"
    );
    // Go's accounting: a frame of `down` counts 8 bytes per register plus 32.
    let depth = 8_000_000 / p.funcs[0].frame_bytes();
    assert!((100_000..200_000).contains(&depth));
}

/// A function computing `R[2] := op(R[0], R[1])`, then the given post-instructions.
fn binop(make: impl Fn(u16, u16, u16) -> Instr, post: &[Instr]) -> (Vm, u32) {
    let post = post.to_vec();
    let p = build(|pb| {
        let mut fb = FuncBuilder::new("main.op", 2, 1);
        let r = fb.reg();
        fb.emit(make(r, 0, 1));
        for i in &post {
            fb.emit(*i);
        }
        fb.emit(Instr::Ret { a: r, b: 1 });
        pb.add_func(fb.finish().unwrap())
    });
    (Vm::new(p), 0)
}

fn eval(make: impl Fn(u16, u16, u16) -> Instr, post: &[Instr], x: u64, y: u64) -> u64 {
    let (vm, f) = binop(make, post);
    call(&vm, f, &[x, y], 1).unwrap()[0]
}

fn i(x: i64) -> u64 {
    x as u64
}

#[test]
fn integer_division_and_wrapping() {
    let div = |a, b, c| Instr::DivInt { a, b, c };
    let rem = |a, b, c| Instr::RemInt { a, b, c };
    // Go: math.MinInt64 / -1, % -1  =>  -9223372036854775808 0
    assert_eq!(eval(div, &[], i(i64::MIN), i(-1)), i(i64::MIN));
    assert_eq!(eval(rem, &[], i(i64::MIN), i(-1)), 0);
    // Go: -7/2, -7%2, 7/-2, 7%-2  =>  -3 -1 -3 1
    assert_eq!(eval(div, &[], i(-7), 2), i(-3));
    assert_eq!(eval(rem, &[], i(-7), 2), i(-1));
    assert_eq!(eval(div, &[], 7, i(-2)), i(-3));
    assert_eq!(eval(rem, &[], 7, i(-2)), 1);
    // Go: int32(MinInt32) / -1 => -2147483648
    let w32 = [Instr::Wrap {
        a: 2,
        bits: 32,
        signed: true,
    }];
    assert_eq!(
        eval(div, &w32, i(i32::MIN as i64), i(-1)),
        i(i32::MIN as i64)
    );
    // Go: int8(127)+1 => -128; uint8(0)-1 => 255
    let add = |a, b, c| Instr::AddInt { a, b, c };
    let sub = |a, b, c| Instr::SubInt { a, b, c };
    assert_eq!(
        eval(
            add,
            &[Instr::Wrap {
                a: 2,
                bits: 8,
                signed: true
            }],
            127,
            1
        ),
        i(-128)
    );
    assert_eq!(
        eval(
            sub,
            &[Instr::Wrap {
                a: 2,
                bits: 8,
                signed: false
            }],
            0,
            1
        ),
        255
    );
    // Unsigned division of large values.
    let divu = |a, b, c| Instr::DivUint { a, b, c };
    assert_eq!(eval(divu, &[], u64::MAX, 2), u64::MAX / 2);
}

#[test]
fn shifts_by_any_count() {
    // Go: var x int64 = -8; s := uint(70): x>>s, x<<s, uint64(1)<<s => -1 0 0
    assert_eq!(
        eval(|a, b, c| Instr::ShrInt { a, b, c }, &[], i(-8), 70),
        i(-1)
    );
    assert_eq!(eval(|a, b, c| Instr::Shl { a, b, c }, &[], i(-8), 70), 0);
    assert_eq!(
        eval(|a, b, c| Instr::ShrUint { a, b, c }, &[], u64::MAX, 64),
        0
    );
    assert_eq!(
        eval(|a, b, c| Instr::ShrInt { a, b, c }, &[], i(-8), 1),
        i(-4)
    );
    // int32: 1 << 31 wraps to MinInt32; uint16 >> 3.
    let w = [Instr::Wrap {
        a: 2,
        bits: 32,
        signed: true,
    }];
    assert_eq!(
        eval(|a, b, c| Instr::Shl { a, b, c }, &w, 1, 31),
        i(i32::MIN as i64)
    );
}

#[test]
fn float_to_int_conversions_match_go_on_amd64() {
    let conv = |bits: u8, signed: bool, x: f64| -> u64 {
        eval(
            move |a, b, _| Instr::FToInt { a, b, bits, signed },
            &[],
            x.to_bits(),
            0,
        )
    };
    // Go: for f in {1e300,-1e300,NaN,+Inf,-Inf,3.9,-3.9,1.8446744073709552e19,9.3e18}:
    //   int64(f) int32(f) uint64(f) uint32(f) int8(f) uint8(f)
    let min64 = i64::MIN as u64;
    let cases: [(f64, [i128; 6]); 9] = [
        (
            1e300,
            [i64::MIN as i128, -2147483648, 9223372036854775808, 0, 0, 0],
        ),
        (
            -1e300,
            [i64::MIN as i128, -2147483648, 9223372036854775808, 0, 0, 0],
        ),
        (
            f64::NAN,
            [i64::MIN as i128, -2147483648, 9223372036854775808, 0, 0, 0],
        ),
        (
            f64::INFINITY,
            [i64::MIN as i128, -2147483648, 9223372036854775808, 0, 0, 0],
        ),
        (
            f64::NEG_INFINITY,
            [i64::MIN as i128, -2147483648, 9223372036854775808, 0, 0, 0],
        ),
        (3.9, [3, 3, 3, 3, 3, 3]),
        (-3.9, [-3, -3, 18446744073709551613, 4294967293, -3, 253]),
        (
            1.8446744073709552e19,
            [i64::MIN as i128, -2147483648, 9223372036854775808, 0, 0, 0],
        ),
        (
            9.3e18,
            [i64::MIN as i128, -2147483648, 9300000000000000000, 0, 0, 0],
        ),
    ];
    let kinds = [
        (64, true),
        (32, true),
        (64, false),
        (32, false),
        (8, true),
        (8, false),
    ];
    for (x, want) in cases {
        for (k, &(bits, signed)) in kinds.iter().enumerate() {
            let got = conv(bits, signed, x);
            let want = want[k] as i64 as u64;
            assert_eq!(got, want, "conv {x} to {bits} bits signed={signed}");
        }
    }
    assert_eq!(conv(64, true, 1e300), min64);
    // Go: for f in {3e9,-3e9,5e9,70000.5,-40000}: int16 uint16 int8 uint8 int32 uint32
    let cases2: [(f64, [i64; 6]); 5] = [
        (3e9, [0, 0, 0, 0, -2147483648, 3000000000]),
        (-3e9, [0, 0, 0, 0, -2147483648, 1294967296]),
        (5e9, [0, 0, 0, 0, -2147483648, 705032704]),
        (70000.5, [4464, 4464, 112, 112, 70000, 70000]),
        (-40000.0, [25536, 25536, -64, 192, -40000, 4294927296]),
    ];
    let kinds2 = [
        (16, true),
        (16, false),
        (8, true),
        (8, false),
        (32, true),
        (32, false),
    ];
    for (x, want) in cases2 {
        for (k, &(bits, signed)) in kinds2.iter().enumerate() {
            assert_eq!(
                conv(bits, signed, x),
                want[k] as u64,
                "conv {x} to {bits} bits signed={signed}"
            );
        }
    }
}

#[test]
fn floats_nan_zero_inf_and_float32() {
    let f = |x: f64| x.to_bits();
    let divf = |a, b, c| Instr::DivF { a, b, c };
    // Go: nz := math.Copysign(0, -1); 1/nz => -Inf; nz == 0 => true; NaN == NaN => false
    assert_eq!(eval(divf, &[], f(1.0), f(-0.0)), f(f64::NEG_INFINITY));
    assert_eq!(
        eval(|a, b, c| Instr::EqF { a, b, c }, &[], f(-0.0), f(0.0)),
        1
    );
    assert_eq!(
        eval(
            |a, b, c| Instr::EqF { a, b, c },
            &[],
            f(f64::NAN),
            f(f64::NAN)
        ),
        0
    );
    assert_eq!(
        eval(
            |a, b, c| Instr::NeF { a, b, c },
            &[],
            f(f64::NAN),
            f(f64::NAN)
        ),
        1
    );
    assert_eq!(
        eval(|a, b, c| Instr::LtF { a, b, c }, &[], f(f64::NAN), f(1.0)),
        0
    );
    assert_eq!(
        eval(divf, &[], f(0.0), f(0.0)) & 0x7ff8_0000_0000_0000,
        0x7ff8_0000_0000_0000
    );
    // Go: float32(0.1)+float32(0.2) prints 0.3 (as a float32).
    let a32 = (0.1f32 as f64).to_bits();
    let b32 = (0.2f32 as f64).to_bits();
    let sum = eval(
        |a, b, c| Instr::AddF { a, b, c },
        &[Instr::RoundF32 { a: 2 }],
        a32,
        b32,
    );
    assert_eq!(f64::from_bits(sum), (0.1f32 + 0.2f32) as f64);
    // Go: var big uint64 = 1<<64-1: float64(big), float32(big) => 1.8446744073709552e+19 1.8446744e+19
    assert_eq!(
        eval(|a, b, _| Instr::UintToF { a, b }, &[], u64::MAX, 0),
        f(1.8446744073709552e19)
    );
    assert_eq!(
        eval(|a, b, _| Instr::UintToF32 { a, b }, &[], u64::MAX, 0),
        f(1.8446744e19f32 as f64)
    );
    // float32(16777217) => 1.6777216e+07
    assert_eq!(
        eval(|a, b, _| Instr::IntToF32 { a, b }, &[], 16777217, 0),
        f(16777216.0)
    );
}

#[test]
fn disassembler_names_callees_and_targets() {
    let p = build(add_fib);
    let text = minigo::vm::disasm::program(&p);
    assert!(
        text.contains("func main.fib (#0) params=1 results=1 regs=3"),
        "{text}"
    );
    assert!(text.contains("Call a=1 f=0  ; main.fib"), "{text}");
    assert!(text.contains("JmpGeIntI a=0 i=2 j=1  ; to 2"), "{text}");
}

#[test]
fn budget_yields_and_resumes() {
    let p = build(add_fib);
    let mut vm = Vm::new(p.clone());
    vm.config.quantum = 100;
    let mut g = minigo::vm::Goroutine::new(1, &p, 0, &[20]);
    let mut yields = 0;
    loop {
        match vm.run(&mut g) {
            Exit::Yield => yields += 1,
            Exit::Done => break,
            e => panic!("{e:?}"),
        }
    }
    assert_eq!(g.results(1), &[6765]);
    assert!(yields > 100, "{yields}");
}

#[test]
fn builder_rejects_bad_registers_and_labels() {
    let mut fb = FuncBuilder::new("bad", 0, 0);
    fb.emit(Instr::Move { a: 5, b: 0 });
    assert!(fb.finish().unwrap_err().contains("past frame"));
    let mut fb = FuncBuilder::new("bad2", 0, 0);
    let l = fb.label();
    fb.jmp(l);
    assert!(fb.finish().unwrap_err().contains("unbound label"));
}

#[test]
fn disassembly_and_stack_traces_show_source_lines() {
    let mut sm = minigo::source::SourceMap::new();
    let src = "package main\n\nfunc main() {\n\tx := 0\n\t_ = 1 / x\n}\n";
    let file = sm.add("prog.go", src);
    let line5 = file.base + src.find("_ = 1").unwrap() as u32;
    let line4 = file.base + src.find("x := 0").unwrap() as u32;
    let p = build(|pb| {
        pb.set_sources(std::sync::Arc::new(sm));
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let (x, one) = (fb.reg(), fb.reg());
        fb.set_pos(line4);
        fb.emit(Instr::LoadI { a: x, i: 0 });
        fb.set_pos(line5);
        fb.emit(Instr::LoadI { a: one, i: 1 });
        fb.emit(Instr::DivInt {
            a: one,
            b: one,
            c: x,
        });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    let text = minigo::vm::disasm::program(&p);
    assert!(
        text.contains("  ; 4: x := 0\n     0    4  LoadI a=0 i=0\n  ; 5: _ = 1 / x\n"),
        "{text}"
    );
    let err = run_dies(&p);
    // Go prints the absolute path of the file, and `()` for a function without arguments.
    let abs = std::path::absolute("prog.go").unwrap();
    assert_eq!(
        err,
        format!(
            "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\t{}:5\n",
            abs.display()
        )
    );
}
