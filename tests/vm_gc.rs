//! The collector under stress (a collection at every safepoint) and under the GOGC
//! trigger, with cyclic garbage, precise and conservative stack maps; and four OS threads
//! racing on the same heap slots, strings and map (wrong answers and Go's fatal errors
//! allowed, undefined behaviour and Rust panics not).

mod common;
use common::*;
use minigo::runtime::heap::{Heap, Layout};
use minigo::runtime::map::MapType;
use minigo::runtime::types::EqKind;
use minigo::vm::{Exit, FuncBuilder, Goroutine, Instr, Program, Vm};
use std::sync::Arc;

/// type Node struct { next *Node; val int; pad []int }
/// var keep *Node
/// func main() (int, bool) {
///     for i := 0; i < n; i++ {
///         a, b := new(Node), new(Node); a.next = b; b.next = a; a.val = i
///         a.pad = make([]int, 10, 10)
///         keep = a
///     }
///     return keep.val, keep.next.next == keep
/// }
fn cycles(heap: Arc<Heap>, n: i32, precise: bool) -> Arc<Program> {
    build_on(heap, |pb| {
        let node = pb.layout(Layout::new("main.Node", 5, vec![0, 2]));
        let int = pb.layout(Layout::scalar("int"));
        let keep = pb.global(1, &[0]);
        let mut fb = FuncBuilder::new("main.main", 0, 2);
        let (i, lim, a, b, t, ten, pad) = (
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.regs(2),
            fb.regs(3),
        );
        if precise {
            // a, b, t and pad's array word hold pointers at every safepoint.
            fb.set_ptr_regs(vec![a as u32, b as u32, t as u32, pad as u32]);
        }
        let (top, end) = (fb.label(), fb.label());
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.emit(Instr::LoadI { a: lim, i: n });
        fb.emit(Instr::LoadI { a: ten, i: 10 });
        fb.emit(Instr::LoadI { a: ten + 1, i: 10 });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: lim, j: 0 }, end);
        fb.emit(Instr::New { a, b: node });
        fb.emit(Instr::New { a: b, b: node });
        fb.emit(Instr::Store { a, b, c: 0 });
        fb.emit(Instr::Store { a: b, b: a, c: 0 });
        fb.emit(Instr::Store { a, b: i, c: 1 });
        fb.emit(Instr::MakeSlice {
            a: pad,
            b: ten,
            c: int,
        });
        fb.emit(Instr::Addr { a: t, b: a, c: 2 });
        fb.emit(Instr::StoreN { a: t, b: pad, c: 3 });
        fb.emit(Instr::SetGlobal { a, k: keep });
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::GetGlobal { a, k: keep });
        fb.emit(Instr::Load { a: 0, b: a, c: 1 });
        fb.emit(Instr::Load { a: t, b: a, c: 0 });
        fb.emit(Instr::Load { a: t, b: t, c: 0 });
        fb.emit(Instr::EqPtr { a: 1, b: t, c: a });
        fb.emit(Instr::Ret { a: 0, b: 2 });
        pb.add_func(fb.finish().unwrap())
    })
}

#[test]
fn stress_mode_collects_cycles_at_every_safepoint() {
    for precise in [false, true] {
        let heap = Arc::new(Heap::new());
        heap.set_stress(true);
        let p = cycles(heap.clone(), 3000, precise);
        let mut vm = Vm::new(p.clone());
        vm.config.quantum = 1;
        assert_eq!(call(&vm, 0, &[], 2).unwrap(), vec![2999, 1]);
        let st = heap.mem_stats();
        assert!(st.num_gc >= 3000, "num_gc {}", st.num_gc);
        // Live: globals, the kept cycle (2 nodes + 1 array), a few stale registers.
        assert!(st.heap_objects < 20, "heap objects {}", st.heap_objects);
    }
}

#[test]
fn gogc_trigger_keeps_the_heap_bounded() {
    let heap = Arc::new(Heap::new());
    heap.set_gc_percent(100);
    let p = cycles(heap.clone(), 100_000, false);
    let vm = Vm::new(p.clone());
    assert_eq!(call(&vm, 0, &[], 2).unwrap(), vec![99_999, 1]);
    let st = heap.mem_stats();
    // 100k iterations allocate ~24 MB; the heap never holds more than ~2x the 4 MB minimum.
    assert!(st.total_alloc > 20 << 20, "total {}", st.total_alloc);
    assert!(st.num_gc >= 2, "num_gc {}", st.num_gc);
    assert!(st.heap_alloc < 10 << 20, "heap {}", st.heap_alloc);
    // runtime.GC() then ReadMemStats: only the kept cycle stays.
    let g = Goroutine::new(2, &p, 0, &[]);
    vm.collect(&[&g]);
    assert!(heap.mem_stats().heap_objects < 20);
}

#[test]
fn gogc_off_never_collects() {
    let heap = Arc::new(Heap::new());
    heap.set_gc_percent(-1);
    assert_eq!(minigo::runtime::heap::parse_gogc("off"), -1);
    let p = cycles(heap.clone(), 20_000, false);
    let vm = Vm::new(p);
    call(&vm, 0, &[], 2).unwrap();
    assert_eq!(heap.mem_stats().num_gc, 0);
}

