//! From the checker's types to the VM's: widths in words, pointer maps (`Layout`),
//! comparison parts (`EqKind`), map descriptions (`MapType`) and run-time type ids
//! (`RtType`, with method tables), plus the richer descriptions `fmt` prints from
//! (`native::fmt::TypeDesc`).
//!
//! Everything is cached by the checker's canonical `TypeId`, so each Go type gets one
//! layout and one run-time type id (runtime::types invariant 3).

use super::Compiler;
use crate::runtime::heap::{bytes_layout, Layout};
use crate::runtime::map::MapType;
use crate::runtime::types::{EqKind, RtKind, RtType};
use crate::stdlib::native::fmt::{DescKind, TypeDesc};
use crate::types::{BasicKind, Type, TypeId};

/// The arithmetic class of a basic type, which picks the typed instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// Signed integer of `bits` bits.
    Int(u8),
    /// Unsigned integer of `bits` bits.
    Uint(u8),
    F64,
    F32,
    /// complex128: two float64 words (real, imaginary).
    C128,
    /// complex64: two words, each a float64 rounded to float32 (as float32).
    C64,
    Str,
    Bool,
    Other,
}

impl Num {
    pub fn bits(self) -> u8 {
        match self {
            Num::Int(b) | Num::Uint(b) => b,
            _ => 64,
        }
    }
}

