//! The REPL's additions to a snippet's synthesized `main`: expression statements that
//! print their value and type, and the markers by which the REPL process tells the
//! output of the newest input from the history's (snippet mode and tests; the live REPL
//! uses `Shape::live` and the evaluator's own markers, see `repl::child`).
//!
//! Everything added is Go source parsed here (in a file named `<repl>`), calling `fmt`
//! through the import name `__minigo_fmt`, which no user code can name by accident.

use crate::source::SourceMap;
use crate::syntax::ast::{Decl, Expr, ExprKind, ImportSpec, Stmt, StmtKind};
use crate::syntax::{self, IdGen};

/// How a snippet is shaped for the REPL (`Shape::default()`: plain snippet mode).
#[derive(Clone, Debug, Default)]
pub struct Shape {
    /// Top-level expression statements print `VALUE (TYPE)` (`%v`, then the type).
    pub show: bool,
    /// The item index where the newest input begins: `START` is printed before its
    /// first statement, `DONE` after the last, and then `main` blocks forever, so the
    /// goroutines go on running between inputs.
    pub input_from: Option<usize>,
    /// The live REPL (`repl::child`): `main` holds only the newest input's statements
    /// (from `input_from`), without markers; the earlier inputs' statements have run.
    pub live: bool,
}

/// Printed (on stdout) where the newest input's statements begin.
pub const START: &str = "\u{1}minigo:start\u{1}\n";
/// Printed when the newest input's statements are done.
pub const DONE: &str = "\u{1}minigo:done\u{1}\n";

/// The import of `fmt` as `__minigo_fmt`.
pub fn fmt_import(sm: &mut SourceMap, ids: &IdGen) -> Option<ImportSpec> {
    let f = sm.add("<repl>", "package main\nimport __minigo_fmt \"fmt\"\n");
    let (file, _) = syntax::parse_file(&f, ids);
    file?.imports.into_iter().next()
}

/// Parses `body` as the statements of a function body.
fn parse_stmts(sm: &mut SourceMap, ids: &IdGen, body: &str) -> Vec<Stmt> {
    let f = sm.add("<repl>", format!("package main\nfunc _() {{\n{body}\n}}\n"));
    let (file, _) = syntax::parse_file(&f, ids);
    file.and_then(|f| f.decls.into_iter().next())
        .and_then(|d| match d {
            Decl::Func(f) => f.body.map(|b| b.stmts),
            _ => None,
        })
        .unwrap_or_default()
}

/// `__minigo_fmt.Print(text)`.
pub fn print_stmt(sm: &mut SourceMap, ids: &IdGen, text: &str) -> Vec<Stmt> {
    parse_stmts(sm, ids, &format!("__minigo_fmt.Print({})", go_quote(text)))
}

/// `select {}`: main waits forever (the REPL process ends it).
pub fn block_forever(sm: &mut SourceMap, ids: &IdGen) -> Vec<Stmt> {
    parse_stmts(sm, ids, "select {}")
}

/// A statement printing `e`'s value(s) with `%v` and then its type, `(int)` or
/// `(int, error)`: `func(a0, a1 any) { Printf("%v %v (T)\n", a0, a1) }(e)`.
pub fn show_stmt(sm: &mut SourceMap, ids: &IdGen, e: Expr, types: &[String]) -> Option<Stmt> {
    let n = types.len().max(1);
    let params: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
    let verbs = vec!["%v"; n].join(" ");
    let ty = if types.len() == 1 {
        types[0].clone()
    } else {
        format!("({})", types.join(", "))
    };
    let format = format!("{verbs} ({})\n", ty.replace('%', "%%"));
    let src = format!(
        "func({} any) {{ __minigo_fmt.Printf({}, {}) }}(0)",
        params.join(", "),
        go_quote(&format),
        params.join(", ")
    );
    let mut stmts = parse_stmts(sm, ids, &src);
    let mut s = stmts.pop()?;
    if let StmtKind::Expr(Expr {
        kind: ExprKind::Call { args, .. },
        ..
    }) = &mut s.kind
    {
        s.span = e.span;
        *args = vec![e];
        return Some(s);
    }
    None
}

/// `s` as a Go interpreted string literal.
pub fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => q.push_str(&format!("\\x{:02x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// The type a `%v` of an untyped constant shows: its default type.
pub fn default_type_name(t: &str) -> String {
    match t {
        "untyped int" => "int".into(),
        "untyped float" => "float64".into(),
        "untyped rune" => "int32".into(),
        "untyped complex" => "complex128".into(),
        "untyped string" => "string".into(),
        "untyped bool" => "bool".into(),
        other => other.to_string(),
    }
}
