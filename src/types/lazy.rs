//! Lazy body checking for the embedded standard library (issue #3: start-up time).
//!
//! A program that imports `fmt` pulls in about 9k lines of standard-library Go, most of
//! it function bodies the program never reaches. Those bodies are ours and were checked
//! (by real Go, and by `stdlib::tests::every_package_checks_cleanly` with this checker
//! in eager mode), so a run only needs the bodies the compiler will compile. The
//! declarations (signatures, types, constants, package variables and their
//! initializers) are always checked; a standard-library function's *body* waits in
//! `Lazy::pending` until something reaches it:
//!
//! - a use of the function or method object (an identifier, a qualified name, a
//!   selector `x.M` or method expression `T.M`), in any checked code;
//! - a method table: every type recorded for an expression in a function body or a
//!   package variable's declaration is walked structurally (pointer,
//!   element, key, field and tuple types, through named types to their underlying
//!   types), and every method of a named type met on the way counts as reached. This
//!   over-approximates the compiler, which builds method tables only for types stored
//!   in interfaces and their printing descriptors' components (`compile::types`);
//! - a standard package's `init` function (the compiler runs them all).
//!
//! What a standard package variable's declaration reaches (its initializer's calls and
//! types) is kept in a bucket and counts only once the variable itself is reached, as
//! the compiler initializes such a variable only when compiled code uses it (`os.Stdout`
//! reaches `NewFile` and `*File`'s methods only in a program that uses `os.Stdout`).
//!
//! Bodies the compiler replaces with Rust natives (`stdlib::native::lookup(name, true)`)
//! are never reached. Reached bodies are checked from a work list (`Checker::drain_lazy`)
//! at the end of each package's check, before its initialization order is computed, so
//! dependencies through function bodies (`var a = f()` where `f` reads `b`) order the
//! package's variables exactly as an eager check does. What stays unchecked is listed in
//! `Info::unchecked_bodies`; the compiler refuses to compile such a body (an internal
//! error, never silently wrong code).
//!
//! Since unreached bodies are unchecked, `imported and not used` is not reported for
//! standard packages in lazy mode (their imports may be used only there), and their
//! generic declarations are checked only per instance.
//!
//! In lazy mode the bodies are not even parsed until reached: the importer parses a
//! standard file with `syntax::lazy::parse_file_lazy`, which leaves each top-level
//! body empty and keeps its tokens in `Lazy::bodies`; `drain_lazy` parses a reached
//! body, checks it (with a checker of its own, since the block is not part of the
//! package's files), and `splice_bodies` puts it into the syntax tree at the end, for
//! the compiler.
//!
//! Measured on `hello.go` (`fmt.Println`), release build, callgrind: 190 M
//! instructions before, 114 M with lazy checking, 86 M with lazy parsing too (no
//! standard-library body is checked or parsed); what remains is lexing every file of
//! the ~12 packages `fmt` imports, parsing and checking their declarations.

use super::check::Checker;
use super::object::{ObjId, ObjKind, PkgId, VarKind};
use super::scope::ScopeId;
use super::typ::{Type, TypeId};
use crate::syntax::ast;
use std::collections::{HashMap, HashSet};

/// A function body waiting to be reached.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pending {
    pub pkg: PkgId,
    /// The declaration's name id (its `FuncInfo` key).
    pub key: ast::NodeId,
    /// The file scope the declaration resolves names in.
    pub scope: ScopeId,
}

