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