/// var counter int; var s string; var m map[int]int
/// func worker(id int) {
///     for i := 0; i < n; i++ {
///         counter = counter + 1
///         if i%2 == 0 { s = "a" } else { s = "hello, world!" }
///         _ = s[len(s)-1]      // a torn s may panic: index out of range
///         if i%2 == 0 { x = any(i) } else { x = any(s) }   // var x any
///         if v, ok := x.(string); ok { _ = len(v) }        // a torn x: ok is false
///         m[i%64] = id         // may die: concurrent map writes
///     }
/// }
fn racy(heap: Arc<Heap>, n: i32, with_map: bool) -> Arc<Program> {
    build_on(heap, |pb| {
        let counter = pb.global(1, &[]);
        let s = pb.global(2, &[0]);
        let mg = pb.global(1, &[0]);
        let xg = pb.global(2, &[1]);
        let (int, string) = basic_types(pb);
        let site = pb.assert_site(minigo::vm::AssertSite {
            target: string,
            iface: false,
            methods: vec![],
            src_name: "interface {}".into(),
            target_name: "string".into(),
            ok: true,
        });
        let (ka, kb) = (pb.string(b"a"), pb.string(b"hello, world!"));
        let mt = pb.map_type(MapType {
            key_eq: vec![EqKind::Bits],
            kw: 1,
            vw: 1,
            key_ptrs: vec![],
            val_ptrs: vec![],
        });
        let mut fb = FuncBuilder::new("main.worker", 1, 0);
        let (i, lim, t, one, sv, k) =
            (fb.reg(), fb.reg(), fb.reg(), fb.reg(), fb.regs(2), fb.reg());
        let (top, end, odd, store) = (fb.label(), fb.label(), fb.label(), fb.label());
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.emit(Instr::LoadI { a: lim, i: n });
        fb.emit(Instr::LoadI { a: one, i: 1 });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: lim, j: 0 }, end);
        fb.emit(Instr::GetGlobal { a: t, k: counter });
        fb.emit(Instr::AddIntI { a: t, b: t, i: 1 });
        fb.emit(Instr::SetGlobal { a: t, k: counter });
        fb.emit(Instr::And { a: t, b: i, c: one });
        fb.emit_jump(Instr::JmpIf { a: t, j: 0 }, odd);
        fb.emit(Instr::LoadStr { a: sv, k: ka });
        fb.jmp(store);
        fb.bind(odd);
        fb.emit(Instr::LoadStr { a: sv, k: kb });
        fb.bind(store);
        fb.emit(Instr::SetGlobal { a: sv, k: s });
        fb.emit(Instr::SetGlobal {
            a: sv + 1,
            k: s + 1,
        });
        fb.emit(Instr::GetGlobal { a: sv, k: s });
        fb.emit(Instr::GetGlobal {
            a: sv + 1,
            k: s + 1,
        });
        fb.emit(Instr::LenStr { a: t, b: sv });
        fb.emit(Instr::AddIntI { a: t, b: t, i: -1 });
        fb.emit(Instr::IndexStr { a: t, b: sv, c: t });
        let (x, v) = (fb.regs(2), fb.regs(3));
        let (xodd, xstore, notstr) = (fb.label(), fb.label(), fb.label());
        fb.emit(Instr::And { a: t, b: i, c: one });
        fb.emit_jump(Instr::JmpIf { a: t, j: 0 }, xodd);
        fb.emit(Instr::MakeIface {
            a: x,
            b: i,
            c: int as u16,
        });
        fb.jmp(xstore);
        fb.bind(xodd);
        fb.emit(Instr::MakeIface {
            a: x,
            b: sv,
            c: string as u16,
        });
        fb.bind(xstore);
        fb.emit(Instr::SetGlobal { a: x, k: xg });
        fb.emit(Instr::SetGlobal {
            a: x + 1,
            k: xg + 1,
        });
        fb.emit(Instr::GetGlobal { a: x, k: xg });
        fb.emit(Instr::GetGlobal {
            a: x + 1,
            k: xg + 1,
        });
        fb.emit(Instr::TypeAssert {
            a: v,
            b: x,
            c: site,
        });
        fb.emit_jump(Instr::JmpIfNot { a: v + 2, j: 0 }, notstr);
        fb.emit(Instr::LenStr { a: t, b: v });
        fb.bind(notstr);
        if with_map {
            fb.emit(Instr::GetGlobal { a: t, k: mg });
            fb.emit(Instr::LoadI { a: k, i: 63 });
            fb.emit(Instr::And { a: k, b: i, c: k });
            fb.emit(Instr::MapSet { a: t, b: k, c: 0 });
        }
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        let worker = pb.add_func(fb.finish().unwrap());
        // func setup() { m = make(map[int]int) }
        let mut fb = FuncBuilder::new("main.setup", 0, 0);
        let (m, h) = (fb.reg(), fb.reg());
        fb.emit(Instr::LoadI { a: h, i: 64 });
        fb.emit(Instr::MakeMap { a: m, b: h, c: mt });
        fb.emit(Instr::SetGlobal { a: m, k: mg });
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap());
        worker
    })
}

