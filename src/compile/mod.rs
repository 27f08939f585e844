//! The bytecode compiler: the checked AST plus the checker's `Info` become a `vm::Program`
//! of typed register bytecode (issue #3).
//!
//! Compilation is demand-driven: it starts at `main.main`, the main package's `init`
//! functions and package variable initializers, and compiles every function (and method
//! of every type converted to an interface) those reach, through a work list. So an
//! imported standard-library package costs only what the program uses; its package
//! variables are initialized when compiled code refers to them (their initializers have
//! no observable effects, unlike the main package's, which all run in Go's order).
//!
//! Bodiless functions of the embedded standard library, and a few with bodies that run
//! faster in Rust (`fmt`'s printers), are natives (`stdlib::native`). `compile` reports
//! no user errors (the checker did); what it cannot compile yet is a
//! `Diagnostic::unsupported`, an inconsistency an `internal error`.

mod assign;
mod call;
mod closure;
mod conc;
mod defer;
mod expr;
mod func;
mod literal;
pub mod live;
mod methods;
mod place;
mod rangefunc;
mod stmt;
mod switch;
pub mod types;

use crate::diag::Diagnostic;
use crate::runtime::heap::{Heap, Layout};
use crate::source::{SourceMap, Span};
use crate::stdlib::native::{self, fmt::TypeDesc, NativeData};
use crate::syntax::ast;
use crate::types::{Info, ObjId, ObjKind, PkgId, TypeId};
use crate::vm::{FuncBuilder, Instr, Program, ProgramBuilder};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// The end of the internal error for a standard-library body that lazy checking left
/// unchecked (`types::lazy`); `driver` then checks the program again in full.
pub const UNCHECKED_BODY: &str = "body not type-checked";

/// A compile error: already a diagnostic.
pub type CResult<T> = Result<T, Diagnostic>;

pub(crate) fn unsupported(span: Span, what: impl Into<String>) -> Diagnostic {
    Diagnostic::unsupported(span, what.into())
}

pub(crate) fn internal(span: Span, what: impl Into<String>) -> Diagnostic {
    Diagnostic::error(span, format!("internal error: {}", what.into()))
}

/// A function body waiting to be compiled.
enum Job<'a> {
    Func(ObjId, &'a ast::FuncDecl),
    /// A package variable's initializer (index into that package's `init_order`).
    Init(PkgId, usize),
}

/// Whole-program state of one compilation.
pub struct Compiler<'a> {
    pub(crate) info: &'a Info,
    pub(crate) pb: ProgramBuilder,
    /// Go functions (and methods) → function ids.
    func_ids: HashMap<ObjId, u32>,
    /// Function and method declarations by object.
    decls: HashMap<ObjId, &'a ast::FuncDecl>,
    jobs: Vec<Job<'a>>,
    /// Package variables → first global word.
    globals: HashMap<ObjId, u32>,
    /// Package variables whose initializer was queued, → (package, initializer index).
    inits_done: HashSet<(PkgId, usize)>,
    /// Initializer functions, by (package, index).
    init_funcs: HashMap<(PkgId, usize), u32>,
    /// Variable → the initializer that sets it.
    var_init: HashMap<ObjId, (PkgId, usize)>,
    layouts: HashMap<TypeId, &'static Layout>,
    map_types: HashMap<TypeId, u16>,
    rt_types: HashMap<TypeId, u32>,
    pub(crate) descs: Vec<Option<TypeDesc>>,
    desc_depth: u32,
    natives: HashMap<String, u32>,
    /// Wrapper functions by (method, kind).
    wrappers: HashMap<(ObjId, u8, TypeId), u32>,
    /// Closure sites of plain functions used as values.
    func_values: HashMap<u32, u16>,
    /// Number of func literals per enclosing top-level function, for names.
    pub(crate) lit_count: HashMap<String, u32>,
    diags: Vec<Diagnostic>,
    /// The entry function `runtime.main`.
    entry: u32,
    /// The function the entry calls last: `main`, or `minigo test`'s generated one.
    main_func: String,
    /// Package variable initializer expressions by id.
    pub(crate) init_exprs: HashMap<crate::syntax::ast::NodeId, &'a ast::Expr>,
    /// Method names of interface types by run-time type id (for `errors.As`).
    pub(crate) iface_methods: HashMap<u32, Vec<String>>,
    /// Natives' window sizes by native id.
    pub(crate) native_windows: HashMap<u32, u16>,
    /// A live REPL session's identities (`live`): `None` for an ordinary program.
    pub(crate) live: Option<live::Link>,
}