/// The work list of lazy body checking.
#[derive(Default)]
pub(crate) struct Lazy {
    /// Whether standard-library bodies are checked lazily at all (off: everything is
    /// checked, as `every_package_checks_cleanly` wants).
    pub enabled: bool,
    /// Bodies not checked yet, by function object.
    pub pending: HashMap<ObjId, Pending>,
    /// Function objects reached so far.
    reached: HashSet<ObjId>,
    /// Reached functions whose bodies may still be pending.
    queue: Vec<ObjId>,
    /// Types met so far (walked or waiting in `types`).
    seen_types: HashSet<TypeId>,
    types: Vec<TypeId>,
    /// The standard-library package variable whose declaration is being checked: what
    /// it reaches goes to its bucket, released when the variable itself is reached.
    pub collecting: Option<ObjId>,
    /// The declarations of standard packages to parse at all (`prune.rs`); `None`:
    /// every declaration.
    pub plan: Option<super::prune::Plan>,
    /// Unparsed function bodies by the position of their `{` (`syntax::lazy`).
    pub bodies: HashMap<crate::source::Pos, crate::syntax::lazy::LazyBody>,
    /// Bodies parsed when reached, by their declaration's name id: spliced into the
    /// packages' syntax trees when checking ends (`splice_bodies`).
    parsed: HashMap<ast::NodeId, ast::Block>,
    /// Per package variable of the standard library: the objects and types its
    /// declaration reached (the compiler compiles the initializer only if the variable
    /// is used), and the other variables one initializer sets (`var a, b = f()`).
    buckets: HashMap<ObjId, Bucket>,
}

#[derive(Default)]
struct Bucket {
    objs: Vec<ObjId>,
    types: Vec<TypeId>,
    group: Vec<ObjId>,
}

impl Lazy {
    /// Marks function `obj` reached (any object may be given; others are ignored when
    /// the queue is drained).
    pub fn reach(&mut self, obj: ObjId) {
        if !self.enabled {
            return;
        }
        if let Some(v) = self.collecting {
            self.buckets.entry(v).or_default().objs.push(obj);
            return;
        }
        if self.reached.insert(obj) {
            self.queue.push(obj);
        }
    }

    /// Starts collecting what package variable `v`'s declaration reaches (its
    /// initializer also sets `group`); returns the previous collector to restore.
    pub fn collect_for(&mut self, v: ObjId, group: &[ObjId]) -> Option<ObjId> {
        let b = self.buckets.entry(v).or_default();
        b.group.extend(group.iter().copied().filter(|&o| o != v));
        self.collecting.replace(v)
    }

    /// Releases what variable `v`'s declaration reached (`v` was reached).
    fn release(&mut self, v: ObjId) {
        let Some(b) = self.buckets.remove(&v) else {
            return;
        };
        for o in b.objs.into_iter().chain(b.group) {
            self.reach(o);
        }
        for t in b.types {
            self.note_type(t);
        }
    }

    /// Whether `obj` was reached.
    pub fn is_reached(&self, obj: ObjId) -> bool {
        self.reached.contains(&obj)
    }

    /// Queues `obj` again (its body became pending after it was reached).
    pub fn requeue(&mut self, obj: ObjId) {
        self.queue.push(obj);
    }

    /// Notes a type met in checked code; its methods count as reached.
    pub fn note_type(&mut self, t: TypeId) {
        if !self.enabled {
            return;
        }
        if let Some(v) = self.collecting {
            self.buckets.entry(v).or_default().types.push(t);
            return;
        }
        if self.seen_types.insert(t) {
            self.types.push(t);
        }
    }
}

impl<'f> Checker<'_, '_, 'f> {
    /// Marks function or method `obj` reached (lazy mode).
    pub(crate) fn reach(&mut self, obj: ObjId) {
        if self.g.lazy.enabled
            && matches!(
                self.g.obj(obj).kind,
                ObjKind::Func { .. } | ObjKind::Var(VarKind::Package)
            )
        {
            self.g.lazy.reach(obj);
        }
    }

    /// Whether the declaration of package variable `obj` (setting `lhs` too) is
    /// collected into a bucket rather than reached at once: in a standard package.
    pub(crate) fn lazy_var_start(
        &mut self,
        obj: ObjId,
        lhs: Option<&[ObjId]>,
    ) -> Option<Option<ObjId>> {
        if !self.g.lazy.enabled || self.g.info.packages[self.pkg.0 as usize].path == "main" {
            return None;
        }
        Some(self.g.lazy.collect_for(obj, lhs.unwrap_or(&[])))
    }

