//! Types: an interned table (`TypeTable`) of `Type`s named by `TypeId`, and Go's
//! type-string formatting.
//!
//! Like go/types' `Type` implementations, but stored in one table: every type other than
//! a defined (`Named`) type is interned structurally, so *type identity is `TypeId`
//! equality* (the spec's "identical types"). A `Named` type is created once per
//! declaration and its underlying type and methods are filled in when the checker
//! resolves the declaration.
//!
//! # Invariants
//! 1. Two non-`Named` types with identical structure have the same `TypeId`; a
//!    `Named` type is identical only to itself.
//! 2. `underlying(t)` is never a `Named` type (it may be `Invalid` while a declaration
//!    is being resolved, or after an error).
//! 3. The first entries are the basic kinds, in `BasicKind` order: `TypeId(k as u32)`.

use super::object::{ObjId, PkgId};
use crate::syntax::ast::ChanDir;

/// A type's index in the `TypeTable`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// go/types' `BasicKind`, in the same order (minus the aliases byte and rune, which are
/// `Uint8` and `Int32`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

pub const BASIC_KINDS: [BasicKind; 26] = {
    use BasicKind::*;
    [
        Invalid,
        Bool,
        Int,
        Int8,
        Int16,
        Int32,
        Int64,
        Uint,
        Uint8,
        Uint16,
        Uint32,
        Uint64,
        Uintptr,
        Float32,
        Float64,
        Complex64,
        Complex128,
        String,
        UnsafePointer,
        UntypedBool,
        UntypedInt,
        UntypedRune,
        UntypedFloat,
        UntypedComplex,
        UntypedString,
        UntypedNil,
    ]
};

impl BasicKind {
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn id(self) -> TypeId {
        TypeId(self as u32)
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        use BasicKind::*;
        matches!(self, Float32 | Float64 | UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        use BasicKind::*;
        matches!(self, Complex64 | Complex128 | UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    pub fn is_const_type(self) -> bool {
        self.is_numeric() || self.is_string() || self.is_boolean()
    }
    /// Size in bytes on amd64 (for `unsafe.Sizeof` and integer ranges).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String | UntypedComplex | UntypedString => 16,
            _ => 8,
        }
    }
}

/// A struct field (go/types' `*Var` with `IsField`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// The package of an unexported field (it takes part in identity), else `None`.
    pub pkg: Option<PkgId>,
    /// The field's object (its declaring identifier), for `Info::defs`/`uses`.
    pub obj: ObjId,
}

/// A method of an interface type: name, package if unexported, signature (a `Func`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMethod {
    pub name: String,
    pub pkg: Option<PkgId>,
    pub sig: TypeId,
    pub obj: ObjId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
    /// Parameter and result names, for type strings only (empty when unnamed). The
    /// canonical form drops them: names take no part in identity.
    pub param_names: Vec<String>,
    pub result_names: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedType {
    pub obj: ObjId,
    pub underlying: TypeId,
    /// Declared methods (value and pointer receivers), in declaration order.
    pub methods: Vec<ObjId>,
    /// For an instance of a generic type (`List[int]`), its type arguments; `obj` is
    /// then the generic type's name (go/types' `Named.TypeArgs`).
    pub targs: Vec<TypeId>,
}

/// A term of a constraint's type set (go/types' `Term`): `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    /// A predeclared alias (`byte`, `rune`, `any`): identical to `actual` (see
    /// `TypeTable::identical`) but printed under its own name, as gc does.
    Alias {
        name: &'static str,
        actual: TypeId,
    },
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct {
        fields: Vec<Field>,
    },
    Func(Signature),
    /// The complete method set, sorted by name (embedded interfaces flattened).
    /// `constraint`: it embeds a type, union or `comparable`, so it may only be used as
    /// a type constraint. `terms`: the type set's terms when restricted (`~int |
    /// ~string`; embedded unions intersected), `None` for all types; `comparable`: the
    /// type set holds only strictly comparable types (go/types' `_TypeSet`).
    Interface {
        methods: Vec<IMethod>,
        constraint: bool,
        terms: Option<Vec<Term>>,
        comparable: bool,
    },
    Named(NamedType),
    /// A function's results; never the type of a variable.
    Tuple(Vec<TypeId>),
}