/// Compiles a checked program. `files` are the main package's files; the standard
/// library's come from `info.packages`.
pub fn compile_program(
    sm: &SourceMap,
    files: &[ast::File],
    info: &Info,
    heap: Arc<Heap>,
) -> Result<Arc<Program>, Vec<Diagnostic>> {
    compile_program_entry(sm, files, info, heap, "main")
}

/// `compile_program` with the function `runtime.main` calls after initialization named
/// `main_func` instead of `main` (`minigo test` calls its generated `_testmain`).
pub fn compile_program_entry(
    sm: &SourceMap,
    files: &[ast::File],
    info: &Info,
    heap: Arc<Heap>,
    main_func: &str,
) -> Result<Arc<Program>, Vec<Diagnostic>> {
    let pb = ProgramBuilder::new(heap);
    compile_with_entry(sm, files, info, pb, None, main_func).0
}

/// `compile_program` with the builder given, and for a live REPL session its link.
fn compile_with(
    sm: &SourceMap,
    files: &[ast::File],
    info: &Info,
    pb: ProgramBuilder,
    live: Option<live::Link>,
) -> (Result<Arc<Program>, Vec<Diagnostic>>, Option<live::Link>) {
    compile_with_entry(sm, files, info, pb, live, "main")
}

/// `compile_with`, the entry calling `main_func` (`compile_program_entry`).
fn compile_with_entry(
    sm: &SourceMap,
    files: &[ast::File],
    info: &Info,
    pb: ProgramBuilder,
    live: Option<live::Link>,
    main_func: &str,
) -> (Result<Arc<Program>, Vec<Diagnostic>>, Option<live::Link>) {
    let seeded = live.as_ref().is_some_and(|l| l.prev.is_some());
    let mut c = Compiler {
        info,
        pb,
        func_ids: HashMap::new(),
        decls: HashMap::new(),
        jobs: Vec::new(),
        globals: HashMap::new(),
        inits_done: HashSet::new(),
        init_funcs: HashMap::new(),
        var_init: HashMap::new(),
        layouts: HashMap::new(),
        map_types: HashMap::new(),
        rt_types: HashMap::new(),
        descs: Vec::new(),
        desc_depth: 0,
        natives: HashMap::new(),
        wrappers: HashMap::new(),
        func_values: HashMap::new(),
        lit_count: HashMap::new(),
        diags: Vec::new(),
        entry: 0,
        main_func: main_func.to_string(),
        init_exprs: HashMap::new(),
        native_windows: HashMap::new(),
        iface_methods: HashMap::new(),
        live,
    };
    if let Some(prev) = c.live.as_ref().and_then(|l| l.prev.as_ref()) {
        if let Some(d) = prev
            .ext
            .as_ref()
            .and_then(|e| e.clone().downcast::<NativeData>().ok())
        {
            c.descs = d.descs.clone();
            c.iface_methods = d.iface_methods.clone();
        }
    }
    c.pb.set_sources(Arc::new(sm.clone()));
    let mut all_files: Vec<(PkgId, &ast::File)> = Vec::new();
    for (i, p) in info.packages.iter().enumerate() {
        for f in &p.files {
            all_files.push((PkgId(i as u32), f));
        }
    }
    for f in files {
        all_files.push((info.main, f));
    }
    for (_, f) in &all_files {
        for d in &f.decls {
            if let ast::Decl::Gen(g) = d {
                if let ast::GenKind::Var(specs) = &g.kind {
                    for sp in specs {
                        for v in &sp.values {
                            c.init_exprs.insert(v.id, v);
                        }
                    }
                }
            }
            if let ast::Decl::Func(fd) = d {
                if let Some(o) = info.defs.get(&fd.name.id) {
                    c.decls.insert(*o, fd);
                }
            }
        }
    }
    for &(o, fd) in &info.instances {
        c.decls.insert(o, fd);
    }
    for (pi, p) in info.packages.iter().enumerate() {
        for (k, ini) in p.init_order.iter().enumerate() {
            for v in &ini.lhs {
                c.var_init.insert(*v, (PkgId(pi as u32), k));
            }
        }
    }
    if !seeded {
        c.runtime_error_methods();
    }
    let entry = match c.build_entry(files) {
        Ok(e) => Some(e),
        Err(d) => {
            c.diags.push(d);
            None
        }
    };
    live::refresh_main_types(&mut c);
    while let Some(job) = c.jobs.pop() {
        let r = match job {
            Job::Func(o, fd) => c.compile_func_decl(o, fd),
            Job::Init(p, k) => c.compile_init(p, k),
        };
        if let Err(d) = r {
            c.diags.push(d);
            break;
        }
    }
    if let Err(d) = c.finish_entry(files) {
        c.diags.push(d);
    }
    if !c.diags.is_empty() {
        c.diags.truncate(1);
        return (Err(c.diags), c.live);
    }
    let descs = std::mem::take(&mut c.descs);
    let data = Arc::new(NativeData::new(
        descs,
        c.pp_offsets(),
        std::mem::take(&mut c.iface_methods),
    ));
    c.pb.set_ext(data.clone());
    let mut link = c.live.take();
    if let Some(l) = link.as_mut() {
        l.used = c.pb.globals_used();
        for p in &info.packages {
            l.inited.insert(p.path.clone());
        }
    }
    let r = match c.pb.finish(entry) {
        Ok(p) => {
            data.set_program(&p);
            Ok(p)
        }
        Err(e) => Err(vec![internal(Span::default(), e)]),
    };
    (r, link)
}

