//! Objects: what an identifier denotes (go/types' `Object`: `Const`, `Var`, `TypeName`,
//! `Func`, `PkgName`, `Builtin`, `Nil`, `Label`), and packages.
//!
//! Objects live in one arena (`Vec<Object>` in `Info`) and are named by `ObjId`; scopes,
//! types and the `Info` side tables refer to them by id.

use super::cv::Value;
use super::scope::ScopeId;
use super::typ::TypeId;
use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// A package's index in `Info::packages`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// The builtin functions (go/types' `builtinId`), and package `unsafe`'s functions
/// (`Sizeof`, `Alignof`, `Offsetof`, `Add`, `Slice`, `SliceData`, `String`, `StringData`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // Package unsafe.
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    /// Package `unsafe`'s functions (in its scope, not the universe's).
    pub const UNSAFE: [Builtin; 8] = [
        Builtin::Add,
        Builtin::Alignof,
        Builtin::Offsetof,
        Builtin::Sizeof,
        Builtin::Slice,
        Builtin::SliceData,
        Builtin::String,
        Builtin::StringData,
    ];

    /// Whether it is one of package `unsafe`'s functions.
    pub fn is_unsafe(self) -> bool {
        Builtin::UNSAFE.contains(&self)
    }

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }

    /// (minimum argument count, variadic) as in go/types' `predeclaredFuncs`.
    pub fn arity(self) -> (usize, bool) {
        use Builtin::*;
        match self {
            Append => (1, true),
            Cap | Clear | Close | Imag | Len | New | Panic | Real => (1, false),
            Alignof | Offsetof | Sizeof | SliceData | StringData => (1, false),
            Complex | Copy | Delete => (2, false),
            Add | Slice | String => (2, false),
            Make | Max | Min => (1, true),
            Print | Println => (0, true),
            Recover => (0, false),
        }
    }

    /// Whether a call of it may stand as a statement (go/types' `kind == statement`).
    pub fn is_statement(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            Clear | Close | Copy | Delete | Panic | Print | Println | Recover
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A constant with its exact value (`None` while unresolved or after an error).
    Const(Option<Value>),
    /// A variable: package-level, local, parameter, result or struct field.
    Var(VarKind),
    TypeName,
    /// A function or method; `recv` is the receiver variable for a method.
    Func {
        recv: Option<ObjId>,
        has_body: bool,
    },
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Package,
    Local,
    Param,
    Result,
    Recv,
    Field { embedded: bool },
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    /// Invalid until resolved.
    pub ty: TypeId,
    /// `None` for universe objects.
    pub pkg: Option<PkgId>,
    /// The declaring identifier's span (empty for universe objects).
    pub span: Span,
    /// The scope the object was declared in (`None` for fields, methods, universe).
    pub parent: Option<ScopeId>,
}

impl Object {
    pub fn exported(&self) -> bool {
        is_exported(&self.name)
    }
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var(_))
    }
    pub fn is_type_name(&self) -> bool {
        matches!(self.kind, ObjKind::TypeName)
    }
}

/// Per the spec: an identifier is exported if its first character is an upper-case
/// letter (Unicode class Lu).
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

/// One checked package.
#[derive(Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    /// The parsed files of an imported (embedded) package; empty for `main`, whose files
    /// the caller of `check_program` holds.
    pub files: Vec<crate::syntax::ast::File>,
    /// Package-level variables in initialization order (go/types' `Info.InitOrder`).
    pub init_order: Vec<super::info::Initializer>,
    /// Paths of imported packages.
    pub imports: Vec<PkgId>,
    /// Whether checking it reported errors.
    pub has_errors: bool,
    /// A stand-in for an import that failed: selectors on it are silently invalid.
    pub fake: bool,
}
