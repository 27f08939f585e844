//! Helpers shared by the VM tests: build a program from hand-written bytecode, run a
//! function to completion, and record values from natives.
#![allow(dead_code)]

use minigo::runtime::heap::Heap;
use minigo::runtime::types::{EqKind, RtKind, RtType};
use minigo::vm::panic::GoPanic;
use minigo::vm::program::NativeCtx;
use minigo::vm::{Exit, Goroutine, Program, ProgramBuilder, Vm};
use std::cell::RefCell;
use std::sync::Arc;

/// Builds a program; `f` returns the entry function's id.
pub fn build(f: impl FnOnce(&mut ProgramBuilder) -> u32) -> Arc<Program> {
    build_on(Arc::new(Heap::new()), f)
}

pub fn build_on(heap: Arc<Heap>, f: impl FnOnce(&mut ProgramBuilder) -> u32) -> Arc<Program> {
    let mut pb = ProgramBuilder::new(heap);
    let entry = f(&mut pb);
    match pb.finish(Some(entry)) {
        Ok(p) => p,
        Err(e) => panic!("build failed: {e}"),
    }
}

/// Runs function `fid` with `args` to completion (collecting when due); returns its first
/// `nres` result words, or the exit that stopped it.
pub fn call(vm: &Vm, fid: u32, args: &[u64], nres: usize) -> Result<Vec<u64>, Exit> {
    let mut g = Goroutine::new(1, &vm.prog, fid, args);
    loop {
        match vm.run(&mut g) {
            Exit::Done => return Ok(g.results(nres).to_vec()),
            Exit::Yield => {
                if vm.heap.should_collect() {
                    vm.collect(&[&g]);
                }
            }
            e => return Err(e),
        }
    }
}

/// Runs the entry function and expects it to return `nres` words.
pub fn run(p: &Arc<Program>, nres: usize) -> Vec<u64> {
    let vm = Vm::new(p.clone());
    match call(&vm, p.entry.unwrap_or(0), &[], nres) {
        Ok(v) => v,
        Err(e) => panic!("unexpected exit: {}", describe(&vm, &e)),
    }
}

/// Runs the entry function and expects it to die; returns the stderr text.
pub fn run_dies(p: &Arc<Program>) -> String {
    let vm = Vm::new(p.clone());
    match call(&vm, p.entry.unwrap_or(0), &[], 0) {
        Ok(_) => panic!("program did not die"),
        Err(e) => describe(&vm, &e),
    }
}

pub fn describe(vm: &Vm, e: &Exit) -> String {
    match e {
        Exit::Panic(r) => r.render(&vm.prog.types),
        Exit::Fatal(s) => s.clone(),
        other => format!("{other:?}"),
    }
}

thread_local! {
    static LOG: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// A native that records R[0] (window 1).
pub fn record(_: &mut NativeCtx, w: &mut [u64]) -> Result<(), GoPanic> {
    LOG.with(|l| l.borrow_mut().push(w[0]));
    Ok(())
}

pub fn take_log() -> Vec<u64> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// Adds the basic types tests use: (int, string) type ids.
pub fn basic_types(pb: &mut ProgramBuilder) -> (u32, u32) {
    let int = pb.add_type(RtType {
        name: "int".into(),
        kind: RtKind::Int,
        named: false,
        width: 1,
        layout: minigo::runtime::heap::Layout::scalar("int"),
        direct: false,
        eq: Some(vec![EqKind::Bits]),
        methods: vec![],
    });
    let string = pb.add_type(RtType {
        name: "string".into(),
        kind: RtKind::String,
        named: false,
        width: 2,
        layout: minigo::runtime::heap::Layout::new("string", 2, vec![0]),
        direct: false,
        eq: Some(vec![EqKind::Str]),
        methods: vec![],
    });
    (int, string)
}