impl<'a> Compiler<'a> {
    /// Declares the entry function `runtime.main` (its body comes in `finish_entry`,
    /// once every initializer that compiled code needs is known).
    fn build_entry(&mut self, files: &[ast::File]) -> CResult<u32> {
        let entry = self.pb.declare_func("runtime.main");
        self.entry = entry;
        // The main package's initializers all run (they may have effects).
        let main = self.info.main;
        for k in 0..self.info.package(main).init_order.len() {
            if self.live.is_some() {
                // Only the initializers of variables new to the session run.
                for v in self.info.package(main).init_order[k].lhs.clone() {
                    self.global(v);
                }
            } else {
                self.need_init(main, k);
            }
        }
        let mut found = false;
        for f in files {
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    let is_main = fd.name.name == self.main_func;
                    if fd.recv.is_none() && (is_main || fd.name.name == "init") {
                        if let Some(o) = self.info.defs.get(&fd.name.id).copied() {
                            self.func_id(o);
                            found |= is_main;
                        }
                    }
                }
            }
        }
        if !found {
            return Err(internal(
                Span::default(),
                "function main is undeclared in the main package",
            ));
        }
        // Imported packages' `init` functions run too (context's closes `closedchan`).
        for pid in 0..self.info.packages.len() as u32 {
            for o in self.package_inits(PkgId(pid)) {
                self.func_id(o);
            }
        }
        Ok(entry)
    }

    /// The `init` functions of an imported package, in source order.
    fn package_inits(&self, pid: PkgId) -> Vec<ObjId> {
        let p = self.info.package(pid);
        if p.fake || pid == self.info.main {
            return Vec::new();
        }
        if self
            .live
            .as_ref()
            .is_some_and(|l| l.inited.contains(&p.path))
        {
            return Vec::new();
        }
        let mut out = Vec::new();
        for f in &p.files {
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    if fd.recv.is_none() && fd.name.name == "init" {
                        out.extend(self.info.defs.get(&fd.name.id).copied());
                    }
                }
            }
        }
        out
    }

    fn finish_entry(&mut self, files: &[ast::File]) -> CResult<()> {
        let mut fb = FuncBuilder::new("runtime.main", 0, 0);
        // Imported packages are initialized before their importers (Go's package
        // initialization order), whatever order they were loaded in.
        // Packages no import path reaches from main (loaded for the runtime) go first.
        let reached = self.info.package_order();
        let mut order: Vec<PkgId> = (0..self.info.packages.len() as u32)
            .map(PkgId)
            .filter(|p| !reached.contains(p) && !self.info.package(*p).fake)
            .collect();
        order.extend(reached);
        for pid in order {
            let p = self.info.package(pid);
            for k in 0..p.init_order.len() {
                if let Some(&f) = self.init_funcs.get(&(pid, k)) {
                    let w = fb.mark() as u16;
                    fb.emit(Instr::Call { a: w, f });
                }
            }
            // Queued by `build_entry`, so `func_id` only looks them up here.
            for o in self.package_inits(pid) {
                let f = self.func_id(o);
                let w = fb.mark() as u16;
                fb.emit(Instr::Call { a: w, f });
            }
        }
        let mut main_id = None;
        for f in files {
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    if fd.recv.is_some() {
                        continue;
                    }
                    let Some(o) = self.info.defs.get(&fd.name.id).copied() else {
                        continue;
                    };
                    if fd.name.name == "init" {
                        let id = self.func_id(o);
                        fb.set_pos(fd.span.lo);
                        let w = fb.mark() as u16;
                        fb.emit(Instr::Call { a: w, f: id });
                    } else if fd.name.name == self.main_func {
                        main_id = Some(self.func_id(o));
                    }
                }
            }
        }
        if let Some(m) = main_id {
            let w = fb.mark() as u16;
            fb.emit(Instr::Call { a: w, f: m });
        }
        fb.emit(Instr::Ret { a: 0, b: 0 });
        let f = fb.finish().map_err(|e| internal(Span::default(), e))?;
        self.pb.define_func(self.entry, f);
        // Compiling the entry queued nothing new; initializers queued by the jobs above
        // are already compiled.
        Ok(())
    }

    /// The function id of a Go function or method, queueing its body.
    pub(crate) fn func_id(&mut self, o: ObjId) -> u32 {
        if let Some(&id) = self.func_ids.get(&o) {
            return id;
        }
        let name = self.func_name(o);
        let id = self.pb.declare_func(name);
        self.func_ids.insert(o, id);
        if let Some(fd) = self.decls.get(&o).copied() {
            self.jobs.push(Job::Func(o, fd));
        }
        id
    }

    /// Go's qualified name of a function or method (`main.f`, `main.(*T).M`).
    pub(crate) fn func_name(&self, o: ObjId) -> String {
        let obj = self.info.obj(o);
        let pkg = obj
            .pkg
            .map(|p| self.info.package(p).path.clone())
            .unwrap_or_default();
        if let ObjKind::Func { recv: Some(r), .. } = obj.kind {
            let rt = self.info.obj(r).ty;
            let (ptr, base) = match self.info.types.get(rt) {
                crate::types::Type::Pointer(e) => (true, *e),
                _ => (false, rt),
            };
            let tn = self
                .info
                .types
                .named(base)
                .map(|n| {
                    // Go names methods of generic types `List[...]`.
                    let g = if n.targs.is_empty() { "" } else { "[...]" };
                    format!("{}{g}", self.info.obj(n.obj).name)
                })
                .unwrap_or_else(|| "?".into());
            if ptr {
                return format!("{pkg}.(*{tn}).{}", obj.name);
            }
            return format!("{pkg}.{tn}.{}", obj.name);
        }
        if self.info.inst_targs.contains_key(&o) {
            return format!("{pkg}.{}[...]", obj.name);
        }
        format!("{pkg}.{}", obj.name)
    }

    /// The function id of `o` for a reference to it at `span` (a call or a func value).
    /// A bodiless standard-library function without a Rust native cannot run, so a
    /// reference to it in the user's code is `minigo: unsupported: native function X`
    /// at the reference, whether or not the program would reach it. (References inside
    /// the standard library keep the stub that panics when called: they are often on
    /// paths a program never takes, such as `fmt`'s Go printer behind the natives.)
    pub(crate) fn func_ref(&mut self, o: ObjId, span: Span) -> CResult<u32> {
        let bodiless = self.decls.get(&o).is_some_and(|d| d.body.is_none());
        let in_stdlib = self
            .pb
            .sources()
            .and_then(|sm| sm.file(span.lo))
            .is_none_or(|f| f.name.starts_with("$GOROOT"));
        if bodiless && !in_stdlib && self.native_for(o).is_none() {
            let name = self.func_name(o);
            return Err(unsupported(span, format!("native function {name}")));
        }
        Ok(self.func_id(o))
    }

    /// The native implementing function `o`, if it is one (bodiless, or overridden).
    pub(crate) fn native_for(&mut self, o: ObjId) -> Option<(u32, bool)> {
        let name = self.func_name(o);
        if let Some(&id) = self.natives.get(&name) {
            return Some((id, true));
        }
        let has_body = self.decls.get(&o).is_some_and(|d| d.body.is_some());
        let (window, f) = native::lookup(&name, has_body)?;
        let id = self.pb.native(name.clone(), window, f);
        self.natives.insert(name, id);
        self.native_windows.insert(id, window);
        Some((id, true))
    }

    /// The global words of package variable `o`, queueing its initializer.
    pub(crate) fn global(&mut self, o: ObjId) -> u32 {
        if let Some(&k) = self.globals.get(&o) {
            return k;
        }
        let t = self.info.obj(o).ty;
        let key = self.live.is_some().then(|| live::global_key(self.info, o));
        if let Some(&k) = key
            .as_ref()
            .and_then(|key| self.live.as_ref()?.globals_by_key.get(key))
        {
            // A variable of the session's: its storage and value carry on.
            self.globals.insert(o, k);
            return k;
        }
        let w = self.width(t);
        let ptrs = self.ptr_offsets(t);
        let k = self.pb.global(w.max(1), &ptrs);
        self.globals.insert(o, k);
        if let (Some(key), Some(l)) = (key, self.live.as_mut()) {
            l.globals_by_key.insert(key, k);
        }
        if let Some(&(p, i)) = self.var_init.get(&o) {
            self.need_init(p, i);
        }
        k
    }

    fn need_init(&mut self, p: PkgId, k: usize) {
        if self.inits_done.insert((p, k)) {
            self.jobs.push(Job::Init(p, k));
        }
    }

    fn compile_func_decl(&mut self, o: ObjId, fd: &'a ast::FuncDecl) -> CResult<()> {
        let id = self.func_id(o);
        let name = self.func_name(o);
        let f = if fd.body.is_none() || native::lookup(&name, true).is_some() {
            func::native_stub(self, o, fd, &name)?
        } else if self.info.unchecked_bodies.contains(&o) {
            return Err(internal(fd.name.span, format!("{name}: {UNCHECKED_BODY}")));
        } else {
            func::compile_decl(self, o, fd, &name)?
        };
        self.pb.define_func(id, f);
        Ok(())
    }

    fn compile_init(&mut self, p: PkgId, k: usize) -> CResult<()> {
        let ini = &self.info.package(p).init_order[k];
        let name = format!("{}.init.var{}", self.info.package(p).path, k);
        let f = func::compile_initializer(self, ini, &name)?;
        let id = self.pb.add_func(f);
        self.init_funcs.insert((p, k), id);
        Ok(())
    }

    /// `fmt.pp`'s `wrapErrs` and `wrapped` word offsets, if `fmt` is loaded.
    fn pp_offsets(&self) -> Option<(u32, u32)> {
        let o = self.info.lookup_package_object("fmt", "pp")?;
        let t = self.info.obj(o).ty;
        let crate::types::Type::Struct { fields } = self.info.types.under(t) else {
            return None;
        };
        let (mut off, mut we, mut wr) = (0, None, None);
        for f in fields {
            if f.name == "wrapErrs" {
                we = Some(off);
            }
            if f.name == "wrapped" {
                wr = Some(off);
            }
            off += self.width(f.ty);
        }
        Some((we?, wr?))
    }

    /// Gives run-time errors (`RUNTIME_ERROR_TID`, a boxed message) their `Error`
    /// method, so recovered ones are `error`s as in Go.
    fn runtime_error_methods(&mut self) {
        let mut fb = FuncBuilder::new("runtime.Error.Error", 1, 2);
        let r = fb.regs(2);
        fb.emit(Instr::LoadN { a: r, b: 0, c: 2 });
        fb.emit(Instr::Ret { a: r, b: 2 });
        if let Ok(f) = fb.finish() {
            let fid = self.pb.add_func(f);
            let name = self.pb.method_name("Error");
            self.pb.add_method(crate::vm::RUNTIME_ERROR_TID, name, fid);
        }
        let mut fb = FuncBuilder::new("runtime.Error.RuntimeError", 1, 0);
        fb.emit(Instr::Ret { a: 0, b: 0 });
        if let Ok(f) = fb.finish() {
            let fid = self.pb.add_func(f);
            let name = self.pb.method_name("RuntimeError()");
            self.pb.add_method(crate::vm::RUNTIME_ERROR_TID, name, fid);
        }
    }

    /// The closure site of plain function `fid` used as a value.
    pub(crate) fn func_value_site(&mut self, fid: u32) -> u16 {
        if let Some(&s) = self.func_values.get(&fid) {
            return s;
        }
        let s = self.pb.closure_site(fid, 0, &[]);
        self.func_values.insert(fid, s);
        s
    }
}
