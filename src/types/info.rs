//! `Info`: what the checker learnt about a program, the bytecode compiler's input beside
//! the AST (go/types' `Info`, plus the package objects and the type table).
//!
//! Everything is keyed by the AST's `NodeId`s: the type, mode and constant value of every
//! expression (`Info::expr`), the object each identifier defines or uses (`defs`,
//! `uses`), what each selector selects (`selections`), implicit conversions to
//! interfaces (`implicit_iface`), and per-function facts (locals, captured variables).
//!
//! # Reading it (for `compile`)
//! - **Types** are `TypeId`s into `types` (a `TypeTable`). Identity is
//!   `types.identical(a, b)`; use `types.canonical(t)` as a map key (it folds
//!   `byte`/`rune`/`any` and parameter names away). `types.underlying(t)` never returns a
//!   `Named` type.
//! - **Expressions**: `expr(id)` gives mode, type and constant value. A constant has its
//!   value *already converted to its final type* (`var f float64 = 1` records `1` as a
//!   float64 constant). Untyped results of comparisons and non-constant shifts that no
//!   context typed stay `untyped bool`/`untyped int`: treat them as `bool`/`int`.
//! - **Calls**: `expr(call.func).mode` tells a conversion (`TypeExpr`), a builtin
//!   (`Builtin(b)`), or a function value; a method call's `func` is a selector with a
//!   `MethodVal` selection. A call returning several values has a `Tuple` type.
//! - **Comma-ok**: `v, ok := m[k]` / `x.(T)` / `<-ch` used with two results records the
//!   right-hand expression's type as the tuple `(T, bool)` with mode `CommaOk`.
//! - **Composite literals** with an elided type take it from the enclosing element type;
//!   if that is `*T` the literal is `&T{...}` and its recorded type is `*T`.
//! - **Identifiers**: `object_of(ident.id)`. Package-qualified names (`fmt.Println`):
//!   the selector's `sel` ident is in `uses`, and there is no `Selection`. A function or
//!   method without a body (`ObjKind::Func { has_body: false }`) is a native.
//! - **Type switches**: the variable of `switch v := x.(type)` has one object per
//!   clause, `implicits[clause.span.lo]`, of the clause's type (single-type case) or of
//!   `x`'s type.
//! - **Methods**: `Type::Named.methods` lists a defined type's declared methods; a
//!   method object's `ObjKind::Func { recv }` is its receiver variable, whose type says
//!   value or pointer receiver. `find_method(t, name, pkg)` finds a method of any type
//!   with its embedding path, for method tables.
//! - **Packages**: `package_order()` is the initialization order of packages; each
//!   package's `init_order` lists its variable initializers; `main`'s files are the ones
//!   passed to `check_program`, the others are in `Package::files`.

use super::cv::Value;
use super::object::{Builtin, ObjId, ObjKind, Object, Package, PkgId};
use super::scope::{ScopeId, Scopes};
use super::typ::{TypeId, TypeTable};
use crate::source::Pos;
use crate::syntax::ast::NodeId;
use std::collections::{HashMap, HashSet};

/// go/types' `operandMode`: what an expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An error was reported; downstream checks stay silent.
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A builtin function (only ever called).
    Builtin(Builtin),
    /// The expression denotes a type.
    TypeExpr,
    /// A constant; `TypeAndValue::value` holds it.
    Constant,
    /// An addressable variable.
    Variable,
    /// A map index expression (assignable, not addressable).
    MapIndex,
    /// A computed value.
    Value,
    /// A value that may also be used in a comma-ok assignment (map index, type
    /// assertion, channel receive).
    CommaOk,
}

/// The facts about one expression. For an untyped constant or expression whose type was
/// later fixed by its context, `ty` is the final (converted or defaulted) type.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`, a struct field (possibly promoted).
    FieldVal,
    /// `x.m`, a method value (bound to `x`); also a call `x.m()`.
    MethodVal,
    /// `T.m`, a method expression (a func whose first parameter is the receiver).
    MethodExpr,
}

