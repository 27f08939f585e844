//! Strings, slices and maps: UTF-8 ranging, conversions, append growth, Go's map
//! semantics for NaN, ±0, struct and interface keys, deletion during iteration and
//! randomized order. Expected values were printed by Go 1.27.

mod common;
use common::*;
use minigo::runtime::heap::{Heap, Layout};
use minigo::runtime::map::{GoMap, MapError, MapType};
use minigo::runtime::types::{EqKind, RtKind, RtType, TypeTable};
use minigo::vm::strings::{decode_rune, new_string};
use minigo::vm::{slice, FuncBuilder, Instr};

#[test]
fn range_over_string_decodes_runes_with_fffd_for_bad_utf8() {
    // for i, r := range "a\xffé\xe2\x82z世" { record(i); record(r) }
    // Go: 0:97 1:65533 2:233 4:65533 5:65533 6:122 7:19990
    let p = build(|pb| {
        let nat = pb.native("record", 1, record);
        let k = pb.string(b"a\xff\xc3\xa9\xe2\x82z\xe4\xb8\x96");
        let mut fb = FuncBuilder::new("main.main", 0, 0);
        let (s, n, i, rw, t) = (fb.regs(2), fb.reg(), fb.reg(), fb.regs(2), fb.reg());
        let (top, end) = (fb.label(), fb.label());
        fb.emit(Instr::LoadStr { a: s, k });
        fb.emit(Instr::LenStr { a: n, b: s });
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: n, j: 0 }, end);
        fb.emit(Instr::DecodeRune { a: rw, b: s, c: i });
        fb.emit(Instr::Move { a: t, b: i });
        fb.emit(Instr::CallNative { a: t, f: nat });
        fb.emit(Instr::Move { a: t, b: rw });
        fb.emit(Instr::CallNative { a: t, f: nat });
        fb.emit(Instr::AddInt {
            a: i,
            b: i,
            c: rw + 1,
        });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        pb.add_func(fb.finish().unwrap())
    });
    take_log();
    run(&p, 0);
    assert_eq!(
        take_log(),
        vec![0, 97, 1, 65533, 2, 233, 4, 65533, 5, 65533, 6, 122, 7, 19990]
    );
    assert_eq!(
        decode_rune(b"\xed\xa0\x80"),
        (0xFFFD, 1),
        "a surrogate is invalid"
    );
    assert_eq!(
        decode_rune(b"\xc0\x80"),
        (0xFFFD, 1),
        "an overlong form is invalid"
    );
    assert_eq!(
        decode_rune(b"\xf4\x90\x80\x80"),
        (0xFFFD, 1),
        "past U+10FFFF"
    );
}

