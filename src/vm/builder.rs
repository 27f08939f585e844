//! The API the compiler writes bytecode with: `ProgramBuilder` owns the program's tables
//! (constants, strings, layouts, types, natives, globals) and `FuncBuilder` one
//! function's code, registers, labels and source positions.
//!
//! A compiler uses them like this (see the tests in `tests/vm_*.rs` for complete ones):
//! ```text
//! let mut pb = ProgramBuilder::new(heap);
//! let fib = pb.declare_func("main.fib");          // ids first, so calls can be emitted
//! let mut fb = FuncBuilder::new("main.fib", 1, 1); // 1 parameter word, 1 result word
//! let n = 0; let t = fb.reg();                     // R[0] is the parameter
//! let done = fb.label();
//! fb.emit_jump(Instr::JmpGeIntI { a: n, i: 2, j: 0 }, done);
//! ...
//! fb.bind(done);
//! pb.define_func(fib, fb.finish()?);
//! let prog = pb.finish(Some(main_id))?;
//! ```
//! Registers are allocated stack-like (`reg`, `regs`, `mark`, `release`); a call window
//! is `regs(n)` taken above everything live. Jumps to labels are patched in `finish`,
//! which also checks every register operand against the frame size, so a compiler bug is
//! an error here rather than a wild index at run time.

use super::opcode::{Instr, Reg};
use super::program::{AssertSite, ClosureSite, Func, Native, NativeFn, Program};
use crate::runtime::heap::{Heap, Layout};
use crate::runtime::map::MapType;
use crate::runtime::types::{EqKind, RtKind, RtType, TypeTable};
use std::collections::HashMap;
use std::sync::Arc;

/// Type id of runtime errors (a boxed string message; Go's `runtime.Error`).
pub const RUNTIME_ERROR_TID: u32 = 1;

/// A jump target inside one function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// Builds one function.
pub struct FuncBuilder {
    name: String,
    code: Vec<Instr>,
    pos: Vec<u32>,
    nparams: u16,
    nresults: u16,
    next_reg: u32,
    max_reg: u32,
    labels: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    cur_pos: u32,
    ptr_regs: Option<Vec<u32>>,
    recover_pc: Option<u32>,
}

impl FuncBuilder {
    /// A function whose parameters occupy R[0..nparams] (words) and which returns
    /// `nresults` words. The first free register is `max(nparams, nresults)`.
    pub fn new(name: impl Into<String>, nparams: u16, nresults: u16) -> FuncBuilder {
        let first = nparams.max(nresults) as u32;
        FuncBuilder {
            name: name.into(),
            code: Vec::new(),
            pos: Vec::new(),
            nparams,
            nresults,
            next_reg: first,
            max_reg: first,
            labels: Vec::new(),
            fixups: Vec::new(),
            cur_pos: 0,
            ptr_regs: None,
            recover_pc: None,
        }
    }

    /// A fresh register.
    pub fn reg(&mut self) -> Reg {
        self.regs(1)
    }

    /// `n` consecutive fresh registers; returns the first. A zero-width value (`struct{}`,
    /// `[0]int`) takes none, but the frame still extends past its register, so that an
    /// instruction naming it (`MapSet` of a `map[K]struct{}`) stays inside the frame.
    pub fn regs(&mut self, n: u16) -> Reg {
        let r = self.next_reg;
        self.next_reg += n as u32;
        self.max_reg = self.max_reg.max(self.next_reg.max(r + 1));
        r.min(u16::MAX as u32) as Reg
    }

    /// The current register top, to `release` to later (scoped temporaries).
    pub fn mark(&self) -> u32 {
        self.next_reg
    }

    /// Frees every register allocated since `mark`.
    pub fn release(&mut self, mark: u32) {
        self.next_reg = mark.min(self.next_reg);
    }

    /// Source position (global offset) for the instructions emitted next.
    pub fn set_pos(&mut self, pos: u32) {
        self.cur_pos = pos;
    }

    /// Appends an instruction; returns its pc.
    pub fn emit(&mut self, i: Instr) -> u32 {
        self.code.push(i);
        self.pos.push(self.cur_pos);
        (self.code.len() - 1) as u32
    }

    /// The pc of the next instruction.
    pub fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `l` to the next instruction.
    pub fn bind(&mut self, l: Label) {
        let pc = self.pc();
        if let Some(slot) = self.labels.get_mut(l.0 as usize) {
            *slot = Some(pc);
        }
    }

    /// Emits a jump instruction (any with a jump field, e.g. `Instr::Jmp { j: 0 }`) whose
    /// target is `l`, patched in `finish`.
    pub fn emit_jump(&mut self, i: Instr, l: Label) -> u32 {
        let pc = self.emit(i);
        self.fixups.push((pc as usize, l));
        pc
    }

