//! Compiling into a live REPL session (issue #5, item 2): each input's program extends
//! the one running, so goroutines started by earlier inputs go on running while later
//! inputs add declarations and run statements on the same scheduler and heap.
//!
//! The session is checked as one snippet at every input (`repl::snippet`), so each input
//! has a new `types::Info` whose ids mean nothing to the previous one. What must mean the
//! same thing across inputs is what *values* hold and *running code* indexes:
//! - **function ids** (closure objects, method tables) and every other table index the
//!   previous program's code uses (constants, strings, layouts, map types, closure and
//!   assertion sites, natives): the new program's builder starts from a copy of the
//!   previous program's tables (`ProgramBuilder::seeded`) and only appends, so the old
//!   code, copied verbatim, runs unchanged inside the new program too;
//! - **run-time type ids** (interface values, `%T`, type switches) are pinned by
//!   `types::typestring::identity_string` (package paths, and a main-package named type's
//!   declaration offset): the same Go type gets the same id in every program of the
//!   session; its method table is rebuilt with the current method declarations;
//! - **method name ids** (interface calls) are interned by name in the copied table;
//! - **globals** live in one object allocated for the session (`Link::new`) with a fixed
//!   capacity, scanned conservatively (`repl::child` registers it as a GC root), so it
//!   never moves or grows while goroutines hold it; a package variable is pinned by its
//!   package path, name and type (`global_key`): a redeclared variable of the same type
//!   is the same variable, one of another type is a new variable (code already running
//!   keeps the old one).
//!
//! Package initialization runs once per package per session (`Link::inited`): the
//! standard library's `init` functions and variable initializers run in the input that
//! first imports the package; a session variable's initializer never runs again.
//!
//! # Invariants
//! 1. A `Link` is changed only by a compilation that succeeded (`compile_live` works on
//!    a copy), so its keys name ids of a program that exists.
//! 2. Program n+1's tables start with program n's, entry for entry.

use super::{compile_with, Diagnostic};
use crate::runtime::heap::{Heap, Layout, ObjRef};
use crate::source::SourceMap;
use crate::syntax::ast;
use crate::types::{Info, ObjId};
use crate::vm::{Program, ProgramBuilder};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Words of globals a session can hold (the standard library's variables included).
pub const GLOBALS_CAP: u32 = 1 << 16;

/// What a live session's programs share across compilations.
#[derive(Clone)]
pub struct Link {
    /// The program running the latest input, `None` before the first.
    pub prev: Option<Arc<Program>>,
    pub heap: Arc<Heap>,
    /// The session's globals object (`GLOBALS_CAP` scalar words, scanned conservatively).
    pub globals: ObjRef,
    /// Global words taken.
    pub used: u32,
    pub globals_by_key: HashMap<String, u32>,
    pub types_by_key: HashMap<String, u32>,
    /// Packages (by path) whose initialization has run.
    pub inited: HashSet<String>,
}

// SAFETY: `ObjRef` is a pointer into the heap, which is shared by every worker thread; the
// globals object is kept alive by the session's GC root for as long as a `Link` exists.
unsafe impl Send for Link {}

impl Link {
    /// A new session on `heap`, with its globals object.
    pub fn new(heap: Arc<Heap>) -> Link {
        let lay = Layout::new("session globals", GLOBALS_CAP, Vec::new());
        let globals = heap.alloc_words(lay, GLOBALS_CAP as usize);
        Link {
            prev: None,
            heap,
            globals,
            used: 0,
            globals_by_key: HashMap::new(),
            types_by_key: HashMap::new(),
            inited: HashSet::new(),
        }
    }
}

/// The key of package variable `o` across a session's checks.
pub fn global_key(info: &Info, o: ObjId) -> String {
    let obj = info.obj(o);
    let pkg = obj
        .pkg
        .map(|p| info.package(p).path.clone())
        .unwrap_or_default();
    let ty = crate::types::typestring::identity_string(info, obj.ty);
    format!("{pkg}.{}|{ty}", obj.name)
}

/// Compiles the session's next program: `files` (checked as `info`) extend `link.prev`.
/// On success `link` records the new program and its identities (invariant 1).
pub fn compile_live(
    sm: &SourceMap,
    files: &[ast::File],
    info: &Info,
    link: &mut Link,
) -> Result<Arc<Program>, Vec<Diagnostic>> {
    let mut pb = match &link.prev {
        Some(prev) => ProgramBuilder::seeded(prev, link.globals, GLOBALS_CAP, link.used),
        None => ProgramBuilder::new(link.heap.clone()),
    };
    pb.set_fixed_globals(link.globals, GLOBALS_CAP, link.used);
    let (r, new) = compile_with(sm, files, info, pb, Some(link.clone()));
    let p = r?;
    if let Some(mut new) = new {
        new.prev = Some(p.clone());
        *link = new;
    }
    Ok(p)
}

/// Rebuilds the method tables of the session's types declared in the main package (and
/// of pointers to them) that this compilation has not touched yet, so a method declared
/// by a later input is found through interfaces holding values made earlier (`%v` calls
/// the new `String`).
pub(super) fn refresh_main_types(c: &mut super::Compiler<'_>) {
    use crate::types::{Type, TypeId};
    let Some(link) = c.live.as_ref() else {
        return;
    };
    if link.types_by_key.is_empty() {
        return;
    }
    let info = c.info;
    let is_main_named = |t: TypeId| match info.types.get(t) {
        Type::Named(n) => info.obj(n.obj).pkg == Some(info.main) && n.targs.is_empty(),
        _ => false,
    };
    let mut pinned = Vec::new();
    for i in 0..info.types.len() {
        let t = TypeId(i as u32);
        let wanted = match info.types.get(t) {
            Type::Named(_) => is_main_named(t),
            Type::Pointer(e) => is_main_named(*e),
            _ => false,
        };
        if !wanted || info.types.canonical(t) != t {
            continue;
        }
        let key = crate::types::typestring::identity_string(info, t);
        if link.types_by_key.contains_key(&key) {
            pinned.push(t);
        }
    }
    for t in pinned {
        c.rt_type(t);
    }
}