/// All types of a checking run.
#[derive(Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    interned: super::fxhash::FxHashMap<Type, TypeId>,
    /// Each type's canonical form: the same type with `byte`/`rune` spelled
    /// `uint8`/`int32`. Identical types have the same canonical id.
    canon: Vec<TypeId>,
    /// `interface{}`, `error`, `comparable`-less universe handles.
    pub empty_interface: TypeId,
    pub empty_tuple: TypeId,
    /// The universe's `error` (a `Named` type).
    pub error: TypeId,
    pub byte: TypeId,
    pub rune: TypeId,
    pub any: TypeId,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            interned: Default::default(),
            canon: Vec::new(),
            empty_interface: TypeId(0),
            empty_tuple: TypeId(0),
            error: TypeId(0),
            byte: TypeId(0),
            rune: TypeId(0),
            any: TypeId(0),
        };
        for k in BASIC_KINDS {
            t.intern(Type::Basic(k));
        }
        t.byte = t.intern(Type::Alias {
            name: "byte",
            actual: BasicKind::Uint8.id(),
        });
        t.rune = t.intern(Type::Alias {
            name: "rune",
            actual: BasicKind::Int32.id(),
        });
        t.empty_interface = t.intern(Type::Interface {
            methods: vec![],
            constraint: false,
            terms: None,
            comparable: false,
        });
        t.any = t.intern(Type::Alias {
            name: "any",
            actual: t.empty_interface,
        });
        t.empty_tuple = t.intern(Type::Tuple(vec![]));
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.canon.push(id);
        self.interned.insert(ty.clone(), id);
        let canon = self.canonicalize(&ty);
        if canon != ty {
            let c = self.intern(canon);
            self.canon[id.0 as usize] = c;
        }
        id
    }

    fn canon_of(&self, id: TypeId) -> TypeId {
        self.canon.get(id.0 as usize).copied().unwrap_or(id)
    }

    /// The same type with every component replaced by its canonical form.
    fn canonicalize(&self, ty: &Type) -> Type {
        let c = |id: TypeId| self.canon_of(id);
        match ty {
            Type::Alias { actual, .. } => self.get(self.canon_of(*actual)).clone(),
            Type::Basic(_) | Type::Named(_) => ty.clone(),
            Type::Pointer(e) => Type::Pointer(c(*e)),
            Type::Slice(e) => Type::Slice(c(*e)),
            Type::Array { len, elem } => Type::Array {
                len: *len,
                elem: c(*elem),
            },
            Type::Map { key, value } => Type::Map {
                key: c(*key),
                value: c(*value),
            },
            Type::Chan { dir, elem } => Type::Chan {
                dir: *dir,
                elem: c(*elem),
            },
            Type::Struct { fields } => Type::Struct {
                fields: fields
                    .iter()
                    .map(|f| Field {
                        ty: c(f.ty),
                        obj: ObjId(0),
                        ..f.clone()
                    })
                    .collect(),
            },
            Type::Func(s) => Type::Func(Signature {
                params: s.params.iter().map(|&p| c(p)).collect(),
                results: s.results.iter().map(|&p| c(p)).collect(),
                variadic: s.variadic,
                param_names: vec![],
                result_names: vec![],
            }),
            Type::Interface {
                methods,
                constraint,
                terms,
                comparable,
            } => Type::Interface {
                constraint: *constraint,
                comparable: *comparable,
                terms: terms.as_ref().map(|ts| {
                    ts.iter()
                        .map(|t| Term {
                            tilde: t.tilde,
                            ty: c(t.ty),
                        })
                        .collect()
                }),
                methods: methods
                    .iter()
                    .map(|m| IMethod {
                        sig: c(m.sig),
                        obj: ObjId(0),
                        ..m.clone()
                    })
                    .collect(),
            },
            Type::Tuple(v) => Type::Tuple(v.iter().map(|&p| c(p)).collect()),
        }
    }

    /// The canonical id of a type: equal for identical types (use it as a map key).
    pub fn canonical(&self, id: TypeId) -> TypeId {
        self.canon_of(id)
    }

    /// Per the spec's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b || self.canon_of(a) == self.canon_of(b)
    }

    /// A new defined type (never interned: each declaration is its own type).
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.canon.push(id);
        self.types.push(Type::Named(NamedType {
            obj,
            underlying: BasicKind::Invalid.id(),
            methods: Vec::new(),
            targs: Vec::new(),
        }));
        id
    }

    /// A new instance of generic type `obj` with type arguments `targs` (its
    /// underlying type and methods are filled in by the checker's `instantiate`).
    pub fn new_instance(&mut self, obj: ObjId, targs: Vec<TypeId>) -> TypeId {
        let id = self.new_named(obj);
        if let Some(Type::Named(n)) = self.types.get_mut(id.0 as usize) {
            n.targs = targs;
        }
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        let under = self.underlying(under);
        if let Some(Type::Named(n)) = self.types.get_mut(named.0 as usize) {
            n.underlying = under;
        }
    }

    pub fn add_method(&mut self, named: TypeId, m: ObjId) {
        if let Some(Type::Named(n)) = self.types.get_mut(named.0 as usize) {
            n.methods.push(m);
        }
    }

    pub fn get(&self, id: TypeId) -> &Type {
        self.types
            .get(id.0 as usize)
            .unwrap_or(&Type::Basic(BasicKind::Invalid))
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    // --- constructors -------------------------------------------------------------

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }
    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(Type::Array { len, elem })
    }
    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(Type::Map { key, value })
    }
    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(Type::Chan { dir, elem })
    }
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
            param_names: vec![],
            result_names: vec![],
        }))
    }

    /// A func type whose type string shows parameter and result names.
    pub fn func_named(&mut self, sig: Signature) -> TypeId {
        self.intern(Type::Func(sig))
    }

    // --- queries ---------------------------------------------------------------------

    /// The underlying type (go/types' `Under`).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(n) => n.underlying,
            Type::Alias { actual, .. } => self.underlying(*actual),
            _ => id,
        }
    }

    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        id == BasicKind::Invalid.id()
    }
    /// Whether the type has a name (a defined or predeclared type), for assignability.
    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(self.unalias(id)), Type::Named(_) | Type::Basic(_))
    }

    /// The aliased type of `byte`, `rune`, `any`; other types unchanged.
    pub fn unalias(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Alias { actual, .. } => *actual,
            _ => id,
        }
    }
    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(k) if k.is_untyped())
    }
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface { .. })
    }
    /// The terms of a type whose underlying type is an interface with a restricted
    /// type set: only a type parameter's placeholder (`instantiate.rs`) is such a value
    /// type, standing for every type of its constraint's type set.
    pub fn tparam_terms(&self, id: TypeId) -> Option<&[Term]> {
        match self.under(id) {
            Type::Interface {
                terms: Some(ts), ..
            } => Some(ts),
            _ => None,
        }
    }

    /// Whether the basic kind of `id` satisfies `f`; for a type parameter, of every
    /// type in its type set (go/types' `allBasic`).
    fn all_basic(&self, id: TypeId, f: impl Fn(BasicKind) -> bool) -> bool {
        if let Some(ts) = self.tparam_terms(id) {
            return !ts.is_empty() && ts.iter().all(|t| self.basic_kind(t.ty).is_some_and(&f));
        }
        self.basic_kind(id).is_some_and(f)
    }
    pub fn is_integer(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_integer())
    }
    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_unsigned())
    }
    pub fn is_float(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_float())
    }
    pub fn is_complex(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_complex())
    }
    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_numeric())
    }
    pub fn is_string(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_string())
    }
    /// Whether `+` applies (for a type parameter: to every type of its type set).
    pub fn is_numeric_or_string(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_numeric() || k.is_string())
    }
    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_boolean())
    }
    /// A constant type (a type parameter is none: its values are never constants).
    pub fn is_const_type(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_const_type())
    }
    pub fn is_ordered(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| k.is_ordered())
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn tuple_elems(&self, id: TypeId) -> &[TypeId] {
        match self.get(id) {
            Type::Tuple(v) => v,
            _ => &[],
        }
    }

    pub fn named(&self, id: TypeId) -> Option<&NamedType> {
        match self.get(id) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn interface_methods(&self, id: TypeId) -> &[IMethod] {
        match self.under(id) {
            Type::Interface { methods, .. } => methods,
            _ => &[],
        }
    }

    /// Per the spec: types are comparable unless slices, maps, functions, or structs and
    /// arrays containing them.
    pub fn comparable(&self, id: TypeId) -> bool {
        self.comparable_depth(id, 0)
    }

    fn comparable_depth(&self, id: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        match self.under(id) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan { .. } | Type::Interface { .. } => true,
            Type::Struct { fields } => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            Type::Array { elem, .. } => self.comparable_depth(*elem, depth + 1),
            _ => false,
        }
    }

    /// The type a slice, array, pointer-to-array, map or chan holds.
    pub fn elem(&self, id: TypeId) -> Option<TypeId> {
        match self.under(id) {
            Type::Pointer(e) | Type::Slice(e) => Some(*e),
            Type::Array { elem, .. } | Type::Chan { elem, .. } => Some(*elem),
            Type::Map { value, .. } => Some(*value),
            _ => None,
        }
    }

    /// Whether a value of this type has a nil value (go/types' `hasNil`).
    pub fn has_nil(&self, id: TypeId) -> bool {
        if let Some(ts) = self.tparam_terms(id) {
            return ts.iter().all(|t| self.has_nil(t.ty));
        }
        match self.under(id) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer || *k == BasicKind::UntypedNil,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map { .. }
            | Type::Chan { .. }
            | Type::Func(_)
            | Type::Interface { .. } => true,
            _ => false,
        }
    }
}