fn race(with_map: bool) -> Vec<String> {
    let heap = Arc::new(Heap::new());
    heap.set_gc_percent(-1);
    heap.set_stress(false);
    let p = racy(heap, 50_000, with_map);
    let setup = Vm::new(p.clone());
    call(&setup, 1, &[], 0).unwrap();
    let threads: Vec<_> = (0..4)
        .map(|id| {
            let p = p.clone();
            std::thread::spawn(move || {
                let vm = Vm::new(p.clone());
                let mut g = Goroutine::new(id + 1, &p, 0, &[id]);
                loop {
                    match vm.run(&mut g) {
                        Exit::Yield => continue,
                        Exit::Done => return "done".to_string(),
                        e => return describe(&vm, &e),
                    }
                }
            })
        })
        .collect();
    let outs: Vec<String> = threads
        .into_iter()
        .map(|t| t.join().expect("no Rust panic"))
        .collect();
    let counter = p.global(0);
    assert!(counter > 0 && counter <= 200_000, "counter {counter}");
    outs
}

#[test]
fn four_threads_race_on_the_same_heap() {
    for _ in 0..3 {
        for out in race(false) {
            assert!(
                out == "done" || out.starts_with("panic: runtime error: index out of range ["),
                "{out}"
            );
        }
        for out in race(true) {
            assert!(
                out == "done"
                    || out.starts_with("panic: runtime error: index out of range [")
                    || out.starts_with("fatal error: concurrent map writes")
                    || out.starts_with("fatal error: concurrent map read and map write"),
                "{out}"
            );
        }
    }
}

#[test]
fn vm_state_can_cross_threads() {
    // Issue #4 runs goroutines on worker threads over one program and heap.
    fn send_sync<T: Send + Sync>() {}
    fn send<T: Send>() {}
    send_sync::<Vm>();
    send_sync::<Program>();
    send_sync::<Heap>();
    send_sync::<minigo::runtime::map::GoMap>();
    send::<Goroutine>();
}

static DROPS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A Rust value on the heap holding one pointer word (as a channel's buffer would).
struct Holder(std::sync::atomic::AtomicU64);

impl minigo::runtime::heap::Traced for Holder {
    fn trace(&self, m: &mut minigo::runtime::gc::Marker) {
        m.mark_words(
            &[self.0.load(std::sync::atomic::Ordering::Relaxed)],
            Some(&[0]),
        );
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        DROPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

#[test]
fn native_objects_are_traced_and_dropped() {
    use minigo::runtime::gc;
    let heap = Heap::new();
    let target = heap.alloc_words(Layout::scalar("int"), 1);
    target.set(0, 77);
    let lay = Layout::new("chan int", 1, vec![]);
    let n = heap.alloc_native(lay, Box::new(Holder(target.word().into())));
    // Rooted only through the native value: the target survives.
    gc::collect(&heap, &mut |m| m.shade(n));
    assert_eq!(heap.mem_stats().heap_objects, 2);
    let got = n.with_native(|t| {
        t.as_any()
            .downcast_ref::<Holder>()
            .map(|h| h.0.load(std::sync::atomic::Ordering::Relaxed))
    });
    assert_eq!(got, Some(Some(target.word())));
    assert_eq!(target.get(0), Some(77));
    // Unrooted: both go, and the Rust value is dropped.
    let before = DROPS.load(std::sync::atomic::Ordering::Relaxed);
    gc::collect(&heap, &mut |_| {});
    assert_eq!(heap.mem_stats().heap_objects, 0);
    assert_eq!(DROPS.load(std::sync::atomic::Ordering::Relaxed), before + 1);
}

#[test]
fn big_allocations_reach_a_safepoint_promptly() {
    // for i := 0; i < 1500; i++ { _ = make([]byte, 512<<10) }  (750 MB in all)
    let heap = Arc::new(Heap::new());
    heap.set_gc_percent(100);
    let p = build_on(heap.clone(), |pb| {
        let bytes = pb.layout(minigo::runtime::heap::bytes_layout());
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let (i, n, sz, s) = (fb.reg(), fb.reg(), fb.regs(2), fb.regs(3));
        let (top, end) = (fb.label(), fb.label());
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.emit(Instr::LoadI { a: n, i: 1500 });
        fb.emit(Instr::LoadI {
            a: sz,
            i: 512 << 10,
        });
        fb.emit(Instr::Move { a: sz + 1, b: sz });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: n, j: 0 }, end);
        fb.emit(Instr::MakeSlice {
            a: s,
            b: sz,
            c: bytes,
        });
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    let vm = Vm::new(p.clone());
    call(&vm, 0, &[], 0).unwrap();
    let st = heap.mem_stats();
    assert!(st.total_alloc > 700 << 20);
    assert!(st.num_gc > 50, "num_gc {}", st.num_gc);
    assert!(st.heap_alloc < 16 << 20, "heap {}", st.heap_alloc);
}
