//! Field and method lookup through embedded fields (go/types' `lookup.go`), method
//! sets, and interface satisfaction (`missing_method`).
//!
//! Lookup is breadth-first by embedding depth: the shallowest match wins, and two
//! matches at the same depth are ambiguous (spec: "Selectors").

use super::check::Checker;
use super::info::Info;
use super::object::{ObjId, ObjKind, PkgId};
use super::typ::{Type, TypeId};
use std::collections::HashSet;

#[derive(Clone, Debug)]
pub enum Lookup {
    Found {
        obj: ObjId,
        index: Vec<usize>,
        /// A pointer was dereferenced on the way (or the receiver was a pointer).
        indirect: bool,
        /// A method (not a field).
        is_method: bool,
    },
    NotFound,
    Ambiguous,
}

impl Info {
    /// Looks up `name` in `t` (go/types' `LookupFieldOrMethod`). Unexported names
    /// match only within `pkg`.
    pub fn lookup_field_or_method(&self, t: TypeId, name: &str, pkg: PkgId) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        let mut t0 = t;
        let mut indirect0 = false;
        if let Type::Pointer(e) = self.types.get(t) {
            // A pointer to a defined pointer type has no methods.
            let e = *e;
            t0 = e;
            indirect0 = true;
        } else if let (Type::Named(_), Type::Pointer(e)) = (self.types.get(t), self.types.under(t))
        {
            // `type P *T`: fields of T are reachable, methods are not.
            let e = *e;
            if let Lookup::Found {
                obj,
                index,
                indirect,
                is_method: false,
            } = self.lookup_field_or_method(e, name, pkg)
            {
                return Lookup::Found {
                    obj,
                    index,
                    indirect,
                    is_method: false,
                };
            }
            return Lookup::NotFound;
        }
        if indirect0 && self.types.is_interface(t0) {
            // A pointer to an interface has no methods.
            return Lookup::NotFound;
        }
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(t0, vec![], indirect0)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            for (typ, path, indirect) in current {
                if let Type::Named(n) = self.types.get(typ) {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let methods = n.methods.clone();
                    for (i, &m) in methods.iter().enumerate() {
                        if self.name_matches(m, name, pkg) {
                            count += 1;
                            let mut p = path.clone();
                            p.push(i);
                            found = Some(Lookup::Found {
                                obj: m,
                                index: p,
                                indirect,
                                is_method: true,
                            });
                            break;
                        }
                    }
                }
                match self.types.under(typ).clone() {
                    Type::Struct { fields } => {
                        for (i, f) in fields.iter().enumerate() {
                            let same = f.name == name && (f.pkg.is_none() || f.pkg == Some(pkg));
                            if same {
                                count += 1;
                                let mut p = path.clone();
                                p.push(i);
                                found = Some(Lookup::Found {
                                    obj: f.obj,
                                    index: p,
                                    indirect,
                                    is_method: false,
                                });
                                continue;
                            }
                            if f.embedded {
                                let mut p = path.clone();
                                p.push(i);
                                match self.types.get(f.ty) {
                                    Type::Pointer(e) => next.push((*e, p, true)),
                                    _ => next.push((f.ty, p, indirect)),
                                }
                            }
                        }
                    }
                    Type::Interface { methods, .. } => {
                        for (i, m) in methods.iter().enumerate() {
                            if m.name == name && (m.pkg.is_none() || m.pkg == Some(pkg)) {
                                count += 1;
                                let mut p = path.clone();
                                p.push(i);
                                found = Some(Lookup::Found {
                                    obj: m.obj,
                                    index: p,
                                    indirect,
                                    is_method: true,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return Lookup::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        Lookup::NotFound
    }

    pub(crate) fn name_matches(&self, m: ObjId, name: &str, pkg: PkgId) -> bool {
        let o = self.obj(m);
        o.name == name && (o.exported() || o.pkg == Some(pkg) || o.pkg.is_none())
    }

    /// Whether method `m` (a declared method) has a pointer receiver.
    pub fn has_ptr_recv(&self, m: ObjId) -> bool {
        match &self.obj(m).kind {
            ObjKind::Func { recv: Some(r), .. } => {
                matches!(self.types.get(self.obj(*r).ty), Type::Pointer(_))
            }
            _ => false,
        }
    }

    /// The method named `name` of type `t` (declared or promoted; for an interface type,
    /// its interface method), as the compiler needs it to build method tables:
    /// `(method, index path, indirect)`. `pkg` is the package of an unexported name.
    pub fn find_method(
        &self,
        t: TypeId,
        name: &str,
        pkg: PkgId,
    ) -> Option<(ObjId, Vec<usize>, bool)> {
        match self.lookup_field_or_method(t, name, pkg) {
            Lookup::Found {
                obj,
                index,
                indirect,
                is_method: true,
            } => Some((obj, index, indirect)),
            _ => None,
        }
    }
}

impl Checker<'_, '_, '_> {
    pub fn lookup_field_or_method(&mut self, t: TypeId, name: &str, pkg: PkgId) -> Lookup {
        self.g.info.lookup_field_or_method(t, name, pkg)
    }

    pub fn has_ptr_recv(&self, m: ObjId) -> bool {
        self.g.info.has_ptr_recv(m)
    }

    /// Checks that `v` implements interface `t` (go/types' `missingMethod`); the error
    /// is the parenthesized cause, e.g. `(missing method String)`.
    pub fn missing_method(&mut self, v: TypeId, t: TypeId, _static: bool) -> Result<(), String> {
        let methods = self.tt().interface_methods(t).to_vec();
        let v_iface = self.tt().is_interface(v);
        let pkg = self.pkg;
        for m in methods {
            let mpkg = m.pkg.unwrap_or(pkg);
            if v_iface {
                let vm = self
                    .tt()
                    .interface_methods(v)
                    .iter()
                    .find(|x| x.name == m.name)
                    .cloned();
                match vm {
                    None => return Err(format!("(missing method {})", m.name)),
                    Some(vm) => {
                        if !self.tt().identical(vm.sig, m.sig) {
                            return Err(self.wrong_type(&m.name, vm.sig, m.sig));
                        }
                    }
                }
                continue;
            }
            match self.lookup_field_or_method(v, &m.name, mpkg) {
                Lookup::Found {
                    obj,
                    indirect,
                    is_method: true,
                    ..
                } => {
                    let sig = self.obj_type(obj);
                    if !self.tt().identical(sig, m.sig) {
                        return Err(self.wrong_type(&m.name, sig, m.sig));
                    }
                    let is_ptr = matches!(self.tt().get(v), Type::Pointer(_));
                    if self.has_ptr_recv(obj)
                        && !is_ptr
                        && !indirect
                        && !self.tt().is_interface(self.recv_base(obj))
                    {
                        return Err(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Lookup::Found { .. } => {
                    return Err(format!("(missing method {})", m.name));
                }
                _ => {
                    // A method with different case?
                    return Err(format!("(missing method {})", m.name));
                }
            }
        }
        Ok(())
    }

    fn recv_base(&self, m: ObjId) -> TypeId {
        match &self.obj(m).kind {
            ObjKind::Func { recv: Some(r), .. } => {
                let t = self.obj(*r).ty;
                self.tt()
                    .elem(t)
                    .filter(|_| matches!(self.tt().get(t), Type::Pointer(_)))
                    .unwrap_or(t)
            }
            _ => super::typ::BasicKind::Invalid.id(),
        }
    }

    fn wrong_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let mut h = String::new();
        super::typestring::write_signature(&self.g.info, &mut h, have, Some(self.pkg), 0);
        let mut w = String::new();
        super::typestring::write_signature(&self.g.info, &mut w, want, Some(self.pkg), 0);
        format!("(wrong type for method {name})\n\t\thave {name}{h}\n\t\twant {name}{w}")
    }

    /// `v` implements interface `t`; else the full cause `V does not implement T (...)`.
    pub fn implements(&mut self, v: TypeId, t: TypeId) -> Result<(), String> {
        if self.tt().is_invalid(v) || self.tt().is_invalid(t) {
            return Ok(());
        }
        self.missing_method(v, t, false)
            .map_err(|cause| format!("{} does not implement {} {cause}", self.ts(v), self.ts(t)))
    }
}