/// What a selector expression `x.sel` selects (go/types' `Selection`).
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (for `MethodExpr`, the type `T`).
    pub recv: TypeId,
    /// The field (`Var`) or method (`Func`) object. For a method of an interface type,
    /// the interface's method object (`Info::is_interface_method`).
    pub obj: ObjId,
    /// The path from `recv` to the selected member: indices of embedded fields, then the
    /// index of the field (in its struct) or of the method (in its named type's
    /// `methods`, or in the interface's sorted method list).
    pub index: Vec<usize>,
    /// Whether a pointer is dereferenced along the path (implicitly, or `recv` itself).
    pub indirect: bool,
    /// The type of the selector expression.
    pub ty: TypeId,
}

/// `lhs = rhs` for package variables in initialization order (go/types' `Initializer`).
#[derive(Clone, Debug, PartialEq)]
pub struct Initializer {
    /// The variables (blank ones included as objects too).
    pub lhs: Vec<ObjId>,
    /// The initializer expression's `NodeId` (a multi-value call for several lhs).
    pub rhs: NodeId,
}

/// Facts about one function body (a `FuncDecl` keyed by its name's `NodeId`, or a
/// `FuncLit` keyed by the literal's `NodeId`).
#[derive(Clone, Debug, Default)]
pub struct FuncInfo {
    /// The func's signature type.
    pub sig: TypeId,
    /// Receiver (if any), parameters and results, in order (blank and unnamed ones too).
    pub params: Vec<ObjId>,
    /// Every local variable declared in the body (not in nested func literals).
    pub locals: Vec<ObjId>,
    /// For a func literal: variables of enclosing functions it refers to (its free
    /// variables), in first-use order.
    pub captures: Vec<ObjId>,
}

#[derive(Debug)]
pub struct Info {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub scopes: Scopes,
    pub universe: ScopeId,
    /// Every package of the run, in creation order (`main` first); see
    /// `package_order` for initialization order.
    pub packages: Vec<Package>,
    pub main: PkgId,
    pub(crate) expr: Vec<Option<TypeAndValue>>,
    /// Identifier → the object it declares (blank identifiers and package clauses
    /// excluded as in go/types; a type switch's symbolic variable has `implicits`).
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifier → the object it denotes.
    pub uses: HashMap<NodeId, ObjId>,
    /// The object implicitly declared per type-switch clause, keyed by the clause's
    /// span start; and the package name object of each import, keyed by its path
    /// literal's span start.
    pub implicits: HashMap<Pos, ObjId>,
    pub selections: HashMap<NodeId, Selection>,
    /// Expressions of non-interface type used where an interface is needed (assignment,
    /// call argument, return, send, composite literal element, comparison with an
    /// interface): the interface type they are converted to.
    pub implicit_iface: HashMap<NodeId, TypeId>,
    pub funcs: HashMap<NodeId, FuncInfo>,
    /// The bodies of range-over-func loops, keyed by the range expression's `NodeId`:
    /// each is compiled as the yield function (a closure), so it has its own locals and
    /// captures like a func literal. `sig` is the yield function's signature.
    pub range_funcs: HashMap<NodeId, FuncInfo>,
    /// Variables captured by at least one func literal (candidates for heap boxes).
    pub captured: HashSet<ObjId>,
    /// Instances of generic functions and methods with their own copies of the
    /// declaration (checked like any other; compile them as such).
    pub instances: Vec<(ObjId, &'static crate::syntax::ast::FuncDecl)>,
    /// The type arguments of each generic function instance.
    pub inst_targs: HashMap<ObjId, Vec<TypeId>>,
    /// For a type declared inside an instance of a generic function or method: the
    /// instance's type arguments, which its run-time name shows (`main.P[int]`, and
    /// `main.Box[int;bool]` for a local generic type).
    pub local_type_targs: HashMap<ObjId, Vec<TypeId>>,
    /// Explicit instantiations `F[int]` (index expressions) → the function instance.
    pub instance_refs: HashMap<NodeId, ObjId>,
    /// The variable of `switch v := x.(type)` per clause, keyed by `v`'s id and the
    /// clause's span start (as `implicits`, but distinct per generic instance).
    pub switch_vars: HashMap<(NodeId, Pos), ObjId>,
    /// Standard-library functions whose bodies were never reached, hence never checked
    /// (lazy checking, `types::lazy`): the compiler must not compile them.
    pub unchecked_bodies: HashSet<ObjId>,
}

impl Info {
    /// An `Info` for a run that could not be checked at all.
    pub(crate) fn empty() -> Info {
        let mut scopes = Scopes::default();
        let universe = scopes.new_scope(None, false);
        Info::new(TypeTable::new(), scopes, universe)
    }