    /// `goto l`.
    pub fn jmp(&mut self, l: Label) -> u32 {
        self.emit_jump(Instr::Jmp { j: 0 }, l)
    }

    /// Declares which registers hold pointers at every safepoint (precise stack maps).
    pub fn set_ptr_regs(&mut self, regs: Vec<u32>) {
        self.ptr_regs = Some(regs);
    }

    /// Marks the next instruction as where the frame resumes after a recovered panic.
    pub fn set_recover_here(&mut self) {
        self.recover_pc = Some(self.pc());
    }

    /// Patches jumps and checks operands. A function that defers but set no recover
    /// point gets one that returns zero results.
    pub fn finish(mut self) -> Result<Func, String> {
        let defers = self.code.iter().any(|i| matches!(i, Instr::Defer { .. }));
        if defers && self.recover_pc.is_none() {
            self.set_recover_here();
            let n = self.nresults;
            self.emit(Instr::Zero { a: 0, b: n });
            self.emit(Instr::Ret { a: 0, b: n });
        }
        for &(pc, l) in &self.fixups {
            let Some(Some(target)) = self.labels.get(l.0 as usize).copied() else {
                return Err(format!("{}: jump at {pc} to an unbound label", self.name));
            };
            let off = target as i64 - (pc as i64 + 1);
            let ok = i32::try_from(off).is_ok_and(|o| self.code[pc].set_jump(o));
            if !ok {
                return Err(format!(
                    "{}: jump at {pc} out of range for its instruction",
                    self.name
                ));
            }
        }
        let nregs = u16::try_from(self.max_reg)
            .map_err(|_| format!("{}: more than 65535 registers", self.name))?;
        let ptr_regs = self.ptr_regs.take();
        // What a call must clear (calls invariant 1): with a pointer map, the pointer
        // registers past the parameters; scanned conservatively, nothing.
        let zero_regs = ptr_regs.as_ref().map_or(Vec::new(), |ps| {
            ps.iter()
                .copied()
                .filter(|&r| r >= self.nparams as u32 && r < nregs as u32)
                .collect()
        });
        let f = Func {
            name: self.name,
            code: self.code,
            pos: self.pos,
            nparams: self.nparams,
            nresults: self.nresults,
            nregs,
            ptr_regs,
            zero_regs,
            recover_pc: self.recover_pc,
        };
        super::verify::check_func(&f)?;
        Ok(f)
    }
}

/// Builds a program's tables and collects its functions.
pub struct ProgramBuilder {
    heap: Arc<Heap>,
    funcs: Vec<Option<Func>>,
    func_names: Vec<String>,
    consts: Vec<u64>,
    const_ids: HashMap<u64, u32>,
    strs: Vec<(Option<crate::runtime::heap::ObjRef>, u32)>,
    str_ids: HashMap<Vec<u8>, u32>,
    layouts: Vec<&'static Layout>,
    map_types: Vec<&'static MapType>,
    closures: Vec<ClosureSite>,
    asserts: Vec<AssertSite>,
    pub types: TypeTable,
    natives: Vec<Native>,
    method_names: Vec<String>,
    method_ids: HashMap<String, u32>,
    globals_width: u32,
    global_ptrs: Vec<u32>,
    /// A live REPL session's globals object and its capacity in words (`seeded`): the
    /// program uses it instead of allocating its own.
    fixed_globals: Option<(crate::runtime::heap::ObjRef, u32)>,
    sources: Option<Arc<crate::source::SourceMap>>,
    ext: Option<Arc<dyn std::any::Any + Send + Sync>>,
}

impl ProgramBuilder {
    /// A builder allocating its constants in `heap` (the heap the program will run on).
    pub fn new(heap: Arc<Heap>) -> ProgramBuilder {
        let mut types = TypeTable::default();
        let tid = types.add(RtType {
            name: "runtime.Error".into(),
            kind: RtKind::String,
            named: true,
            width: 2,
            layout: Layout::new("runtime.Error", 2, vec![0]),
            direct: false,
            eq: Some(vec![EqKind::Str]),
            methods: vec![],
        });
        debug_assert_eq!(tid, RUNTIME_ERROR_TID);
        ProgramBuilder {
            heap,
            funcs: Vec::new(),
            func_names: Vec::new(),
            consts: Vec::new(),
            const_ids: HashMap::new(),
            strs: Vec::new(),
            str_ids: HashMap::new(),
            layouts: Vec::new(),
            map_types: Vec::new(),
            closures: Vec::new(),
            asserts: Vec::new(),
            types,
            natives: Vec::new(),
            method_names: Vec::new(),
            method_ids: HashMap::new(),
            globals_width: 0,
            global_ptrs: Vec::new(),
            fixed_globals: None,
            sources: None,
            ext: None,
        }
    }

