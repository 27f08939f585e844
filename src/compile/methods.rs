//! Method tables and method values. When a type gets a run-time type id (it is stored
//! in an interface), its method set is registered with the VM: each entry is a function
//! taking the interface's receiver word (the value itself for pointer-shaped types, else
//! a pointer to the box, which holds the value as `*T` would) — the declared method when
//! that fits, else a wrapper that loads the value or follows embedded fields (Go's
//! `(*T).M` wrappers and promoted-method wrappers). Bound method values `x.M` are
//! closures capturing the receiver, whose function calls the method.

use super::func::FnCtx;
use super::{internal, CResult, Compiler};
use crate::syntax::ast::Expr;
use crate::types::{ObjId, ObjKind, Selection, Type, TypeId};
use crate::vm::{FuncBuilder, Instr, Reg};

/// One step of a promotion path: byte offset in words of the embedded field, and
/// whether that field is a pointer (followed) or an interface (called dynamically).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Step {
    Field(u16),
    PtrField(u16),
}

impl<'a> Compiler<'a> {
    /// The method set of type `t` as (name, method object, path of embedded steps,
    /// embedded interface type if the method comes from an embedded interface).
    fn method_set(&self, t: TypeId) -> Vec<(String, ObjId, Vec<Step>, Option<TypeId>)> {
        let (base, is_ptr) = match self.info.types.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut out: Vec<(String, ObjId, Vec<Step>, Option<TypeId>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        // Breadth-first over embedded fields: (type, path, reached through a pointer).
        let mut level = vec![(base, Vec::<Step>::new(), is_ptr)];
        for _depth in 0..8 {
            let mut next = Vec::new();
            let mut found_here = Vec::new();
            for (ty, path, via_ptr) in &level {
                if let Some(n) = self.info.types.named(*ty) {
                    if !self.info.types.is_interface(*ty) {
                        for &m in &n.methods {
                            let name = self.info.obj(m).name.clone();
                            if seen.contains(&name) {
                                continue;
                            }
                            let rt = self.method_recv_type(m);
                            let ptr_recv = matches!(self.info.types.get(rt), Type::Pointer(_));
                            if ptr_recv && !via_ptr {
                                continue;
                            }
                            found_here.push((name, m, path.clone(), None));
                        }
                    }
                }
                if self.info.types.is_interface(*ty) && !path.is_empty() {
                    for im in self.info.types.interface_methods(*ty) {
                        if seen.contains(&im.name) {
                            continue;
                        }
                        found_here.push((im.name.clone(), im.obj, path.clone(), Some(*ty)));
                    }
                }
                if let Type::Struct { fields } = self.info.types.under(*ty) {
                    let mut off = 0u16;
                    for f in fields {
                        if f.embedded {
                            let (ft, fptr) = match self.info.types.get(f.ty) {
                                Type::Pointer(e) => (*e, true),
                                _ => (f.ty, false),
                            };
                            let mut p = path.clone();
                            p.push(if fptr {
                                Step::PtrField(off)
                            } else {
                                Step::Field(off)
                            });
                            next.push((ft, p, *via_ptr || fptr));
                        }
                        off += self.width(f.ty) as u16;
                    }
                }
            }
            for f in found_here {
                if seen.insert(f.0.clone()) {
                    out.push(f);
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        out
    }

    /// Registers the methods of type `t` (run-time id `tid`).
    pub fn add_method_table(&mut self, t: TypeId, tid: u32) {
        if self.info.types.is_interface(t) {
            return;
        }
        let direct = matches!(
            self.info.types.under(t),
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_)
        );
        let is_ptr = matches!(self.info.types.get(t), Type::Pointer(_));
        for (name, m, path, iface) in self.method_set(t) {
            let nid = self.method_key(m);
            let rt = self.method_recv_type(m);
            let ptr_recv = matches!(self.info.types.get(rt), Type::Pointer(_));
            // The receiver word is the value itself (direct) or a pointer to it.
            let fid = if path.is_empty() && iface.is_none() && (ptr_recv || (direct && !is_ptr)) {
                self.func_id(m)
            } else {
                self.iface_wrapper(t, m, &name, &path, iface, direct && !is_ptr)
            };
            self.pb.add_method(tid, nid, fid);
        }
    }

    /// A function taking a pointer to a `t` value (or for pointer types the pointer)
    /// that calls method `m` reached along `path`.
    fn iface_wrapper(
        &mut self,
        t: TypeId,
        m: ObjId,
        name: &str,
        path: &[Step],
        iface: Option<TypeId>,
        value_word: bool,
    ) -> u32 {
        let key = (m, 0u8, t);
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let sig = match iface {
            Some(_) => self.info.obj(m).ty,
            None => self.info.obj(m).ty,
        };
        let (ps, rs) = self.sig_params_results(sig);
        let argw = self.words(&ps);
        let resw = self.words(&rs);
        let wname = format!("{}.{}", self.type_name(t), name);
        let id = self.pb.declare_func(wname.clone());
        self.wrappers.insert(key, id);
        let mut fb = FuncBuilder::new(wname, 1 + argw, resw);
        // R[0]: pointer to the receiver value (or the value word itself).
        let p = fb.reg();
        if value_word {
            // A pointer-shaped named type: wrap its word in a fresh box-like pointer is
            // not needed; the method takes the word itself.
            fb.emit(Instr::Move { a: p, b: 0 });
        } else {
            fb.emit(Instr::Move { a: p, b: 0 });
            for s in path {
                match *s {
                    Step::Field(off) => {
                        if off > 0 {
                            fb.emit(Instr::Addr { a: p, b: p, c: off });
                        }
                    }
                    Step::PtrField(off) => {
                        fb.emit(Instr::Load { a: p, b: p, c: off });
                    }
                }
            }
        }
        if let Some(it) = iface {
            let v = fb.regs(2);
            fb.emit(Instr::LoadN { a: v, b: p, c: 2 });
            let win = fb.regs(1 + argw.max(resw));
            if argw > 0 {
                fb.emit(Instr::MoveN {
                    a: win + 1,
                    b: 1,
                    c: argw,
                });
            }
            let nid = self.method_key(m);
            let _ = it;
            fb.emit(Instr::CallIface {
                a: win,
                b: v,
                c: nid as u16,
            });
            fb.emit(Instr::Ret { a: win, b: resw });
        } else {
            let rt = self.method_recv_type(m);
            let ptr_recv = matches!(self.info.types.get(rt), Type::Pointer(_));
            let rw = if ptr_recv { 1 } else { self.width(rt) as u16 };
            let win = fb.regs((rw + argw).max(resw).max(1));
            if ptr_recv || value_word {
                fb.emit(Instr::Move { a: win, b: p });
            } else if rw == 1 {
                fb.emit(Instr::Load { a: win, b: p, c: 0 });
            } else if rw > 1 {
                fb.emit(Instr::LoadN {
                    a: win,
                    b: p,
                    c: rw,
                });
            }
            if argw > 0 {
                fb.emit(Instr::MoveN {
                    a: win + rw,
                    b: 1,
                    c: argw,
                });
            }
            let f = self.func_id(m);
            fb.emit(Instr::Call { a: win, f });
            fb.emit(Instr::Ret { a: win, b: resw });
        }
        match fb.finish() {
            Ok(f) => self.pb.define_func(id, f),
            Err(e) => self.diags.push(internal(Default::default(), e)),
        }
        id
    }

    /// The function behind the method expression `T.M` of a promoted method `m` of the
    /// value type `t`: parameters `[t's words, args...]`; it copies the receiver into a
    /// fresh box and calls `inner`, the method-table wrapper of `t` (which takes a
    /// pointer to the value). Go's compiler names this wrapper `T.M` too.
    fn value_method_expr_wrapper(&mut self, t: TypeId, m: ObjId, name: &str, inner: u32) -> u32 {
        let key = (m, 3u8, t);
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let (ps, rs) = self.sig_params_results(self.info.obj(m).ty);
        let argw = self.words(&ps);
        let resw = self.words(&rs);
        let tw = self.width(t) as u16;
        let wname = format!("{}.{}$methodexpr", self.type_name(t), name);
        let id = self.pb.declare_func(wname.clone());
        self.wrappers.insert(key, id);
        let mut fb = FuncBuilder::new(wname, tw + argw, resw);
        let p = fb.reg();
        let l = self.layout_idx(t);
        fb.emit(Instr::New { a: p, b: l });
        if tw == 1 {
            fb.emit(Instr::Store { a: p, b: 0, c: 0 });
        } else if tw > 1 {
            fb.emit(Instr::StoreN { a: p, b: 0, c: tw });
        }
        let win = fb.regs((1 + argw).max(resw));
        fb.emit(Instr::Move { a: win, b: p });
        if argw > 0 {
            fb.emit(Instr::MoveN {
                a: win + 1,
                b: tw,
                c: argw,
            });
        }
        fb.emit(Instr::Call { a: win, f: inner });
        fb.emit(Instr::Ret { a: win, b: resw });
        match fb.finish() {
            Ok(f) => self.pb.define_func(id, f),
            Err(e) => self.diags.push(internal(Default::default(), e)),
        }
        id
    }

    /// A function for a bound method value: its closure captures the receiver (`rw`
    /// words; an interface value for interface methods) and it calls the method.
    fn bound_wrapper(&mut self, m: ObjId, recv_t: TypeId, iface: bool) -> u32 {
        let key = (m, 1u8 + iface as u8, recv_t);
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let sig = self.info.obj(m).ty;
        let (ps, rs) = self.sig_params_results(sig);
        let argw = self.words(&ps);
        let resw = self.words(&rs);
        let name = format!("{}-fm", self.func_name(m));
        let id = self.pb.declare_func(name.clone());
        self.wrappers.insert(key, id);
        let mut fb = FuncBuilder::new(name, argw, resw);
        let rw = if iface { 2 } else { self.width(recv_t) as u16 };
        let v = fb.regs(rw);
        for i in 0..rw {
            fb.emit(Instr::GetCapture { a: v + i, b: i });
        }
        if iface {
            let win = fb.regs(1 + argw.max(resw));
            if argw > 0 {
                fb.emit(Instr::MoveN {
                    a: win + 1,
                    b: 0,
                    c: argw,
                });
            }
            let nid = self.method_key(m);
            fb.emit(Instr::CallIface {
                a: win,
                b: v,
                c: nid as u16,
            });
            fb.emit(Instr::Ret { a: win, b: resw });
        } else {
            let win = fb.regs((rw + argw).max(resw).max(1));
            fb.emit(Instr::MoveN {
                a: win,
                b: v,
                c: rw,
            });
            if argw > 0 {
                fb.emit(Instr::MoveN {
                    a: win + rw,
                    b: 0,
                    c: argw,
                });
            }
            let f = self.func_id(m);
            fb.emit(Instr::Call { a: win, f });
            fb.emit(Instr::Ret { a: win, b: resw });
        }
        match fb.finish() {
            Ok(f) => self.pb.define_func(id, f),
            Err(e) => self.diags.push(internal(Default::default(), e)),
        }
        id
    }
}

impl<'c, 'a> FnCtx<'c, 'a> {
    /// `x.M` as a value: a closure bound to the receiver.
    pub fn method_value(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        s: &Selection,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let iface = self.c.info.is_interface_method(s.obj);
        let (recv, rt, rw) = if iface {
            let path = &s.index[..s.index.len().saturating_sub(1)];
            let r = if path.is_empty() {
                self.expr(x)?
            } else {
                let pl = self.field_place(x, path)?;
                let r = self.regs(2);
                self.read_place(pl, r, 2);
                r
            };
            let it = self.ty(x);
            (r, it, 2u16)
        } else {
            let rt = self.c.method_recv_type(s.obj);
            let rw = self.wreg(rt);
            let r = self.regs(rw.max(1) as u32);
            self.receiver(x, s, r)?;
            (r, rt, rw)
        };
        let fid = self.c.bound_wrapper(s.obj, rt, iface);
        let ptrs = if iface {
            vec![1]
        } else {
            self.c.ptr_offsets(rt)
        };
        let site = self.c.pb.closure_site(fid, rw, &ptrs);
        let d = dst.unwrap_or_else(|| self.fb.reg());
        self.pos(e.span);
        self.fb.emit(Instr::MakeClosure {
            a: d,
            b: recv,
            c: site,
        });
        Ok(d)
    }

    /// `T.M` as a value: the method as a function taking the receiver first.
    pub fn method_expr(&mut self, e: &'a Expr, s: &Selection, dst: Option<Reg>) -> CResult<Reg> {
        let rt = self.c.method_recv_type(s.obj);
        let want_ptr = matches!(self.c.info.types.get(rt), Type::Pointer(_));
        let recv_is_ptr = matches!(self.c.info.types.get(s.recv), Type::Pointer(_));
        if self.c.info.is_interface_method(s.obj) && self.c.info.types.is_interface(s.recv) {
            // `I.M`: a function taking the interface first, calling through it.
            let fid = self.iface_method_expr_wrapper(s.obj);
            return self.closure_of(fid, e, dst);
        }
        if recv_is_ptr && (!want_ptr || s.index.len() > 1) {
            // `(*T).M` of a value method or a promoted one: the wrapper the method table
            // of *T uses takes the pointer first, as the method expression does.
            if let Some((n, m, path, iface)) = self.method_set_entry(s.recv, s.obj) {
                let fid = self.c.iface_wrapper(s.recv, m, &n, &path, iface, false);
                return self.closure_of(fid, e, dst);
            }
        }
        if !recv_is_ptr && (s.index.len() > 1 || self.c.info.is_interface_method(s.obj)) {
            // `T.M` of a method promoted through an embedded field (or an embedded
            // interface): a wrapper boxes the `T` argument and calls the method-table
            // wrapper of `T`, which follows the embedding path.
            if let Some((n, m, path, iface)) = self.method_set_entry(s.recv, s.obj) {
                let inner = self.c.iface_wrapper(s.recv, m, &n, &path, iface, false);
                let fid = self.c.value_method_expr_wrapper(s.recv, m, &n, inner);
                return self.closure_of(fid, e, dst);
            }
        }
        if want_ptr != recv_is_ptr || s.index.len() > 1 || self.c.info.is_interface_method(s.obj) {
            return Err(super::unsupported(e.span, "this method expression"));
        }
        if !matches!(self.c.info.obj(s.obj).kind, ObjKind::Func { .. }) {
            return Err(internal(e.span, "method expression of a non-method"));
        }
        let d = dst.unwrap_or_else(|| self.fb.reg());
        self.func_value(s.obj, d, e.span)?;
        Ok(d)
    }

    /// `R[d]` = a closure of function `fid` (no captures).
    /// The method-set entry (name, method, embedding path, interface) of method `m` in
    /// `recv`'s method set.
    fn method_set_entry(
        &self,
        recv: TypeId,
        m: ObjId,
    ) -> Option<(String, ObjId, Vec<Step>, Option<TypeId>)> {
        let name = &self.c.info.obj(m).name;
        self.c
            .method_set(recv)
            .into_iter()
            .find(|(n, o, ..)| n == name && *o == m)
    }

    fn closure_of(&mut self, fid: u32, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        let site = self.c.func_value_site(fid);
        let d = dst.unwrap_or_else(|| self.fb.reg());
        self.pos(e.span);
        self.fb.emit(Instr::MakeClosure {
            a: d,
            b: 0,
            c: site,
        });
        Ok(d)
    }

    /// The function behind the method expression `I.M` of interface method `m`:
    /// parameters `[interface (2 words), args...]`, a `CallIface` of `m`.
    fn iface_method_expr_wrapper(&mut self, m: ObjId) -> u32 {
        let key = (m, 1u8, self.c.info.obj(m).ty);
        if let Some(&f) = self.c.wrappers.get(&key) {
            return f;
        }
        let (ps, rs) = self.c.sig_params_results(self.c.info.obj(m).ty);
        let argw = self.c.words(&ps);
        let resw = self.c.words(&rs);
        let name = format!("{}$methodexpr", self.c.info.obj(m).name);
        let id = self.c.pb.declare_func(name.clone());
        self.c.wrappers.insert(key, id);
        let mut fb = FuncBuilder::new(name, 2 + argw, resw);
        let win = fb.regs(1 + argw.max(resw));
        if argw > 0 {
            fb.emit(Instr::MoveN {
                a: win + 1,
                b: 2,
                c: argw,
            });
        }
        let nid = self.c.method_key(m);
        fb.emit(Instr::CallIface {
            a: win,
            b: 0,
            c: nid as u16,
        });
        fb.emit(Instr::Ret { a: win, b: resw });
        match fb.finish() {
            Ok(f) => self.c.pb.define_func(id, f),
            Err(err) => self.c.diags.push(internal(Default::default(), err)),
        }
        id
    }
}