impl Compiler<'_> {
    /// The type with aliases removed and canonicalised (byte → uint8).
    pub fn canon(&self, t: TypeId) -> TypeId {
        self.info.types.canonical(self.info.types.unalias(t))
    }

    pub fn num(&self, t: TypeId) -> Num {
        use BasicKind::*;
        match self.info.types.basic_kind(t) {
            Some(k) => match k {
                Bool | UntypedBool => Num::Bool,
                Int | Int64 | UntypedInt => Num::Int(64),
                Int8 => Num::Int(8),
                Int16 => Num::Int(16),
                Int32 | UntypedRune => Num::Int(32),
                Uint | Uint64 | Uintptr => Num::Uint(64),
                Uint8 => Num::Uint(8),
                Uint16 => Num::Uint(16),
                Uint32 => Num::Uint(32),
                Float64 | UntypedFloat => Num::F64,
                Float32 => Num::F32,
                Complex128 | UntypedComplex => Num::C128,
                Complex64 => Num::C64,
                String | UntypedString => Num::Str,
                _ => Num::Other,
            },
            None => Num::Other,
        }
    }

    /// Width in words of a value of type `t`.
    pub fn width(&self, t: TypeId) -> u32 {
        self.width_depth(t, 0)
    }

    fn width_depth(&self, t: TypeId, d: u32) -> u32 {
        if d > 64 {
            return 1;
        }
        match self.info.types.under(t) {
            Type::Basic(k) => match k {
                BasicKind::String | BasicKind::UntypedString => 2,
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => 2,
                _ => 1,
            },
            Type::Slice(_) => 3,
            Type::Interface { .. } => 2,
            Type::Array { len, elem } => {
                (*len as u32).saturating_mul(self.width_depth(*elem, d + 1))
            }
            Type::Struct { fields } => fields.iter().map(|f| self.width_depth(f.ty, d + 1)).sum(),
            Type::Tuple(ts) => ts.iter().map(|t| self.width_depth(*t, d + 1)).sum(),
            _ => 1,
        }
    }

    /// Offsets of the words of a `t` value that hold heap pointers.
    pub fn ptr_offsets(&self, t: TypeId) -> Vec<u32> {
        let mut v = Vec::new();
        self.ptrs_into(t, 0, &mut v, 0);
        v
    }

    fn ptrs_into(&self, t: TypeId, base: u32, out: &mut Vec<u32>, d: u32) {
        if d > 64 {
            return;
        }
        match self.info.types.under(t) {
            Type::Basic(k) => {
                if matches!(
                    k,
                    BasicKind::String | BasicKind::UntypedString | BasicKind::UnsafePointer
                ) {
                    out.push(base);
                }
            }
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => {
                out.push(base)
            }
            Type::Slice(_) => out.push(base),
            Type::Interface { .. } => out.push(base + 1),
            Type::Array { len, elem } => {
                let w = self.width(*elem);
                for i in 0..*len as u32 {
                    self.ptrs_into(*elem, base + i * w, out, d + 1);
                }
            }
            Type::Struct { fields } => {
                let mut off = base;
                for f in fields {
                    self.ptrs_into(f.ty, off, out, d + 1);
                    off += self.width(f.ty);
                }
            }
            _ => {}
        }
    }

    /// Go's size in bytes (amd64), for `append`'s growth.
    pub fn go_size(&self, t: TypeId) -> u32 {
        match self.info.types.under(t) {
            Type::Basic(k) => match k {
                BasicKind::String => 16,
                BasicKind::Complex128 => 16,
                _ => k.size().max(1) as u32,
            },
            Type::Slice(_) => 24,
            Type::Interface { .. } => 16,
            Type::Array { len, elem } => (*len as u32).saturating_mul(self.go_size(*elem)),
            Type::Struct { fields } => fields
                .iter()
                .map(|f| self.go_size(f.ty))
                .sum::<u32>()
                .max(1),
            _ => 8,
        }
    }

    /// Whether `t` is a byte type (slices of it use byte objects).
    pub fn is_byte(&self, t: TypeId) -> bool {
        matches!(self.info.types.basic_kind(t), Some(BasicKind::Uint8))
    }

    /// The layout of objects holding `t` values (boxes, `new(T)`, slice elements).
    pub fn layout_of(&mut self, t: TypeId) -> &'static Layout {
        let c = self.canon(t);
        if self.is_byte(c) {
            return bytes_layout();
        }
        if let Some(l) = self.layouts.get(&c) {
            return l;
        }
        let name = self.type_name(c);
        let l = Layout::sized(name, self.width(c), self.ptr_offsets(c), self.go_size(c));
        self.layouts.insert(c, l);
        l
    }

    /// The layout index of `t` for `New`/`MakeSlice`/`Append`.
    pub fn layout_idx(&mut self, t: TypeId) -> u16 {
        let l = self.layout_of(t);
        self.pb.layout(l)
    }

    /// The layout index of a `[len]elem` array object (spilled array values).
    pub fn array_layout_idx(&mut self, len: u64, elem: TypeId) -> u16 {
        let ew = self.width(elem);
        let eptrs = self.ptr_offsets(elem);
        let mut ptrs = Vec::new();
        for i in 0..len as u32 {
            ptrs.extend(eptrs.iter().map(|p| p + i * ew));
        }
        let name = format!("[{len}]{}", self.type_name(elem));
        let l = Layout::sized(
            name,
            (len as u32 * ew).max(1),
            ptrs,
            self.go_size(elem) * len as u32,
        );
        self.pb.layout(l)
    }

    /// The comparison parts of `t` (`None`: not comparable).
    pub fn eq_parts(&self, t: TypeId) -> Option<Vec<EqKind>> {
        let mut v = Vec::new();
        self.eq_into(t, &mut v, 0).then_some(v)
    }

    fn eq_into(&self, t: TypeId, out: &mut Vec<EqKind>, d: u32) -> bool {
        if d > 64 {
            return false;
        }
        match self.info.types.under(t) {
            Type::Basic(k) => {
                match k {
                    BasicKind::String | BasicKind::UntypedString => out.push(EqKind::Str),
                    BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => {
                        out.push(EqKind::Float)
                    }
                    BasicKind::Complex64 | BasicKind::Complex128 => {
                        out.push(EqKind::Float);
                        out.push(EqKind::Float)
                    }
                    _ => out.push(EqKind::Bits),
                }
                true
            }
            Type::Pointer(_) | Type::Chan { .. } => {
                out.push(EqKind::Bits);
                true
            }
            Type::Interface { .. } => {
                out.push(EqKind::Iface);
                true
            }
            Type::Array { len, elem } => (0..*len).all(|_| self.eq_into(*elem, out, d + 1)),
            Type::Struct { fields } => fields.iter().all(|f| self.eq_into(f.ty, out, d + 1)),
            _ => false,
        }
    }

    /// The `MakeMap` operand for map type `t`.
    pub fn map_type_idx(&mut self, t: TypeId) -> u16 {
        let c = self.canon(t);
        if let Some(&i) = self.map_types.get(&c) {
            return i;
        }
        let (k, v) = match self.info.types.under(c) {
            Type::Map { key, value } => (*key, *value),
            _ => (c, c),
        };
        let mt = MapType {
            key_eq: self.eq_parts(k).unwrap_or_default(),
            kw: self.width(k),
            vw: self.width(v),
            key_ptrs: self.ptr_offsets(k),
            val_ptrs: self.ptr_offsets(v),
        };
        let i = self.pb.map_type(mt);
        self.map_types.insert(c, i);
        i
    }

    /// Go's run-time name of a type (`int`, `main.T`, `[]string`, `map[string]int`).
    pub fn type_name(&self, t: TypeId) -> String {
        let t = self.canon(t);
        let s = crate::types::typestring::runtime_type_string(self.info, t);
        s.replace("interface{}", "interface {}")
            .replace("struct{}", "struct {}")
    }

    /// The run-time type id of `t` (for `MakeIface`, type switches, assertions).
    pub fn rt_type(&mut self, t: TypeId) -> u32 {
        let c = self.canon(t);
        if let Some(&id) = self.rt_types.get(&c) {
            return id;
        }
        let key = self
            .live
            .is_some()
            .then(|| crate::types::typestring::identity_string(self.info, c));
        if let Some(&id) = key
            .as_ref()
            .and_then(|k| self.live.as_ref()?.types_by_key.get(k))
        {
            // A type of the session's: same id, so values made by earlier inputs keep
            // their meaning; its methods are the current declarations'.
            self.rt_types.insert(c, id);
            self.pb.clear_methods(id);
            self.add_method_table(c, id);
            return id;
        }
        let name = self.type_name(c);
        let num = self.num(c);
        let kind = match num {
            Num::Bool => RtKind::Bool,
            Num::Int(_) => RtKind::Int,
            Num::Uint(_) => RtKind::Uint,
            Num::F64 => RtKind::Float,
            Num::F32 => RtKind::Float32,
            Num::C128 => RtKind::Complex,
            Num::C64 => RtKind::Complex64,
            Num::Str => RtKind::String,
            Num::Other => RtKind::Other,
        };
        let direct = matches!(
            self.info.types.under(c),
            Type::Pointer(_)
                | Type::Map { .. }
                | Type::Chan { .. }
                | Type::Func(_)
                | Type::Basic(BasicKind::UnsafePointer)
        );
        let width = self.width(c);
        // A box's layout is the type's own (runtime::types invariant 3).
        let layout = Layout::sized(name.clone(), width, self.ptr_offsets(c), self.go_size(c));
        let rt = RtType {
            name: name.clone(),
            kind,
            named: self.info.types.named(c).is_some(),
            width,
            layout,
            direct,
            eq: self.eq_parts(c),
            methods: vec![],
        };
        let id = self.pb.add_type(rt);
        self.rt_types.insert(c, id);
        if let (Some(key), Some(l)) = (key, self.live.as_mut()) {
            l.types_by_key.insert(key, id);
        }
        let desc = self.type_desc(c);
        let descs = &mut self.descs;
        if descs.len() <= id as usize {
            descs.resize(id as usize + 1, None);
        }
        descs[id as usize] = Some(desc);
        self.add_method_table(c, id);
        if self.info.types.is_interface(c) {
            let names = self
                .info
                .types
                .interface_methods(c)
                .iter()
                .map(|m| self.method_key_of(&m.name, m.sig))
                .collect();
            self.iface_methods.insert(id, names);
        }
        id
    }

    /// The printing description of `t` (for `fmt`), with component types as rt ids.
    fn type_desc(&mut self, t: TypeId) -> TypeDesc {
        let name = self.type_name(t);
        let named = self.info.types.named(t).is_some();
        let kind = match self.info.types.under(t).clone() {
            Type::Basic(BasicKind::UnsafePointer) => DescKind::UnsafePointer,
            Type::Basic(_) => match self.num(t) {
                Num::Bool => DescKind::Bool,
                Num::Int(b) => DescKind::Int(b),
                Num::Uint(b) => DescKind::Uint(b),
                Num::F64 => DescKind::Float(64),
                Num::F32 => DescKind::Float(32),
                Num::C128 => DescKind::Complex(128),
                Num::C64 => DescKind::Complex(64),
                Num::Str => DescKind::String,
                Num::Other => DescKind::Other,
            },
            Type::Pointer(e) => DescKind::Pointer(self.rt_type_lazy(e)),
            Type::Slice(e) => DescKind::Slice(self.rt_type_lazy(e), self.is_byte(e)),
            Type::Array { len, elem } => DescKind::Array(len as u32, self.rt_type_lazy(elem)),
            Type::Map { key, value } => {
                DescKind::Map(self.rt_type_lazy(key), self.rt_type_lazy(value))
            }
            Type::Struct { fields } => {
                let mut fs = Vec::new();
                let mut off = 0;
                for f in &fields {
                    let id = self.rt_type_lazy(f.ty);
                    fs.push((f.name.clone(), id, off));
                    off += self.width(f.ty);
                }
                DescKind::Struct(fs)
            }
            Type::Interface { .. } => DescKind::Iface,
            Type::Func(_) => DescKind::Func,
            Type::Chan { .. } => DescKind::Chan,
            _ => DescKind::Other,
        };
        TypeDesc {
            name,
            named,
            kind,
            width: self.width(t),
        }
    }

    /// Like `rt_type`, but for component types of a description (breaks cycles through
    /// pointers by reserving the id first).
    fn rt_type_lazy(&mut self, t: TypeId) -> u32 {
        let c = self.canon(t);
        if let Some(&id) = self.rt_types.get(&c) {
            return id;
        }
        if self.desc_depth > 32 {
            return 0;
        }
        self.desc_depth += 1;
        let id = self.rt_type(c);
        self.desc_depth -= 1;
        id
    }
}

