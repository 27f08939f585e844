//! Micro-benchmark of the dispatch loop: recursive fib(30) in hand-built bytecode, printed
//! as total time and ns per call (fib(30) makes 2,692,537 calls). Lua 5.4 runs the same
//! function in about 0.1 s on these machines. Run: `cargo bench --bench vm_fib`.

use minigo::runtime::heap::Heap;
use minigo::vm::{Exit, FuncBuilder, Goroutine, Instr, ProgramBuilder, Vm};
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let heap = Arc::new(Heap::new());
    let mut pb = ProgramBuilder::new(heap);
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
    pb.define_func(fib, fb.finish().expect("fib builds"));
    let prog = pb.finish(Some(fib)).expect("program builds");
    let vm = Vm::new(prog.clone());
    let n = 30;
    let calls = 2_692_537.0;
    let mut best = f64::MAX;
    for _ in 0..5 {
        let mut g = Goroutine::new(1, &prog, fib, &[n]);
        let t = Instant::now();
        loop {
            match vm.run(&mut g) {
                Exit::Yield => {}
                Exit::Done => break,
                e => panic!("{e:?}"),
            }
        }
        let dt = t.elapsed().as_secs_f64();
        assert_eq!(g.results(1), &[832040]);
        best = best.min(dt);
    }
    println!(
        "vm fib({n}): {:.3} s, {:.1} ns per call (best of 5)",
        best,
        best * 1e9 / calls
    );
}
