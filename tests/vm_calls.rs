//! Closures, method calls through interfaces, type switches, interface equality, and
//! natives that ask for a safepoint (runtime.GC) or end the program (os.Exit).

mod common;
use common::*;
use minigo::runtime::heap::Layout;
use minigo::runtime::types::{EqKind, RtKind, RtType};
use minigo::vm::panic::GoPanic;
use minigo::vm::program::{NativeCtx, NativeRequest, WaitReason};
use minigo::vm::{Exit, FuncBuilder, Instr, Vm};

#[test]
fn closures_capture_boxed_variables() {
    // func counter() func() int { c := new(int); return func() int { *c++; return *c } }
    // f := counter(); f(); f(); return f()
    let p = build(|pb| {
        let int = pb.layout(Layout::scalar("int"));
        let mut inc = FuncBuilder::new("main.counter.func1", 0, 1);
        let (c, v) = (inc.reg(), inc.reg());
        inc.emit(Instr::GetCapture { a: c, b: 0 });
        inc.emit(Instr::Load { a: v, b: c, c: 0 });
        inc.emit(Instr::AddIntI { a: v, b: v, i: 1 });
        inc.emit(Instr::Store { a: c, b: v, c: 0 });
        inc.emit(Instr::Ret { a: v, b: 1 });
        let inc = pb.add_func(inc.finish().unwrap());
        let site = pb.closure_site(inc, 1, &[0]);
        let mut ctr = FuncBuilder::new("main.counter", 0, 1);
        let c = ctr.reg();
        ctr.emit(Instr::New { a: c, b: int });
        ctr.emit(Instr::MakeClosure {
            a: 0,
            b: c,
            c: site,
        });
        ctr.emit(Instr::Ret { a: 0, b: 1 });
        let ctr = pb.add_func(ctr.finish().unwrap());
        let mut fb = FuncBuilder::new("main.main", 0, 1);
        let (f, w) = (fb.reg(), fb.reg());
        fb.emit(Instr::Call { a: f, f: ctr });
        for _ in 0..3 {
            fb.emit(Instr::CallClosure { a: w, b: f });
        }
        fb.emit(Instr::Ret { a: w, b: 1 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 1), vec![3]);
}

#[test]
fn interface_method_calls_and_type_switch() {
    // type T struct{ n int }; func (t *T) Get() int { return t.n * 10 }
    // var i interface{ Get() int } = &T{5}; switch i.(type) { case *T: r1 = 1 }; r0 = i.Get()
    let p = build(|pb| {
        let tl = Layout::new("main.T", 1, vec![]);
        let tli = pb.layout(tl);
        let get_name = pb.method_name("Get");
        let mut m = FuncBuilder::new("main.(*T).Get", 1, 1);
        m.emit(Instr::Load { a: 0, b: 0, c: 0 });
        let ten = m.reg();
        m.emit(Instr::LoadI { a: ten, i: 10 });
        m.emit(Instr::MulInt { a: 0, b: 0, c: ten });
        m.emit(Instr::Ret { a: 0, b: 1 });
        let get = pb.add_func(m.finish().unwrap());
        let ptr_t = pb.add_type(RtType {
            name: "*main.T".into(),
            kind: RtKind::Other,
            named: false,
            width: 1,
            layout: Layout::new("*main.T", 1, vec![0]),
            direct: true,
            eq: Some(vec![EqKind::Bits]),
            methods: vec![(get_name, get)],
        });
        let mut fb = FuncBuilder::new("main.main", 0, 2);
        let (t, five, i, w, ty, want) =
            (fb.reg(), fb.reg(), fb.regs(2), fb.reg(), fb.reg(), fb.reg());
        fb.emit(Instr::New { a: t, b: tli });
        fb.emit(Instr::LoadI { a: five, i: 5 });
        fb.emit(Instr::Store {
            a: t,
            b: five,
            c: 0,
        });
        fb.emit(Instr::MakeIface {
            a: i,
            b: t,
            c: ptr_t as u16,
        });
        fb.emit(Instr::CallIface {
            a: w,
            b: i,
            c: get_name as u16,
        });
        fb.emit(Instr::Move { a: 0, b: w });
        let (case_t, done) = (fb.label(), fb.label());
        fb.emit(Instr::IfaceType { a: ty, b: i });
        fb.emit(Instr::LoadI {
            a: want,
            i: ptr_t as i32,
        });
        fb.emit_jump(
            Instr::JmpEqInt {
                a: ty,
                b: want,
                j: 0,
            },
            case_t,
        );
        fb.emit(Instr::LoadI { a: 1, i: 0 });
        fb.jmp(done);
        fb.bind(case_t);
        fb.emit(Instr::LoadI { a: 1, i: 1 });
        fb.bind(done);
        fb.emit(Instr::Ret { a: 0, b: 2 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 2), vec![50, 1]);
}

#[test]
fn interface_equality() {
    // any(3) == any(3), any(3) == any("3"), and []int in an interface is uncomparable.
    let p = build(|pb| {
        let (int, string) = basic_types(pb);
        let k = pb.string(b"3");
        let mut fb = FuncBuilder::new("main.main", 0, 2);
        let (x, a, b, s) = (fb.reg(), fb.regs(2), fb.regs(2), fb.regs(2));
        fb.emit(Instr::LoadI { a: x, i: 3 });
        fb.emit(Instr::MakeIface {
            a,
            b: x,
            c: int as u16,
        });
        fb.emit(Instr::MakeIface {
            a: b,
            b: x,
            c: int as u16,
        });
        fb.emit(Instr::EqIface { a: 0, b: a, c: b });
        fb.emit(Instr::LoadStr { a: s, k });
        fb.emit(Instr::MakeIface {
            a: b,
            b: s,
            c: string as u16,
        });
        fb.emit(Instr::EqIface { a: 1, b: a, c: b });
        fb.emit(Instr::Ret { a: 0, b: 2 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 2), vec![1, 0]);
    let p = build(|pb| {
        let sl = pb.add_type(RtType {
            name: "[]int".into(),
            kind: RtKind::Other,
            named: false,
            width: 3,
            layout: Layout::new("[]int", 3, vec![0]),
            direct: false,
            eq: None,
            methods: vec![],
        });
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let (s, a, r) = (fb.regs(3), fb.regs(2), fb.reg());
        fb.emit(Instr::Zero { a: s, b: 3 });
        fb.emit(Instr::MakeIface {
            a,
            b: s,
            c: sl as u16,
        });
        fb.emit(Instr::EqIface { a: r, b: a, c: a });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    let text = run_dies(&p);
    assert!(
        text.starts_with("panic: runtime error: comparing uncomparable type []int\n"),
        "{text}"
    );
}

fn gc_now(ctx: &mut NativeCtx, _: &mut [u64]) -> Result<(), GoPanic> {
    ctx.heap.request_gc();
    ctx.request = Some(NativeRequest::Yield);
    Ok(())
}

fn num_gc(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    w[0] = ctx.heap.mem_stats().num_gc as u64;
    Ok(())
}

fn exit3(ctx: &mut NativeCtx, _: &mut [u64]) -> Result<(), GoPanic> {
    ctx.request = Some(NativeRequest::Exit(3));
    Ok(())
}

#[test]
fn natives_request_a_collection_or_exit() {
    // runtime.GC(); var st runtime.MemStats; runtime.ReadMemStats(&st); return st.NumGC
    let p = build(|pb| {
        let (gc, n) = (
            pb.native("runtime.GC", 0, gc_now),
            pb.native("numgc", 1, num_gc),
        );
        let mut fb = FuncBuilder::new("main.main", 0, 2);
        let w = fb.reg();
        fb.emit(Instr::CallNative { a: w, f: n });
        fb.emit(Instr::Move { a: 0, b: w });
        fb.emit(Instr::CallNative { a: w, f: gc });
        fb.emit(Instr::CallNative { a: w, f: n });
        fb.emit(Instr::Move { a: 1, b: w });
        fb.emit(Instr::Ret { a: 0, b: 2 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 2), vec![0, 1]);
    // defer record(1); os.Exit(3): exits 3 without running the deferred call.
    let p = build(|pb| {
        let rec = pb.native("record", 1, record);
        let ex = pb.native("os.Exit", 1, exit3);
        let mut r = FuncBuilder::new("main.rec", 1, 0);
        r.emit(Instr::CallNative { a: 0, f: rec });
        r.emit(Instr::Ret { a: 0, b: 0 });
        let rf = pb.add_func(r.finish().unwrap());
        let site = pb.closure_site(rf, 0, &[]);
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let w = fb.regs(2);
        fb.emit(Instr::MakeClosure {
            a: w,
            b: 0,
            c: site,
        });
        fb.emit(Instr::LoadI { a: w + 1, i: 1 });
        fb.emit(Instr::Defer { a: w, b: 1 });
        fb.emit(Instr::CallNative { a: w, f: ex });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    take_log();
    let vm = Vm::new(p.clone());
    match call(&vm, p.entry.unwrap(), &[], 0) {
        Err(Exit::Exit(3)) => {}
        other => panic!("{other:?}"),
    }
    assert!(take_log().is_empty());
}

#[test]
fn panic_values_print_through_error_methods() {
    // type E struct{ n int }; func (e *E) Error() string { return "error!" }; panic(&E{1})
    let p = build(|pb| {
        let k = pb.string(b"error!");
        let name = pb.method_name("Error");
        let mut m = FuncBuilder::new("main.(*E).Error", 1, 2);
        m.emit(Instr::LoadStr { a: 0, k });
        m.emit(Instr::Ret { a: 0, b: 2 });
        let ef = pb.add_func(m.finish().unwrap());
        let ptr_e = pb.add_type(RtType {
            name: "*main.E".into(),
            kind: RtKind::Other,
            named: false,
            width: 1,
            layout: Layout::new("*main.E", 1, vec![0]),
            direct: true,
            eq: Some(vec![EqKind::Bits]),
            methods: vec![(name, ef)],
        });
        let el = pb.layout(Layout::new("main.E", 1, vec![]));
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let (e, i) = (fb.reg(), fb.regs(2));
        fb.emit(Instr::New { a: e, b: el });
        fb.emit(Instr::MakeIface {
            a: i,
            b: e,
            c: ptr_e as u16,
        });
        fb.emit(Instr::Panic { a: i });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    let vm = Vm::new(p.clone());
    let Err(Exit::Panic(report)) = call(&vm, p.entry.unwrap(), &[], 0) else {
        panic!("no panic")
    };
    let text = vm.render_panic(&report);
    assert!(
        text.starts_with("panic: error!\n\ngoroutine 1 [running]:\n"),
        "{text}"
    );
}

thread_local! {
    static TRIES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Parks (retrying) until its third call, then returns 42.
fn recv_retry(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let n = TRIES.with(|t| {
        t.set(t.get() + 1);
        t.get()
    });
    if n < 3 {
        ctx.request = Some(NativeRequest::Park {
            reason: WaitReason::ChanReceive,
            retry: true,
        });
    } else {
        w[0] = 42;
    }
    Ok(())
}

/// Parks once; the waker writes the result.
fn recv_handoff(ctx: &mut NativeCtx, _: &mut [u64]) -> Result<(), GoPanic> {
    ctx.request = Some(NativeRequest::Park {
        reason: WaitReason::ChanReceive,
        retry: false,
    });
    Ok(())
}

#[test]
fn natives_park_and_resume() {
    for retry in [true, false] {
        let p = build(|pb| {
            let f = if retry { recv_retry } else { recv_handoff };
            let n = pb.native("recv", 1, f);
            let mut fb = FuncBuilder::new("main.main", 0, 1);
            let (x, w) = (fb.reg(), fb.reg());
            fb.emit(Instr::LoadI { a: x, i: 1 });
            fb.emit(Instr::CallNative { a: w, f: n });
            fb.emit(Instr::AddInt { a: 0, b: w, c: x });
            fb.emit(Instr::Ret { a: 0, b: 1 });
            pb.add_func(fb.finish().unwrap())
        });
        TRIES.with(|t| t.set(0));
        let vm = Vm::new(p.clone());
        let mut g = minigo::vm::Goroutine::new(1, &p, 0, &[]);
        let mut parks = 0;
        loop {
            match vm.run(&mut g) {
                Exit::Park(WaitReason::ChanReceive) => {
                    parks += 1;
                    if !retry {
                        // The sender hands the value over into the native's window (R[2]).
                        let base = g.frames.last().unwrap().base as usize;
                        g.stack[base + 2] = 42;
                    }
                }
                Exit::Done => break,
                e => panic!("{e:?}"),
            }
        }
        assert_eq!(g.results(1), &[43]);
        assert_eq!(parks, if retry { 2 } else { 1 });
    }
    // With nothing to wake it, run_main reports Go's deadlock.
    let p = build(|pb| {
        let n = pb.native("recv", 1, recv_handoff);
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        fb.emit(Instr::CallNative { a: 0, f: n });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    let (e, _) = Vm::new(p).run_main();
    let Exit::Fatal(text) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        text,
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"
    );
}