    /// Whether the body of function `obj` (declared by `decl` in this package) may wait
    /// until it is reached. Records its parameters when it is a native override, whose
    /// body is never compiled.
    pub(crate) fn defer_body(&mut self, obj: ObjId, decl: &'f ast::FuncDecl, sig: TypeId) -> bool {
        if !self.g.lazy.enabled {
            return false;
        }
        let path = self.g.info.packages[self.pkg.0 as usize].path.clone();
        if path == "main" {
            return false;
        }
        let init = decl.name.name == "init" && decl.recv.is_none();
        let name = native_name(&path, decl);
        if crate::stdlib::native::lookup(&name, true).is_some() {
            self.record_func_params(decl.name.id, sig, decl.recv.as_ref(), &decl.sig);
            return true;
        }
        let p = Pending {
            pkg: self.pkg,
            key: decl.name.id,
            scope: self.scope,
        };
        self.g.lazy.pending.insert(obj, p);
        if init {
            // The compiler runs every package's `init`: reached from the start.
            self.g.lazy.reached.insert(obj);
        }
        if self.g.lazy.is_reached(obj) {
            self.g.lazy.requeue(obj);
        }
        true
    }

    /// Checks every reached body (and what those reach), until nothing new is reached.
    /// Bodies of this package are checked with `files`, those of packages checked
    /// earlier with their files in `Info`.
    pub(crate) fn drain_lazy(&mut self, files: &'f [ast::File]) {
        if !self.g.lazy.enabled {
            return;
        }
        loop {
            while let Some(t) = self.g.lazy.types.pop() {
                self.walk_type(t);
            }
            let Some(obj) = self.g.lazy.queue.pop() else {
                break;
            };
            self.g.lazy.release(obj);
            let Some(p) = self.g.lazy.pending.remove(&obj) else {
                continue;
            };
            if std::env::var_os("MINIGO_LAZY_DEBUG").is_some() {
                let o = self.g.obj(obj);
                let path = self.g.info.packages[p.pkg.0 as usize].path.clone();
                eprintln!("lazy: {path}.{}", o.name);
            }
            if p.pkg == self.pkg {
                let Some(decl) = find_decl(files, p.key) else {
                    continue;
                };
                let Some(block) = self.parse_lazy_body(decl) else {
                    if let Some(body) = &decl.body {
                        self.check_pending(obj, p, decl, body);
                    }
                    continue;
                };
                // The block lives here, not in `files`: check it with a checker of its
                // own, keeping the dependencies it finds for the initialization order.
                let deps = {
                    let mut c = Checker::new(self.g, p.pkg);
                    c.check_pending(obj, p, decl, &block);
                    std::mem::take(&mut c.deps)
                };
                for (k, v) in deps {
                    self.deps.entry(k).or_default().extend(v);
                }
                self.g.lazy.parsed.insert(p.key, block);
                continue;
            }
            // A package checked earlier: its files are in `Info` (a package still being
            // checked cannot be reached from the packages it imports).
            let files = std::mem::take(&mut self.g.info.packages[p.pkg.0 as usize].files);
            if let Some(decl) = find_decl(&files, p.key) {
                let block = self.parse_lazy_body(decl);
                let mut c = Checker::new(self.g, p.pkg);
                match (&block, &decl.body) {
                    (Some(b), _) | (None, Some(b)) => c.check_pending(obj, p, decl, b),
                    (None, None) => {}
                }
                if let Some(b) = block {
                    self.g.lazy.parsed.insert(p.key, b);
                }
            }
            self.g.info.packages[p.pkg.0 as usize].files = files;
        }
    }

