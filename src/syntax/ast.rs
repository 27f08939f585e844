//! The abstract syntax tree: plain values with byte spans, shaped like go/ast.
//!
//! The parser builds it, the checker reads it, and the compiler walks it with the
//! checker's `Info` beside it. Nothing here is resolved: an identifier is just a name.
//!
//! # Invariants
//! 1. Every `Expr` and every `Ident` carries a `NodeId` unique within one parse session
//!    (`syntax::IdGen`), so the checker can record facts about a node (its type, its
//!    constant value, the object an identifier denotes) in side tables keyed by id.
//! 2. Spans are global positions (`source::Pos`): a `SourceMap` turns them into
//!    `file:line:col`. A span never crosses a file.
//! 3. Types are expressions: where Go's grammar cannot tell a type from a value
//!    (`*T`, `[]T(x)`, call arguments, case labels), the parser builds an `Expr` and the
//!    checker decides what it denotes.

#![allow(clippy::large_enum_variant)] // AST nodes are built once and moved rarely.

use crate::source::Span;

/// A node's identity, for the checker's side tables (go/types keys them by pointer).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// A source file (`package` clause present) as the parser returns it.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

/// One top-level item of REPL input or of a snippet file (no `package` clause).
#[derive(Clone, Debug, PartialEq)]
pub enum ReplItem {
    Import(ImportSpec),
    Decl(Decl),
    Stmt(Stmt),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// `import name "path"`; `.` and `_` are names too.
    pub name: Option<Ident>,
    /// The path as written, quotes included.
    pub path: BasicLit,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Gen(GenDecl),
    Func(Box<FuncDecl>),
}

/// `const`, `var` or `type`, grouped (`var ( ... )`) or not.
#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl {
    pub kind: GenKind,
    pub grouped: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GenKind {
    Const(Vec<ValueSpec>),
    Var(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
    /// Only inside REPL input or a function body would this be odd; at file level the
    /// parser puts imports in `File::imports` instead.
    Import(Vec<ImportSpec>),
}

/// `names [ty] [= values]`. In a const group a spec may omit both type and values, and
/// then repeats the previous spec's (the checker does that, using `iota`).
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec within its group: the value of `iota` for a const spec.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type T[P any] ...`: parsed so the checker can say `unsupported: generics`.
    pub tparams: Option<Vec<Field>>,
    /// `type A = B` (an alias).
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// The receiver of a method: the first one written; for `func () M()` a field with
    /// no names whose type is `ExprKind::Bad`.
    pub recv: Option<Field>,
    /// How many receivers were written (1 for a well-formed method). go/types reports
    /// `method has no receiver` (0) and `method has multiple receivers` (> 1) at the name.
    pub n_recv: u32,
    pub name: Ident,
    pub tparams: Option<Vec<Field>>,
    pub sig: FuncType,
    /// `None` for a bodiless declaration: in the embedded standard library such a
    /// function is implemented natively (in Rust).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, receiver or struct field group: `a, b int`, `int`, `T` (embedded).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Empty for an unnamed parameter or an embedded field.
    pub names: Vec<Ident>,
    /// For a variadic last parameter, `ExprKind::Ellipsis(Some(elem))`.
    pub ty: Expr,
    /// Struct field tags.
    pub tag: Option<BasicLit>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Spans of the braces: `missing return` is reported at the closing one.
    pub lbrace: Span,
    pub rbrace: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `const`, `var` or `type` inside a function.
    Decl(GenDecl),
    Empty,
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        chan: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        /// Span of the operator token (`=`, `:=`, `+=`), where gc reports some errors.
        op_span: Span,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// An `If` statement or a `Block` statement.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        rbrace: Span,
    },
    /// `switch [init;] [v :=] x.(type) { ... }`; `bind` is `v`, case lists hold types
    /// (and `nil`).
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        /// The operand `x` of `x.(type)`.
        x: Expr,
        body: Vec<CaseClause>,
        rbrace: Span,
    },
    Select {
        body: Vec<CommClause>,
        rbrace: Span,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [k [, v] (=|:=)] range x { ... }`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    /// Where the parser recovered from a syntax error.
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=` is `Op(BinOp::Add)`.
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    /// From `case`/`default` to the colon.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a `Send`, an `Expr` (a receive) or an `Assign`
    /// (`=` or `:=`) whose right side is a single receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    BasicLit(BasicLit),
    /// `T{...}`, or `{...}` with the type elided inside another composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        lbrace: Span,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    /// `x[a, b]` — only generic instantiation looks like this.
    IndexList {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        /// `x[a:b:c]`
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` (valid only in a type switch).
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// `f(xs...)`: the span of the `...`.
        ellipsis: Option<Span>,
        rparen: Span,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `...T` in a parameter list, or `[...]T`'s length (then `None`).
    Ellipsis(Option<Box<Expr>>),
    /// `[N]T`, `[...]T` (len is `Ellipsis(None)`) or `[]T` (len is `None`).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    StructType {
        fields: Vec<Field>,
    },
    FuncType(FuncType),
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    /// Where the parser recovered from a syntax error.
    Bad,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface; a union or `~T` term is parsed as an `Expr` too, and the
    /// checker reports generics as unsupported.
    Embedded(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` (a generic constraint term; unsupported)
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinOp {
    /// Go's spelling of the operator.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }

    /// Go's precedence: 5 `* / % << >> & &^`, 4 `+ - | ^`, 3 comparisons, 2 `&&`, 1 `||`.
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            LAnd => 2,
            LOr => 1,
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinOp::*;
        matches!(self, Eql | Neq | Lss | Leq | Gtr | Geq)
    }
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

/// A literal as written. `syntax::lit` decodes the text into a value; the lexer has
/// already reported malformed literals, so decoding a parsed literal does not fail
/// except on what the lexer let through with an error.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicLit {
    pub kind: LitKind,
    pub raw: String,
    pub span: Span,
}