    /// A builder for the next program of a live REPL session (`compile::live`): every
    /// table of `prev` is kept at its index (so `prev`'s code, and the closures, type ids
    /// and method name ids its values hold, mean the same here) and new entries are
    /// appended. Globals are the session's fixed object `globals` of `cap` words, of
    /// which `used` are taken.
    pub fn seeded(
        prev: &Program,
        globals: crate::runtime::heap::ObjRef,
        cap: u32,
        used: u32,
    ) -> ProgramBuilder {
        let mut b = ProgramBuilder::new(prev.heap.clone());
        b.func_names = prev.funcs.iter().map(|f| f.name.clone()).collect();
        b.funcs = prev.funcs.iter().cloned().map(Some).collect();
        b.consts = prev.consts.clone();
        b.const_ids = prev
            .consts
            .iter()
            .enumerate()
            .map(|(i, &w)| (w, i as u32))
            .collect();
        b.strs = prev.strs.clone();
        b.str_ids = prev
            .strs
            .iter()
            .enumerate()
            .map(|(i, (o, _))| {
                (
                    o.map(|o| o.str_bytes().to_vec()).unwrap_or_default(),
                    i as u32,
                )
            })
            .collect();
        b.layouts = prev.layouts.clone();
        b.map_types = prev.map_types.clone();
        b.closures = prev.closures.clone();
        b.asserts = prev.asserts.clone();
        b.types = prev.types.clone();
        b.natives = prev.natives.clone();
        b.method_names = prev.method_names.clone();
        b.method_ids = prev
            .method_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        b.set_fixed_globals(globals, cap, used);
        b
    }

    /// Makes the program use `globals` (`cap` words, `used` of them taken) instead of
    /// allocating its own object (a live REPL session's, `compile::live`).
    pub fn set_fixed_globals(
        &mut self,
        globals: crate::runtime::heap::ObjRef,
        cap: u32,
        used: u32,
    ) {
        self.globals_width = used;
        self.fixed_globals = Some((globals, cap));
    }

    /// Global words reserved so far.
    pub fn globals_used(&self) -> u32 {
        self.globals_width
    }

    /// Clears the methods of run-time type `tid` (a live session re-adds the current ones).
    pub fn clear_methods(&mut self, tid: u32) {
        if let Some(t) = self.types.types.get_mut(tid as usize) {
            t.methods.clear();
        }
    }

    pub fn heap(&self) -> &Arc<Heap> {
        &self.heap
    }

    /// Reserves a function id (so calls can be emitted before the body exists).
    pub fn declare_func(&mut self, name: impl Into<String>) -> u32 {
        self.funcs.push(None);
        self.func_names.push(name.into());
        self.funcs.len() as u32 - 1
    }

    /// Supplies the body of a declared function.
    pub fn define_func(&mut self, id: u32, f: Func) {
        if let Some(slot) = self.funcs.get_mut(id as usize) {
            *slot = Some(f);
        }
    }

    /// Declares and defines in one step.
    pub fn add_func(&mut self, f: Func) -> u32 {
        let id = self.declare_func(f.name.clone());
        self.define_func(id, f);
        id
    }

    /// A 64-bit constant's index (deduplicated).
    pub fn constant(&mut self, w: u64) -> u32 {
        if let Some(&k) = self.const_ids.get(&w) {
            return k;
        }
        self.consts.push(w);
        let k = self.consts.len() as u32 - 1;
        self.const_ids.insert(w, k);
        k
    }

    /// A float constant's index.
    pub fn float(&mut self, x: f64) -> u32 {
        self.constant(x.to_bits())
    }

    /// A string constant's index (for `LoadStr`).
    pub fn string(&mut self, s: &[u8]) -> u32 {
        if let Some(&k) = self.str_ids.get(s) {
            return k;
        }
        let obj = (!s.is_empty()).then(|| self.heap.alloc_str(s));
        self.strs.push((obj, s.len() as u32));
        let k = self.strs.len() as u32 - 1;
        self.str_ids.insert(s.to_vec(), k);
        k
    }

    /// A layout's index (for `New`, `MakeSlice`, `Append`).
    pub fn layout(&mut self, l: &'static Layout) -> u16 {
        if let Some(i) = self.layouts.iter().position(|x| std::ptr::eq(*x, l)) {
            return i as u16;
        }
        self.layouts.push(l);
        (self.layouts.len() - 1) as u16
    }