    /// The body of `decl` if it was left unparsed (`syntax::lazy`), parsed now.
    fn parse_lazy_body(&mut self, decl: &ast::FuncDecl) -> Option<ast::Block> {
        let at = decl.body.as_ref()?.lbrace.lo;
        let toks = self.g.lazy.bodies.remove(&at)?;
        toks.parse(self.g.ids)
    }

    fn check_pending(
        &mut self,
        obj: ObjId,
        p: Pending,
        decl: &'f ast::FuncDecl,
        body: &'f ast::Block,
    ) {
        let sig = self.g.obj(obj).ty;
        let (saved_scope, saved_decl) = (self.scope, self.cur_decl);
        self.scope = p.scope;
        self.cur_decl = Some(obj);
        self.func_body(p.key, sig, decl.recv.as_ref(), &decl.sig, body);
        self.cur_decl = None;
        self.process_delayed();
        self.scope = saved_scope;
        self.cur_decl = saved_decl;
    }

    /// Reaches the methods of every named type in `t`'s structure.
    fn walk_type(&mut self, t: TypeId) {
        let mut more = Vec::new();
        let g = &mut *self.g;
        match g.info.types.get(t) {
            Type::Named(n) => {
                for &m in &n.methods {
                    g.lazy.reach(m);
                }
                more.push(n.underlying);
                more.extend(n.targs.iter().copied());
            }
            Type::Alias { actual, .. } => more.push(*actual),
            Type::Pointer(e) | Type::Slice(e) => more.push(*e),
            Type::Array { elem, .. } | Type::Chan { elem, .. } => more.push(*elem),
            Type::Map { key, value } => more.extend([*key, *value]),
            Type::Struct { fields } => more.extend(fields.iter().map(|f| f.ty)),
            Type::Tuple(ts) => more.extend(ts.iter().copied()),
            Type::Basic(_) | Type::Func(_) | Type::Interface { .. } => {}
        }
        for t in more {
            self.g.lazy.note_type(t);
        }
    }
}

/// Puts the bodies parsed when reached into the packages' syntax trees, for the
/// compiler (bodies never reached stay empty; `Info::unchecked_bodies` lists them).
pub(crate) fn splice_bodies(lazy: &mut Lazy, packages: &mut [super::object::Package]) {
    let mut parsed = std::mem::take(&mut lazy.parsed);
    if parsed.is_empty() {
        return;
    }
    for p in packages {
        for f in &mut p.files {
            for d in &mut f.decls {
                if let ast::Decl::Func(fd) = d {
                    if let Some(b) = parsed.remove(&fd.name.id) {
                        fd.body = Some(b);
                    }
                }
            }
        }
    }
}

/// The function declaration named by `key` among `files`.
fn find_decl(files: &[ast::File], key: ast::NodeId) -> Option<&ast::FuncDecl> {
    files.iter().flat_map(|f| &f.decls).find_map(|d| match d {
        ast::Decl::Func(fd) if fd.name.id == key => Some(&**fd),
        _ => None,
    })
}

/// The name the natives table knows a function by (`fmt.Println`,
/// `strings.(*Builder).WriteString`, `time.Duration.String`), as `compile` spells it.
fn native_name(path: &str, decl: &ast::FuncDecl) -> String {
    let Some(recv) = &decl.recv else {
        return format!("{path}.{}", decl.name.name);
    };
    let mut t = &recv.ty;
    let mut ptr = false;
    loop {
        match &t.kind {
            ast::ExprKind::Paren(x) => t = x,
            ast::ExprKind::Star(x) => {
                ptr = true;
                t = x;
            }
            _ => break,
        }
    }
    let base = match &t.kind {
        ast::ExprKind::Ident(id) => id.name.as_str(),
        _ => "?",
    };
    if ptr {
        format!("{path}.(*{base}).{}", decl.name.name)
    } else {
        format!("{path}.{base}.{}", decl.name.name)
    }
}