impl Compiler<'_> {
    /// The default type of an untyped type (others unchanged).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.info.types.get(t) {
            Type::Basic(k) => match k {
                BasicKind::UntypedBool => BasicKind::Bool.id(),
                BasicKind::UntypedInt => BasicKind::Int.id(),
                BasicKind::UntypedRune => self.info.types.rune,
                BasicKind::UntypedFloat => BasicKind::Float64.id(),
                BasicKind::UntypedComplex => BasicKind::Complex128.id(),
                BasicKind::UntypedString => BasicKind::String.id(),
                _ => t,
            },
            _ => t,
        }
    }

    /// The default type of a constant value.
    pub fn const_default(&self, v: &crate::types::constant::Value) -> TypeId {
        use crate::types::constant::Kind;
        match v.kind() {
            Kind::Bool => BasicKind::Bool.id(),
            Kind::String => BasicKind::String.id(),
            Kind::Float => BasicKind::Float64.id(),
            Kind::Complex => BasicKind::Complex128.id(),
            _ => BasicKind::Int.id(),
        }
    }

    /// An assertion site for `x.(t)` where x has static type `xt`.
    pub fn assert_site(&mut self, xt: TypeId, t: TypeId, ok: bool) -> u16 {
        let iface = self.info.types.is_interface(t);
        let target = self.rt_type(t);
        let methods = self
            .info
            .types
            .interface_methods(t)
            .iter()
            .map(|m| m.obj)
            .collect::<Vec<_>>();
        let methods = methods.iter().map(|m| self.method_key(*m)).collect();
        let site = crate::vm::AssertSite {
            target,
            iface,
            methods,
            src_name: self.type_name(xt),
            target_name: self.type_name(t),
            ok,
        };
        self.pb.assert_site(site)
    }
}
