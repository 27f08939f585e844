//! Scopes (go/types' `Scope`): the universe, one per package, file scopes for imports,
//! and a block scope per block, function, and clause. Lookup walks outwards.
//!
//! Inside function bodies objects are inserted as their declarations are checked, so a
//! lookup only sees what is declared earlier in the block — Go's scoping rule, without
//! the position comparisons go/types needs.

use super::fxhash::FxHashMap;
use super::object::ObjId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: FxHashMap<String, ObjId>,
    /// The outermost scope of a function (its parameters live there).
    pub is_func: bool,
}

#[derive(Debug, Default)]
pub struct Scopes {
    scopes: Vec<Scope>,
}

impl Scopes {
    pub fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope {
            parent,
            names: FxHashMap::default(),
            is_func,
        });
        id
    }

    pub fn get(&self, s: ScopeId) -> &Scope {
        &self.scopes[s.0 as usize]
    }

    /// Inserts `name`; returns the object already declared under it in this scope.
    pub fn insert(&mut self, s: ScopeId, name: &str, obj: ObjId) -> Option<ObjId> {
        let scope = &mut self.scopes[s.0 as usize];
        if let Some(&old) = scope.names.get(name) {
            return Some(old);
        }
        scope.names.insert(name.to_string(), obj);
        None
    }

    pub fn lookup_local(&self, s: ScopeId, name: &str) -> Option<ObjId> {
        self.scopes[s.0 as usize].names.get(name).copied()
    }

    /// Looks `name` up from `s` outwards; returns the object and the scope it was in.
    pub fn lookup(&self, mut s: ScopeId, name: &str) -> Option<(ScopeId, ObjId)> {
        loop {
            let scope = &self.scopes[s.0 as usize];
            if let Some(&o) = scope.names.get(name) {
                return Some((s, o));
            }
            s = scope.parent?;
        }
    }
}
