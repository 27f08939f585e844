//! Unit tests: `check(src)` returns one `LINE:COL: message` line per error.

use crate::source::SourceMap;
use crate::syntax::{self, IdGen};

pub fn check(src: &str) -> Vec<String> {
    let mut sm = SourceMap::new();
    let ids = IdGen::new();
    let file = sm.add("x.go", src.to_string());
    let (ast, mut diags) = syntax::parse_file(&file, &ids);
    if diags.is_empty() {
        let files: Vec<_> = ast.into_iter().collect();
        let (_, ds) = super::check_program(&mut sm, &ids, &files);
        diags = ds;
    }
    crate::diag::sort_and_limit(&mut diags);
    diags
        .iter()
        .map(|d| {
            let p = sm.position(d.span.lo).unwrap();
            format!("{}:{}: {}", p.line, p.col, d.message)
        })
        .collect()
}

#[test]
fn clean_program_has_no_errors() {
    let src = "package main\n\ntype T struct{ a int }\n\nfunc (t *T) Inc() { t.a++ }\n\nfunc main() {\n\tx := 1\n\tvar t T\n\tt.Inc()\n\tprintln(x, t.a, len(\"abc\"))\n}\n";
    assert_eq!(check(src), Vec::<String>::new());
}

#[test]
fn unused_variable_and_redeclaration() {
    let src = "package main\n\nfunc main() {\n\tx := 1\n\tx := 2\n\tvar y int\n\tvar y string\n\t_ = y\n}\n";
    assert_eq!(
        check(src),
        vec![
            "4:2: declared and not used: x",
            "5:4: no new variables on left side of :=",
            "7:6: y redeclared in this block\n\tx.go:6:6: other declaration of y",
        ]
    );
}

#[test]
fn constant_overflow_and_truncation() {
    let src = "package main\n\nconst c byte = 300\n\nvar w int = 1.5\nvar s int = \"five\"\n\nfunc main() { _ = byte(300) }\n";
    assert_eq!(
        check(src),
        vec![
            "3:16: cannot use 300 (untyped int constant) as byte value in constant declaration (overflows)",
            "5:13: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
            "6:13: cannot use \"five\" (untyped string constant) as int value in variable declaration",
            "8:24: constant 300 overflows byte",
        ]
    );
}

#[test]
fn mismatched_operands_and_pointer_receivers() {
    let src = "package main\n\ntype T struct{}\n\nfunc (t *T) String() string { return \"\" }\n\ntype I interface{ String() string }\n\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n\tvar b byte\n\t_ = b + \"x\"\n}\n";
    assert_eq!(
        check(src),
        vec![
            "10:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method String has pointer receiver)",
            "13:6: invalid operation: b + \"x\" (mismatched types byte and untyped string)",
        ]
    );
}

#[test]
fn missing_return_and_labels() {
    let src =
        "package main\n\nfunc k() int {}\n\nfunc main() {\nL:\n\tfor {\n\t\tbreak M\n\t}\n}\n";
    assert_eq!(
        check(src),
        vec![
            "3:15: missing return",
            "6:1: label L defined and not used",
            "8:9: break label not defined: M",
        ]
    );
}

/// Checks `src` (which must be clean) and returns its `Info`.
fn info_of(src: &str) -> (super::Info, Vec<crate::syntax::ast::File>) {
    let mut sm = SourceMap::new();
    let ids = IdGen::new();
    let file = sm.add("x.go", src.to_string());
    let (ast, diags) = syntax::parse_file(&file, &ids);
    assert!(diags.is_empty(), "{diags:?}");
    let files: Vec<_> = ast.into_iter().collect();
    let (info, ds) = super::check_program(&mut sm, &ids, &files);
    assert!(ds.is_empty(), "{ds:?}");
    (info, files)
}

