//! VM goroutines on the real scheduler (issue #4's workers): `go` from a native, yields,
//! and collections that stop the world while other goroutines are between runs, with the
//! collector in stress mode.

mod common;
use common::*;
use minigo::runtime::heap::{Heap, Layout};
use minigo::runtime::sched::{Config, Outcome, Sched};
use minigo::vm::glue::VmG;
use minigo::vm::panic::GoPanic;
use minigo::vm::program::{NativeCtx, NativeRequest};
use minigo::vm::{FuncBuilder, Instr, Vm};
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// `go f(arg)`: window [closure, arg].
fn go(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    // SAFETY: w[0] is a func value (a closure object word) of the running program.
    let clo = unsafe { minigo::runtime::heap::ObjRef::from_word(w[0]) }
        .ok_or_else(minigo::vm::panic::nil_deref)?;
    let fid = clo.get(0).unwrap_or(0) as u32;
    let vm = Arc::new(Vm::new(ctx.prog.clone()));
    let g = VmG::new(vm, 0, fid, &[w[1]]);
    let sched = ctx.sched.expect("running on the scheduler");
    sched.go(Box::new(g), 0);
    Ok(())
}

/// `atomic.AddInt64(&G[0], R[0])`; returns the new value.
fn atomic_add(ctx: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    let slot = &ctx.prog.globals.words()[0];
    w[0] = slot.fetch_add(w[0], Ordering::SeqCst).wrapping_add(w[0]);
    Ok(())
}

fn gosched(ctx: &mut NativeCtx, _: &mut [u64]) -> Result<(), GoPanic> {
    ctx.request = Some(NativeRequest::Yield);
    Ok(())
}

#[test]
fn goroutines_run_on_workers_and_collect_with_the_world_stopped() {
    let heap = Arc::new(Heap::new());
    heap.set_stress(true);
    let p = build_on(heap.clone(), |pb| {
        let done = pb.global(1, &[]);
        assert_eq!(done, 0);
        let keep = pb.global(1, &[0]);
        let node = pb.layout(Layout::new("main.Node", 2, vec![0]));
        let (gon, add, yld) = (
            pb.native("go", 2, go),
            pb.native("atomic.Add", 1, atomic_add),
            pb.native("runtime.Gosched", 1, gosched),
        );
        // func worker(n int) { for i := 0; i < n; i++ { x := &Node{keep, i}; keep = x }; atomic.Add(&done, 1) }
        let mut fb = FuncBuilder::new("main.worker", 1, 0);
        let (i, x, t) = (fb.reg(), fb.reg(), fb.reg());
        let (top, end) = (fb.label(), fb.label());
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: 0, j: 0 }, end);
        fb.emit(Instr::New { a: x, b: node });
        fb.emit(Instr::GetGlobal { a: t, k: keep });
        fb.emit(Instr::Store { a: x, b: t, c: 0 });
        fb.emit(Instr::Store { a: x, b: i, c: 1 });
        fb.emit(Instr::SetGlobal { a: x, k: keep });
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::LoadI { a: t, i: 1 });
        fb.emit(Instr::CallNative { a: t, f: add });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        let worker = pb.add_func(fb.finish().unwrap());
        let site = pb.closure_site(worker, 0, &[]);
        // func main() { for k := 0; k < 4; k++ { go worker(2000) }; for atomic.Add(&done, 0) < 4 { runtime.Gosched() } }
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let (k, four, w, c) = (fb.reg(), fb.reg(), fb.regs(2), fb.reg());
        let (spawn, wait, out) = (fb.label(), fb.label(), fb.label());
        fb.emit(Instr::LoadI { a: k, i: 0 });
        fb.emit(Instr::LoadI { a: four, i: 4 });
        fb.bind(spawn);
        fb.emit_jump(
            Instr::JmpGeInt {
                a: k,
                b: four,
                j: 0,
            },
            wait,
        );
        fb.emit(Instr::MakeClosure {
            a: w,
            b: 0,
            c: site,
        });
        fb.emit(Instr::LoadI { a: w + 1, i: 2000 });
        fb.emit(Instr::CallNative { a: w, f: gon });
        fb.emit(Instr::AddIntI { a: k, b: k, i: 1 });
        fb.jmp(spawn);
        fb.bind(wait);
        fb.emit(Instr::LoadI { a: c, i: 0 });
        fb.emit(Instr::CallNative { a: c, f: add });
        fb.emit_jump(
            Instr::JmpGeInt {
                a: c,
                b: four,
                j: 0,
            },
            out,
        );
        fb.emit(Instr::CallNative { a: c, f: yld });
        fb.jmp(wait);
        fb.bind(out);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    let vm = Arc::new(Vm::new(p.clone()));
    let main = VmG::new(vm, 1, p.entry.unwrap(), &[]);
    let sched = Sched::new(Config {
        procs: 2,
        budget: 64,
    });
    match sched.run(Box::new(main)) {
        Outcome::Exit => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(p.global(0), 4);
    let st = heap.mem_stats();
    assert!(st.num_gc >= 3, "num_gc {}", st.num_gc);
    // The chain from `keep` was built by racing goroutines (a node may be lost, as in Go),
    // but every node on it must still be a live, intact Node after all those collections.
    let mut n = 0;
    let mut w = p.global(1);
    // SAFETY (test): `keep` and `next` are *Node words of the program that just ran.
    while let Some(o) = unsafe { minigo::runtime::heap::ObjRef::from_word(w) } {
        n += 1;
        assert_eq!(o.layout().name, "main.Node");
        assert!(o.get(1).unwrap() < 2000);
        w = o.get(0).unwrap();
    }
    assert!((1..=8000).contains(&n), "{n}");
}