#[test]
fn string_ops_and_conversions() {
    // s := "ab" + "c"; s == "abc"; "abc" < "abd"; len([]rune("世界")) ; string([]byte(s)) == s
    let p = build(|pb| {
        let (ab, c, abc, abd, sj) = (
            pb.string(b"ab"),
            pb.string(b"c"),
            pb.string(b"abc"),
            pb.string(b"abd"),
            pb.string("世界".as_bytes()),
        );
        let mut fb = FuncBuilder::new("main.main", 0, 6);
        let (x, y, s, t, u, v) = (
            fb.regs(2),
            fb.regs(2),
            fb.regs(2),
            fb.regs(2),
            fb.regs(3),
            fb.regs(2),
        );
        fb.emit(Instr::LoadStr { a: x, k: ab });
        fb.emit(Instr::LoadStr { a: y, k: c });
        fb.emit(Instr::ConcatStr { a: s, b: x, c: y });
        fb.emit(Instr::LoadStr { a: t, k: abc });
        fb.emit(Instr::EqStr { a: 0, b: s, c: t });
        fb.emit(Instr::LoadStr { a: y, k: abd });
        fb.emit(Instr::LtStr { a: 1, b: s, c: y });
        fb.emit(Instr::LoadStr { a: x, k: sj });
        fb.emit(Instr::StrToRunes { a: u, b: x });
        fb.emit(Instr::LenSlice { a: 2, b: u });
        fb.emit(Instr::RunesToStr { a: v, b: u });
        fb.emit(Instr::EqStr { a: 3, b: v, c: x });
        fb.emit(Instr::StrToBytes { a: u, b: s });
        fb.emit(Instr::BytesToStr { a: v, b: u });
        fb.emit(Instr::EqStr { a: 4, b: v, c: t });
        // string(rune(-1)) has length 3 (U+FFFD)
        fb.emit(Instr::LoadI { a: x, i: -1 });
        fb.emit(Instr::RuneToStr { a: v, b: x });
        fb.emit(Instr::LenStr { a: 5, b: v });
        fb.emit(Instr::Ret { a: 0, b: 6 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 6), vec![1, 1, 2, 1, 1, 3]);
}

#[test]
fn append_grows_as_go() {
    // Go 1.27, appending one element at a time to a nil slice, caps at each growth:
    let seq = |size: usize, noscan: bool, n: usize| {
        let (mut cap, mut out) = (0, vec![]);
        for len in 0..n {
            if len == cap {
                cap = slice::grow_cap(cap, len + 1, size, noscan);
                out.push(cap);
            }
        }
        // Go prints the cap before each growth; the last growth is not printed.
        out.pop();
        out
    };
    assert_eq!(
        seq(8, true, 2000),
        vec![4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792]
    );
    assert_eq!(
        seq(1, true, 3000),
        vec![32, 64, 128, 256, 512, 896, 1408, 2048]
    );
    assert_eq!(
        seq(16, false, 600),
        vec![2, 4, 8, 16, 32, 71, 143, 303, 591]
    );
    // append([]int{1,2,3}, 4,5,6,7) => cap 8; make([]int,1,1)+1 => 2; nil []int + 5 => 6
    assert_eq!(slice::grow_cap(3, 7, 8, true), 8);
    assert_eq!(slice::grow_cap(1, 2, 8, true), 2);
    assert_eq!(slice::grow_cap(0, 5, 8, true), 6);

    // In bytecode: var s []int; for i := 0; i < 100; i++ { s = append(s, i) }; s[99], cap(s)
    let p = build(|pb| {
        let l = pb.layout(Layout::scalar("int"));
        let mut fb = FuncBuilder::new("main.main", 0, 2);
        let (s, i, n) = (fb.regs(3), fb.reg(), fb.reg());
        let (top, end) = (fb.label(), fb.label());
        fb.emit(Instr::Zero { a: s, b: 3 });
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.emit(Instr::LoadI { a: n, i: 100 });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: n, j: 0 }, end);
        fb.emit(Instr::Append { a: s, b: i, c: l });
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::LoadI { a: i, i: 99 });
        fb.emit(Instr::SliceGet {
            a: 0,
            b: s,
            c: i,
            w: 1,
        });
        fb.emit(Instr::CapSlice { a: 1, b: s });
        fb.emit(Instr::Ret { a: 0, b: 2 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 2), vec![99, 128]);
}

fn float_map() -> GoMap {
    let ty = Box::leak(Box::new(MapType {
        key_eq: vec![EqKind::Float],
        kw: 1,
        vw: 1,
        key_ptrs: vec![],
        val_ptrs: vec![],
    }));
    GoMap::new(ty, 0)
}

#[test]
fn map_float_keys_nan_and_signed_zero() {
    let tt = TypeTable::default();
    let m = float_map();
    let nan = f64::NAN.to_bits();
    m.set(&tt, &[nan], &[1]).unwrap();
    m.set(&tt, &[nan], &[2]).unwrap();
    assert_eq!(m.len().unwrap(), 2, "each NaN is a new key");
    let mut out = [9];
    assert!(!m.get(&tt, &[nan], &mut out).unwrap(), "NaN is never found");
    assert_eq!(out, [0]);
    m.set(&tt, &[0.0f64.to_bits()], &[5]).unwrap();
    assert!(m.get(&tt, &[(-0.0f64).to_bits()], &mut out).unwrap());
    assert_eq!(out, [5], "+0 == -0");
    m.delete(&tt, &[nan]).unwrap();
    assert_eq!(m.len().unwrap(), 3, "deleting NaN deletes nothing");
    // Iteration still produces the NaN entries.
    let (start, n) = m.iter_start().unwrap();
    let (mut pos, mut seen) = (0, 0);
    let (mut k, mut v) = ([0], [0]);
    while let Some(p) = m.iter_next(start, n, pos, &mut k, &mut v).unwrap() {
        pos = p;
        seen += 1;
    }
    assert_eq!(seen, 3);
}

#[test]
fn map_struct_and_interface_keys() {
    let heap = Heap::new();
    let mut tt = TypeTable::default();
    // map[struct{ n int; s string }]int
    let ty = Box::leak(Box::new(MapType {
        key_eq: vec![EqKind::Bits, EqKind::Str],
        kw: 3,
        vw: 1,
        key_ptrs: vec![1],
        val_ptrs: vec![],
    }));
    let m = GoMap::new(ty, 0);
    let x1 = new_string(&heap, b"x");
    let y = new_string(&heap, b"y");
    m.set(&tt, &[1, x1[0], x1[1]], &[10]).unwrap();
    m.set(&tt, &[1, y[0], y[1]], &[20]).unwrap();
    let x2 = new_string(&heap, b"x"); // a different object with equal contents
    let mut out = [0];
    assert!(m.get(&tt, &[1, x2[0], x2[1]], &mut out).unwrap());
    assert_eq!(out, [10]);
    assert!(!m.get(&tt, &[2, x2[0], x2[1]], &mut out).unwrap());

    // map[any]int: 1 and "1" are different keys; []int keys panic.
    let int = tt.add(RtType {
        name: "int".into(),
        kind: RtKind::Int,
        named: false,
        width: 1,
        layout: Layout::scalar("int"),
        direct: false,
        eq: Some(vec![EqKind::Bits]),
        methods: vec![],
    });
    let sl = tt.add(RtType {
        name: "[]int".into(),
        kind: RtKind::Other,
        named: false,
        width: 3,
        layout: Layout::new("[]int", 3, vec![0]),
        direct: false,
        eq: None,
        methods: vec![],
    });
    let ity = Box::leak(Box::new(MapType {
        key_eq: vec![EqKind::Iface],
        kw: 2,
        vw: 1,
        key_ptrs: vec![1],
        val_ptrs: vec![],
    }));
    let im = GoMap::new(ity, 0);
    // The box must have the type's own layout to unbox.
    let tint = tt.get(int as u64).unwrap();
    let box1 = {
        let b = heap.alloc_words(tint.layout, 1);
        b.set(0, 1);
        b
    };
    im.set(&tt, &[int as u64, box1.word()], &[100]).unwrap();
    let box2 = {
        let b = heap.alloc_words(tint.layout, 1);
        b.set(0, 1);
        b
    };
    assert!(im.get(&tt, &[int as u64, box2.word()], &mut out).unwrap());
    assert_eq!(out, [100]);
    let tsl = tt.get(sl as u64).unwrap();
    let sbox = heap.alloc_words(tsl.layout, 3);
    assert_eq!(
        im.set(&tt, &[sl as u64, sbox.word()], &[1]),
        Err(MapError::Panic(
            "runtime error: hash of unhashable type []int".into()
        ))
    );
}

fn int_map(n: u64) -> (GoMap, TypeTable) {
    let tt = TypeTable::default();
    let ty = Box::leak(Box::new(MapType {
        key_eq: vec![EqKind::Bits],
        kw: 1,
        vw: 1,
        key_ptrs: vec![],
        val_ptrs: vec![],
    }));
    let m = GoMap::new(ty, 0);
    for k in 0..n {
        m.set(&tt, &[k], &[k * 10]).unwrap();
    }
    (m, tt)
}

fn order(m: &GoMap) -> Vec<u64> {
    let (start, n) = m.iter_start().unwrap();
    let (mut pos, mut out) = (0, vec![]);
    let (mut k, mut v) = ([0], [0]);
    while let Some(p) = m.iter_next(start, n, pos, &mut k, &mut v).unwrap() {
        pos = p;
        assert_eq!(v[0], k[0] * 10);
        out.push(k[0]);
    }
    out
}

#[test]
fn map_iteration_is_randomized_and_complete() {
    let (m, tt) = int_map(50);
    let first = order(&m);
    let mut sorted = first.clone();
    sorted.sort();
    assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    assert!((0..20).any(|_| order(&m) != first), "order never changed");
    // Grow and delete a lot: everything still found.
    for k in 0..50 {
        if k % 3 == 0 {
            m.delete(&tt, &[k]).unwrap();
        }
    }
    for k in 50..5000 {
        m.set(&tt, &[k], &[k * 10]).unwrap();
    }
    let mut out = [0];
    for k in 0..5000u64 {
        let want = !(k < 50 && k % 3 == 0);
        assert_eq!(m.get(&tt, &[k], &mut out).unwrap(), want, "key {k}");
    }
    assert_eq!(m.len().unwrap(), 5000 - 17);
}

#[test]
fn deleting_during_iteration() {
    // for k := range m { for j := range m { if j != k { delete(m, j) } } ; count++ } => 1
    let (m, tt) = int_map(100);
    let (start, n) = m.iter_start().unwrap();
    let (mut pos, mut count) = (0, 0);
    let (mut k, mut v) = ([0], [0]);
    while let Some(p) = m.iter_next(start, n, pos, &mut k, &mut v).unwrap() {
        pos = p;
        count += 1;
        for j in 0..100 {
            if j != k[0] {
                m.delete(&tt, &[j]).unwrap();
            }
        }
    }
    assert_eq!(count, 1);
    assert_eq!(m.len().unwrap(), 1);
}

#[test]
fn map_ops_in_bytecode() {
    // m := make(map[int]int); for i := 0; i < 1000; i++ { m[i] = i*i }; delete(m, 7)
    // v, ok := m[30]; _, ok2 := m[7]; return len(m), v, ok, ok2
    let p = build(|pb| {
        let mt = pb.map_type(MapType {
            key_eq: vec![EqKind::Bits],
            kw: 1,
            vw: 1,
            key_ptrs: vec![],
            val_ptrs: vec![],
        });
        let mut fb = FuncBuilder::new("main.main", 0, 4);
        let (m, i, n, sq, w) = (fb.reg(), fb.reg(), fb.reg(), fb.reg(), fb.regs(2));
        let (top, end) = (fb.label(), fb.label());
        fb.emit(Instr::LoadI { a: n, i: 1000 });
        fb.emit(Instr::MakeMap { a: m, b: n, c: mt });
        fb.emit(Instr::LoadI { a: i, i: 0 });
        fb.bind(top);
        fb.emit_jump(Instr::JmpGeInt { a: i, b: n, j: 0 }, end);
        fb.emit(Instr::MulInt { a: sq, b: i, c: i });
        fb.emit(Instr::MapSet { a: m, b: i, c: sq });
        fb.emit(Instr::AddIntI { a: i, b: i, i: 1 });
        fb.jmp(top);
        fb.bind(end);
        fb.emit(Instr::LoadI { a: i, i: 7 });
        fb.emit(Instr::MapDelete { a: m, b: i });
        fb.emit(Instr::MapLen { a: 0, b: m });
        fb.emit(Instr::LoadI { a: w, i: 30 });
        fb.emit(Instr::MapGetOk { a: w, b: m, c: mt });
        fb.emit(Instr::Move { a: 1, b: w });
        fb.emit(Instr::Move { a: 2, b: w + 1 });
        fb.emit(Instr::LoadI { a: w, i: 7 });
        fb.emit(Instr::MapGetOk { a: w, b: m, c: mt });
        fb.emit(Instr::Move { a: 3, b: w + 1 });
        fb.emit(Instr::Ret { a: 0, b: 4 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 4), vec![999, 900, 1, 0]);
}

#[test]
fn slices_of_an_array_inside_a_struct() {
    // type P struct{ x, y int }; type T struct { tag int; ps [3]P }
    // t := new(T); s := t.ps[:]; s[2] = P{7, 8}; u := s[1:]; c := copy(u, s[2:])
    // return t.ps[2].y, u[0].x, len(u), cap(u), c, t.tag
    let p = build(|pb| {
        let tl = pb.layout(Layout::new("main.T", 7, vec![]));
        let mut fb = FuncBuilder::new("main.main", 0, 6);
        let (t, pa, n, s, u, v, ix, tmp) = (
            fb.reg(),
            fb.reg(),
            fb.reg(),
            fb.regs(3),
            fb.regs(3),
            fb.regs(3),
            fb.regs(2),
            fb.regs(2),
        );
        fb.emit(Instr::New { a: t, b: tl });
        fb.emit(Instr::Addr { a: pa, b: t, c: 1 });
        fb.emit(Instr::LoadI { a: n, i: 3 });
        fb.emit(Instr::SliceOfArray { a: s, b: pa, c: n });
        fb.emit(Instr::LoadI { a: tmp, i: 7 });
        fb.emit(Instr::LoadI { a: tmp + 1, i: 8 });
        fb.emit(Instr::LoadI { a: ix, i: 2 });
        fb.emit(Instr::SliceSet {
            a: tmp,
            b: s,
            c: ix,
            w: 2,
        });
        fb.emit(Instr::LoadI { a: ix, i: 1 });
        fb.emit(Instr::LoadI { a: ix + 1, i: 3 });
        fb.emit(Instr::SliceSlice {
            a: u,
            b: s,
            c: ix,
            w: 2,
        });
        fb.emit(Instr::LoadI { a: ix, i: 2 });
        fb.emit(Instr::SliceSlice {
            a: v,
            b: s,
            c: ix,
            w: 2,
        });
        fb.emit(Instr::Copy {
            a: 4,
            b: u,
            c: v,
            w: 2,
        });
        fb.emit(Instr::Load { a: 0, b: t, c: 6 });
        fb.emit(Instr::LoadI { a: ix, i: 0 });
        fb.emit(Instr::SliceGet {
            a: tmp,
            b: u,
            c: ix,
            w: 2,
        });
        fb.emit(Instr::Move { a: 1, b: tmp });
        fb.emit(Instr::LenSlice { a: 2, b: u });
        fb.emit(Instr::CapSlice { a: 3, b: u });
        fb.emit(Instr::Load { a: 5, b: t, c: 0 });
        fb.emit(Instr::Ret { a: 0, b: 6 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 6), vec![8, 7, 2, 2, 1, 0]);
}

#[test]
fn clear_of_a_subslice() {
    // s := []int{1, 2, 3}; clear(s[1:]); return s[0], s[1], s[2]
    let p = build(|pb| {
        let l = pb.layout(Layout::scalar("int"));
        let mut fb = FuncBuilder::new("main.main", 0, 3);
        let (n, s, t, i, v) = (fb.regs(2), fb.regs(3), fb.regs(3), fb.regs(2), fb.reg());
        fb.emit(Instr::LoadI { a: n, i: 3 });
        fb.emit(Instr::LoadI { a: n + 1, i: 3 });
        fb.emit(Instr::MakeSlice { a: s, b: n, c: l });
        for k in 0..3 {
            fb.emit(Instr::LoadI { a: i, i: k });
            fb.emit(Instr::LoadI { a: v, i: k + 1 });
            fb.emit(Instr::SliceSet {
                a: v,
                b: s,
                c: i,
                w: 1,
            });
        }
        fb.emit(Instr::LoadI { a: i, i: 1 });
        fb.emit(Instr::LoadI { a: i + 1, i: 3 });
        fb.emit(Instr::SliceSlice {
            a: t,
            b: s,
            c: i,
            w: 1,
        });
        fb.emit(Instr::ClearSlice { a: t, w: 1 });
        for k in 0..3u16 {
            fb.emit(Instr::LoadI { a: i, i: k as i32 });
            fb.emit(Instr::SliceGet {
                a: k,
                b: s,
                c: i,
                w: 1,
            });
        }
        fb.emit(Instr::Ret { a: 0, b: 3 });
        pb.add_func(fb.finish().unwrap())
    });
    assert_eq!(run(&p, 3), vec![1, 0, 0]);
}