/// Every expression in the files, in source order.
fn exprs(files: &[crate::syntax::ast::File]) -> Vec<crate::syntax::ast::Expr> {
    // A cheap walk: collect via the Debug printer is not possible; walk the
    // statements we use in these tests.
    use crate::syntax::ast::{Decl, ExprKind, StmtKind};
    let mut out = Vec::new();
    fn walk_expr(e: &crate::syntax::ast::Expr, out: &mut Vec<crate::syntax::ast::Expr>) {
        out.push(e.clone());
        match &e.kind {
            ExprKind::Binary { x, y, .. } => {
                walk_expr(x, out);
                walk_expr(y, out);
            }
            ExprKind::Call { func, args, .. } => {
                walk_expr(func, out);
                for a in args {
                    walk_expr(a, out);
                }
            }
            ExprKind::Paren(x) | ExprKind::Unary { x, .. } | ExprKind::Star(x) => walk_expr(x, out),
            ExprKind::Selector { x, .. } => walk_expr(x, out),
            _ => {}
        }
    }
    for f in files {
        for d in &f.decls {
            if let Decl::Func(fd) = d {
                for s in fd.body.iter().flat_map(|b| &b.stmts) {
                    match &s.kind {
                        StmtKind::Expr(e) => walk_expr(e, &mut out),
                        StmtKind::Assign { lhs, rhs, .. } => {
                            for e in lhs.iter().chain(rhs) {
                                walk_expr(e, &mut out);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    out
}

#[test]
fn info_records_final_types_of_untyped_constants() {
    let src = "package main\n\nfunc f(x float64, i any) {}\n\nfunc main() {\n\tvar s uint = 2\n\tf(1, 2)\n\ty := 1 << s\n\t_ = y\n}\n";
    let (info, files) = info_of(src);
    let es = exprs(&files);
    let ts: Vec<String> = es
        .iter()
        .map(|e| {
            format!(
                "{}:{}",
                super::expr_string(e),
                super::typestring::type_string(&info, info.type_of(e.id), Some(info.main))
            )
        })
        .collect();
    assert!(ts.contains(&"1:float64".to_string()), "{ts:?}");
    assert!(ts.contains(&"2:int".to_string()), "{ts:?}");
    assert!(ts.contains(&"1 << s:int".to_string()), "{ts:?}");
    // The 2 passed for `any` is converted to the interface.
    let two = es.iter().find(|e| super::expr_string(e) == "2").unwrap();
    assert_eq!(info.implicit_iface.get(&two.id), Some(&info.types.any));
}

#[test]
fn info_records_selections_captures_and_init_order() {
    let src = "package main\n\ntype B struct{ n int }\n\nfunc (b *B) Inc() { b.n++ }\n\ntype A struct{ *B }\n\nvar x = y + 1\nvar y = 2\n\nfunc main() {\n\ta := A{&B{}}\n\ta.Inc()\n\tc := 0\n\tf := func() { c++ }\n\tf()\n}\n";
    let (info, files) = info_of(src);
    let es = exprs(&files);
    let sel = es
        .iter()
        .find(|e| super::expr_string(e) == "a.Inc")
        .unwrap();
    let s = &info.selections[&sel.id];
    assert_eq!(s.kind, super::SelectionKind::MethodVal);
    assert_eq!(s.index, vec![0, 0]);
    assert!(s.indirect);
    let main = info.package(info.main);
    let order: Vec<&str> = main
        .init_order
        .iter()
        .map(|i| info.obj(i.lhs[0]).name.as_str())
        .collect();
    assert_eq!(order, vec!["y", "x"]);
    assert_eq!(info.captured.len(), 1);
    let c = *info.captured.iter().next().unwrap();
    assert_eq!(info.obj(c).name, "c");
}

/// `func main() { body }` after a small prelude; errors as `LINE:COL: message`.
fn check_body(body: &str) -> Vec<String> {
    check(&format!(
        "package main\n\ntype T struct{{ a int }}\n\nfunc (t *T) PM() {{}}\n\nfunc one() int {{ return 1 }}\n\nfunc main() {{\n{body}\n}}\n"
    ))
}

#[test]
fn operand_positions_and_descriptions() {
    assert_eq!(
        check_body("\tvar x int\n\t_ = !x\n\t_ = -\"s\""),
        vec![
            "11:7: invalid operation: operator ! not defined on x (variable of type int)",
            "12:7: invalid operation: operator - not defined on \"s\" (untyped string constant)",
        ]
    );
    assert_eq!(
        check_body("\tT{}.PM()\n\tx := 1\n\tx()"),
        vec![
            "10:6: cannot call pointer method PM on T",
            "12:2: invalid operation: cannot call x (variable of type int): int is not a function",
        ]
    );
}

#[test]
fn unused_variables_after_failed_initialization() {
    // gc reports both the undefined name and the unused variable.
    assert_eq!(
        check_body("\ty := undefinedVar + 1"),
        vec![
            "10:2: declared and not used: y",
            "10:7: undefined: undefinedVar",
        ]
    );
}

#[test]
fn switch_cases_and_type_switches() {
    assert_eq!(
        check_body("\tswitch x := 5; x {\n\tcase 1, 1:\n\tcase \"a\":\n\t}"),
        vec![
            "11:10: duplicate case 1 (constant of type int) in expression switch\n\tx.go:11:7: previous case",
            "12:7: cannot convert \"a\" (untyped string constant) to type int",
        ]
    );
    assert_eq!(
        check_body("\tvar i interface{}\n\tswitch v := i.(type) {\n\tcase int:\n\t}"),
        vec!["11:9: v declared and not used"]
    );
}

#[test]
fn goto_over_declarations_and_into_blocks() {
    assert_eq!(
        check_body("\tgoto L\n\tv := 3\n\t_ = v\nL:\n\tgoto M\n\tif v > 0 {\n\tM:\n\t}"),
        vec![
            "10:7: goto L jumps over declaration of v at x.go:11:4",
            "14:7: goto M jumps into block starting at x.go:15:11",
        ]
    );
}

#[test]
fn calls_report_have_and_want() {
    assert_eq!(
        check(
            "package main\n\nfunc f(a int, b ...string) {}\n\nfunc main() {\n\tf()\n\tf(1, 2)\n}\n"
        ),
        vec![
            "6:2: not enough arguments in call to f\n\thave ()\n\twant (int, ...string)",
            "7:7: cannot use 2 (untyped int constant) as string value in argument to f",
        ]
    );
}

#[test]
fn initialization_cycles_and_recursive_types() {
    assert_eq!(
        check("package main\n\nvar r = g()\n\nfunc g() int { return r }\n\ntype L struct{ next L }\n\nfunc main() {}\n"),
        vec![
            "3:5: initialization cycle for r\n\tx.go:3:5: r refers to g\n\tx.go:5:6: g refers to r",
            "7:6: invalid recursive type: L refers to itself",
        ]
    );
}

#[test]
fn generic_unsupported_forms_and_alias_cycles() {
    let src = "package main\n\ntype T struct{}\n\nfunc (T) M[P any](x P) P { return x }\n\ntype A[P any] = *A[P]\n\nfunc main() {\n\ttype L[X any] struct{ x X }\n\t_ = L[int]{}\n}\n";
    let got = check(src);
    assert_eq!(
        got,
        vec![
            "5:10: minigo: unsupported: generic methods",
            "7:6: invalid recursive type: A refers to itself",
        ]
    );
}

#[test]
fn generic_instances_are_checked_and_deduplicated() {
    // An error in a generic body is reported once, though two instances have it.
    let src = "package main\n\nfunc F[T any](x T) int { var unused T; return 1 }\n\nfunc main() {\n\t_ = F(1)\n\t_ = F(\"a\")\n}\n";
    assert_eq!(check(src), vec!["3:30: declared and not used: unused"]);
}