    pub(crate) fn new(types: TypeTable, scopes: Scopes, universe: ScopeId) -> Info {
        Info {
            types,
            objects: Vec::new(),
            scopes,
            universe,
            packages: Vec::new(),
            main: PkgId(0),
            expr: Vec::new(),
            defs: HashMap::new(),
            uses: HashMap::new(),
            implicits: HashMap::new(),
            selections: HashMap::new(),
            implicit_iface: HashMap::new(),
            funcs: HashMap::new(),
            range_funcs: HashMap::new(),
            captured: HashSet::new(),
            instances: Vec::new(),
            inst_targs: HashMap::new(),
            local_type_targs: HashMap::new(),
            instance_refs: HashMap::new(),
            switch_vars: HashMap::new(),
            unchecked_bodies: HashSet::new(),
        }
    }

    /// The recorded facts about an expression (`None` for expressions never checked,
    /// e.g. after a syntax error).
    pub fn expr(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.expr.get(id.0 as usize).and_then(|e| e.as_ref())
    }

    /// The type of an expression (`Invalid` if unknown).
    pub fn type_of(&self, id: NodeId) -> TypeId {
        self.expr(id)
            .map(|t| t.ty)
            .unwrap_or(super::typ::BasicKind::Invalid.id())
    }

    /// The constant value of an expression, if it is a constant.
    pub fn value_of(&self, id: NodeId) -> Option<&Value> {
        self.expr(id).and_then(|t| t.value.as_ref())
    }

    pub(crate) fn record(&mut self, id: NodeId, tv: TypeAndValue) {
        let i = id.0 as usize;
        if i >= self.expr.len() {
            self.expr.resize(i + 1, None);
        }
        self.expr[i] = Some(tv);
    }

    pub(crate) fn expr_mut(&mut self, id: NodeId) -> Option<&mut TypeAndValue> {
        self.expr.get_mut(id.0 as usize).and_then(|e| e.as_mut())
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    /// The object an identifier declares or denotes.
    pub fn object_of(&self, ident: NodeId) -> Option<ObjId> {
        self.defs
            .get(&ident)
            .or_else(|| self.uses.get(&ident))
            .copied()
    }

    /// Packages in dependency order (imports before importers, `main` last), without
    /// the empty stand-ins for failed imports: the order to initialize them in.
    pub fn package_order(&self) -> Vec<PkgId> {
        fn visit(info: &Info, p: PkgId, seen: &mut Vec<bool>, out: &mut Vec<PkgId>) {
            let i = p.0 as usize;
            if seen[i] {
                return;
            }
            seen[i] = true;
            for &d in &info.packages[i].imports {
                visit(info, d, seen, out);
            }
            if !info.packages[i].fake {
                out.push(p);
            }
        }
        let mut seen = vec![false; self.packages.len()];
        let mut out = Vec::new();
        if !self.packages.is_empty() {
            visit(self, self.main, &mut seen, &mut out);
        }
        out
    }

    pub fn package(&self, id: PkgId) -> &Package {
        &self.packages[id.0 as usize]
    }

    /// A package-level object of an imported package by path and name (natives look
    /// their declarations up this way).
    pub fn lookup_package_object(&self, path: &str, name: &str) -> Option<ObjId> {
        let p = self.packages.iter().find(|p| p.path == path)?;
        self.scopes.lookup_local(p.scope, name)
    }

    /// Whether a method object belongs to an interface type (a dynamic call).
    pub fn is_interface_method(&self, m: ObjId) -> bool {
        match &self.obj(m).kind {
            ObjKind::Func { recv, .. } => recv
                .map(|r| self.types.is_interface(self.obj(r).ty))
                .unwrap_or(false),
            _ => false,
        }
    }
}