    /// A map type's index (for `MakeMap`).
    pub fn map_type(&mut self, m: MapType) -> u16 {
        self.map_types.push(Box::leak(Box::new(m)));
        (self.map_types.len() - 1) as u16
    }

    /// A closure site's index (for `MakeClosure`); `capt_ptrs` are the captured words
    /// that are pointers.
    pub fn closure_site(&mut self, func: u32, ncapt: u16, capt_ptrs: &[u32]) -> u16 {
        let name = self
            .func_names
            .get(func as usize)
            .cloned()
            .unwrap_or_default();
        let ptrs = capt_ptrs.iter().map(|p| p + 1).collect();
        let layout = Layout::new(format!("closure {name}"), ncapt as u32 + 1, ptrs);
        self.closures.push(ClosureSite {
            func,
            ncapt,
            layout,
        });
        (self.closures.len() - 1) as u16
    }

    /// An assertion site's index (for `TypeAssert`).
    pub fn assert_site(&mut self, site: AssertSite) -> u16 {
        self.asserts.push(site);
        (self.asserts.len() - 1) as u16
    }

    /// A run-time type's id (for `MakeIface`, type switches).
    pub fn add_type(&mut self, t: RtType) -> u32 {
        self.types.add(t)
    }

    /// Interns a method name (for `CallIface` and method tables).
    pub fn method_name(&mut self, name: &str) -> u32 {
        if let Some(&k) = self.method_ids.get(name) {
            return k;
        }
        self.method_names.push(name.to_string());
        let k = self.method_names.len() as u32 - 1;
        self.method_ids.insert(name.to_string(), k);
        k
    }

    /// Adds method `name` (implemented by `func`, which takes the interface's data word as
    /// its receiver) to type `tid`.
    pub fn add_method(&mut self, tid: u32, name: u32, func: u32) {
        if let Some(t) = self.types.types.get_mut(tid as usize) {
            t.methods.push((name, func));
            t.methods.sort_unstable();
        }
    }

    /// Registers a native; returns its id (for `CallNative`).
    pub fn native(&mut self, name: impl Into<String>, window: u16, f: NativeFn) -> u32 {
        self.natives.push(Native {
            name: name.into(),
            window,
            f,
        });
        self.natives.len() as u32 - 1
    }

    /// Reserves `width` global words (`ptrs`: offsets of pointer words); returns the first.
    pub fn global(&mut self, width: u32, ptrs: &[u32]) -> u32 {
        let k = self.globals_width;
        self.global_ptrs.extend(ptrs.iter().map(|p| p + k));
        self.globals_width += width;
        k
    }

    /// Source files for positions in stack traces and disassembly.
    pub fn sources(&self) -> Option<&crate::source::SourceMap> {
        self.sources.as_deref()
    }

    pub fn set_sources(&mut self, sm: Arc<crate::source::SourceMap>) {
        self.sources = Some(sm);
    }

    /// Attaches data for the natives (`Program::ext`).
    pub fn set_ext(&mut self, ext: Arc<dyn std::any::Any + Send + Sync>) {
        self.ext = Some(ext);
    }

    /// Finishes the program; `entry` is the function `Vm::run_main` starts.
    pub fn finish(self, entry: Option<u32>) -> Result<Arc<Program>, String> {
        let mut funcs = Vec::with_capacity(self.funcs.len());
        for (i, f) in self.funcs.into_iter().enumerate() {
            match f {
                Some(f) => funcs.push(f),
                None => {
                    return Err(format!(
                        "function {} declared but not defined",
                        self.func_names[i]
                    ))
                }
            }
        }
        let fixed = self.fixed_globals;
        if let Some((_, cap)) = fixed {
            if self.globals_width > cap {
                return Err(format!("the session's globals are full ({cap} words)"));
            }
        }
        let glay = Layout::new("globals", self.globals_width.max(1), Vec::new());
        let glay: &'static Layout = Box::leak(Box::new(Layout {
            name: glay.name.clone(),
            width: self.globals_width.max(1),
            ptrs: self.global_ptrs,
            is_map: false,
            elem_size: 8,
        }));
        let globals = match fixed {
            Some((g, _)) => g,
            None => self
                .heap
                .alloc_words(glay, self.globals_width.max(1) as usize),
        };
        let prog = Program {
            funcs,
            consts: self.consts,
            strs: self.strs,
            layouts: self.layouts,
            map_types: self.map_types,
            closures: self.closures,
            asserts: self.asserts,
            types: self.types,
            natives: self.natives,
            method_names: self.method_names,
            globals,
            heap: self.heap,
            entry,
            sources: self.sources,
            ext: self.ext,
            verified: std::sync::OnceLock::new(),
        };
        super::verify::check_program(&prog)?;
        Ok(Arc::new(prog))
    }
}
