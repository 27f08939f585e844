//! The parser: AST shapes of every statement and expression form, Go's LR(1) traps, and
//! gc-worded syntax errors.

use crate::source::SourceMap;
use crate::syntax::ast::*;
use crate::syntax::print::{expr_string, simple_stmt_string};
use crate::syntax::{parse_file, parse_repl, IdGen};

/// Parses a file that must be clean.
fn file(src: &str) -> File {
    let mut sm = SourceMap::new();
    let f = sm.add("t.go", src);
    let (ast, diags) = parse_file(&f, &IdGen::new());
    let msgs: Vec<String> = diags
        .iter()
        .map(|d| format!("{}: {}", sm.position(d.span.lo).unwrap(), d.message))
        .collect();
    assert!(msgs.is_empty(), "{src}\n{}", msgs.join("\n"));
    ast.expect("a file")
}

/// The statements of `func f() { body }`.
fn stmts(body: &str) -> Vec<Stmt> {
    let f = file(&format!("package p\nfunc f() {{\n{body}\n}}\n"));
    match f.decls.into_iter().next() {
        Some(Decl::Func(fd)) => fd.body.expect("body").stmts,
        other => panic!("{other:?}"),
    }
}

fn stmt(body: &str) -> StmtKind {
    let mut v = stmts(body);
    assert_eq!(v.len(), 1, "{body}: {v:?}");
    v.remove(0).kind
}

/// An expression parsed in statement position, printed back.
fn expr(src: &str) -> String {
    match stmt(&format!("_ = {src}")) {
        StmtKind::Assign { rhs, .. } => expr_string(&rhs[0]),
        k => panic!("{k:?}"),
    }
}

/// The diagnostics of a file, as `line:col: message`.
fn errors(src: &str) -> Vec<String> {
    let mut sm = SourceMap::new();
    let f = sm.add("t.go", src);
    let (_, diags) = parse_file(&f, &IdGen::new());
    diags
        .iter()
        .map(|d| {
            let p = sm.position(d.span.lo).unwrap();
            format!("{}:{}: {}", p.line, p.col, d.message)
        })
        .collect()
}

#[test]
fn a_representative_program() {
    let f = file(
        r#"package main

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)
import "sync"

const (
	A = iota
	B
	C, D = 1, "x"
)

type (
	Point struct {
		X, Y int `json:"x"`
		*Base
		fmt.Stringer
		Named
	}
	Alias = Point
	Shape interface {
		Area() float64
		fmt.Stringer
	}
)

var mu sync.Mutex

func (p *Point) Move(dx, dy int) (int, error) { return p.X + dx, nil }

func main() {
	fmt.Println(m.Pi, ToUpper("x"))
}

func native(x int) int
"#,
    );
    assert_eq!(f.package.name, "main");
    assert_eq!(f.imports.len(), 5);
    assert_eq!(f.imports[1].name.as_ref().unwrap().name, "m");
    assert_eq!(f.imports[2].name.as_ref().unwrap().name, ".");
    assert_eq!(f.decls.len(), 6);
    let Decl::Gen(GenDecl {
        kind: GenKind::Const(cs),
        grouped: true,
        ..
    }) = &f.decls[0]
    else {
        panic!()
    };
    assert_eq!(cs.iter().map(|c| c.iota).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert!(cs[1].values.is_empty() && cs[1].ty.is_none());
    let Decl::Gen(GenDecl {
        kind: GenKind::Type(ts),
        ..
    }) = &f.decls[1]
    else {
        panic!()
    };
    assert!(ts[1].alias);
    let ExprKind::StructType { fields } = &ts[0].ty.kind else {
        panic!()
    };
    assert_eq!(fields.len(), 4);
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[0].tag.as_ref().unwrap().raw, "`json:\"x\"`");
    assert!(fields[1].names.is_empty());
    assert_eq!(expr_string(&fields[1].ty), "*Base");
    assert_eq!(expr_string(&fields[2].ty), "fmt.Stringer");
    let Decl::Func(mv) = &f.decls[3] else {
        panic!()
    };
    assert_eq!(mv.n_recv, 1);
    assert_eq!(expr_string(&mv.recv.as_ref().unwrap().ty), "*Point");
    assert_eq!(mv.sig.params[0].names.len(), 2);
    assert_eq!(mv.sig.results.len(), 2);
    let Decl::Func(native) = &f.decls[5] else {
        panic!()
    };
    assert!(native.body.is_none());
}

#[test]
fn expressions_and_precedence() {
    assert_eq!(expr("a + b*c - d"), "a + b * c - d");
    let s = stmt("_ = a || b && c == d + e*f");
    let StmtKind::Assign { rhs, .. } = s else {
        panic!()
    };
    let ExprKind::Binary {
        op: BinOp::LOr, y, ..
    } = &rhs[0].kind
    else {
        panic!("{:?}", rhs[0].kind)
    };
    assert!(matches!(
        y.kind,
        ExprKind::Binary {
            op: BinOp::LAnd,
            ..
        }
    ));
    assert_eq!(
        expr("-x + ^y + !z + &w + *p + <-ch"),
        "-x + ^y + !z + &w + *p + <-ch"
    );
    assert_eq!(
        expr("x.y.z(1, 2)[3][a:b][:c:d]"),
        "x.y.z(1, 2)[3][a:b][:c:d]"
    );
    assert_eq!(expr("f(xs...)"), "f(xs...)");
    assert_eq!(expr("x.(T)"), "x.(T)");
    assert_eq!(expr("x.(*pkg.T)"), "x.(*pkg.T)");
    assert_eq!(expr("func(a int) int { return a }"), "func(a int) int {…}");
    assert_eq!(expr("s[:]"), "s[:]");
    assert_eq!(
        expr("1.5 + 2i + 'a' + \"s\" + `r`"),
        "1.5 + 2i + 'a' + \"s\" + `r`"
    );
}

#[test]
fn types_as_expressions() {
    assert_eq!(expr("[]byte(s)"), "[]byte(s)");
    assert_eq!(expr("(*T)(p)"), "(*T)(p)");
    assert_eq!(expr("(<-chan int)(c)"), "(<-chan int)(c)");
    assert_eq!(expr("(*T).M"), "(*T).M");
    assert_eq!(expr("T.M"), "T.M");
    assert_eq!(expr("map[string]int(nil)"), "map[string]int(nil)");
    assert_eq!(expr("interface{}(x)"), "interface{}(x)");
    assert_eq!(expr("chan int(nil)"), "chan int(nil)");
    assert_eq!(expr("(func())(nil)"), "(func())(nil)");
    assert_eq!(
        expr("make(chan func(), 1, map[string][]int{}, []int, *[]int, <-chan int)"),
        "make(chan func(), 1, map[string][]int{}, []int, *[]int, <-chan int)"
    );
    assert_eq!(expr("new(func() int)"), "new(func() int)");
    // `func()` followed by `(` starts the results, as in Go.
    assert_eq!(expr("[]func() (int)(nil)"), "[]func() int(nil)");
    // A type misused as a value still parses; the checker reports it.
    assert_eq!(expr("[]int"), "[]int");
    let StmtKind::Expr(e) = stmt("<-chan int(c)") else {
        panic!()
    };
    assert!(matches!(e.kind, ExprKind::Unary { op: UnOp::Recv, .. }));
}

#[test]
fn composite_literals() {
    assert_eq!(expr("Point{1, 2}"), "Point{…}");
    assert_eq!(expr("pkg.T{X: 1}"), "pkg.T{…}");
    assert_eq!(expr("[...]int{1, 2, 3}"), "[...]int{…}");
    assert_eq!(expr("struct{ x int }{1}"), "struct{x int}{…}");
    let StmtKind::Assign { rhs, .. } = stmt("_ = []Point{{1, 2}, {X: 3}}") else {
        panic!()
    };
    let ExprKind::CompositeLit { elts, .. } = &rhs[0].kind else {
        panic!()
    };
    assert!(matches!(
        elts[0].value.kind,
        ExprKind::CompositeLit { ty: None, .. }
    ));
    let StmtKind::Assign { rhs, .. } = stmt("_ = map[string][]int{\"a\": {1}, \"b\": nil,\n}")
    else {
        panic!()
    };
    let ExprKind::CompositeLit { elts, .. } = &rhs[0].kind else {
        panic!()
    };
    assert_eq!(elts.len(), 2);
    assert!(elts[0].key.is_some());
    // In headers a type name followed by `{` opens the block; literal types and
    // parentheses still allow literals (Go's xnest rule).
    let StmtKind::If { cond, then, .. } = stmt("if x == (T{}) { return }") else {
        panic!()
    };
    // gc prints an empty literal as `T{}` (checked with go build).
    assert_eq!(expr_string(&cond), "x == (T{})");
    assert_eq!(then.stmts.len(), 1);
    let StmtKind::Range { x, .. } = stmt("for _, v := range []int{1, 2} { _ = v }") else {
        panic!()
    };
    assert_eq!(expr_string(&x), "[]int{…}");
    let StmtKind::If { cond, .. } = stmt("if v := f(T{}); v {}") else {
        panic!()
    };
    assert_eq!(expr_string(&cond), "v");
}

#[test]
fn simple_statements() {
    let ss = stmts("x := 1\nx = 2\nx += 3\nx <<= 1\nx &^= y\nx++\ny--\nch <- x\n<-ch\nf()\na, b = b, a\nv, ok := m[k]");
    let printed: Vec<String> = ss.iter().map(simple_stmt_string).collect();
    assert_eq!(
        printed,
        [
            "x := 1",
            "x = 2",
            "x += 3",
            "x <<= 1",
            "x &^= y",
            "x++",
            "y--",
            "ch <- x",
            "<-ch",
            "f()",
            "a, b = b, a",
            "v, ok := m[k]"
        ]
    );
    assert!(matches!(
        ss[2].kind,
        StmtKind::Assign {
            op: AssignOp::Op(BinOp::Add),
            ..
        }
    ));
    assert!(matches!(ss[7].kind, StmtKind::Send { .. }));
}

#[test]
fn control_flow_statements() {
    let StmtKind::If { init, els, .. } = stmt("if x := f(); x > 0 {\n} else if y {\n} else {\n}")
    else {
        panic!()
    };
    assert!(init.is_some());
    let els = els.unwrap();
    let StmtKind::If {
        els: Some(last), ..
    } = els.kind
    else {
        panic!()
    };
    assert!(matches!(last.kind, StmtKind::Block(_)));

    assert!(matches!(
        stmt("for {}"),
        StmtKind::For {
            init: None,
            cond: None,
            post: None,
            ..
        }
    ));
    assert!(matches!(
        stmt("for x < 3 {}"),
        StmtKind::For { cond: Some(_), .. }
    ));
    assert!(matches!(
        stmt("for i := 0; i < n; i++ {}"),
        StmtKind::For {
            init: Some(_),
            cond: Some(_),
            post: Some(_),
            ..
        }
    ));
    assert!(matches!(
        stmt("for ;; {}"),
        StmtKind::For { cond: None, .. }
    ));
    assert!(matches!(
        stmt("for k, v := range m {}"),
        StmtKind::Range {
            key: Some(_),
            value: Some(_),
            define: true,
            ..
        }
    ));
    assert!(matches!(
        stmt("for i = range 10 {}"),
        StmtKind::Range {
            key: Some(_),
            value: None,
            define: false,
            ..
        }
    ));
    assert!(matches!(
        stmt("for range ch {}"),
        StmtKind::Range { key: None, .. }
    ));

    let StmtKind::Switch {
        init, tag, body, ..
    } = stmt("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ncase 3:\ndefault:\n}")
    else {
        panic!()
    };
    assert!(init.is_some() && tag.is_some());
    assert_eq!(body.len(), 3);
    assert!(body[2].exprs.is_none());
    assert_eq!(body[0].body.len(), 2);
    assert!(matches!(
        stmt("switch {\n}"),
        StmtKind::Switch { tag: None, .. }
    ));

    let StmtKind::TypeSwitch { bind, x, body, .. } =
        stmt("switch v := x.(type) {\ncase int, *T, []string, map[K]V, func(), nil:\ncase chan<- int:\n}")
    else {
        panic!()
    };
    assert_eq!(bind.unwrap().name, "v");
    assert_eq!(expr_string(&x), "x");
    assert_eq!(body[0].exprs.as_ref().unwrap().len(), 6);
    assert!(matches!(
        stmt("switch y := 1; x.(type) {}"),
        StmtKind::TypeSwitch {
            init: Some(_),
            bind: None,
            ..
        }
    ));

    let StmtKind::Select { body, .. } = stmt(
        "select {\ncase v, ok := <-c:\n\t_ = v\ncase c <- v:\ncase <-c:\ncase x = <-c:\ndefault:\n}",
    ) else {
        panic!()
    };
    assert_eq!(body.len(), 5);
    assert!(matches!(
        body[1].comm.as_ref().unwrap().kind,
        StmtKind::Send { .. }
    ));
    assert!(matches!(
        body[2].comm.as_ref().unwrap().kind,
        StmtKind::Expr(_)
    ));
    assert!(body[4].comm.is_none());
}

#[test]
fn other_statements() {
    let ss = stmts(
        "go f(x)\ndefer mu.Unlock()\nreturn\nreturn 1, 2\nL:\n\tfor {\n\t\tbreak L\n\t}\ncontinue\ngoto L\n{\n}\nvar x int\nconst c = 1\ntype T int\n;",
    );
    assert!(matches!(ss[0].kind, StmtKind::Go(_)));
    assert!(matches!(ss[1].kind, StmtKind::Defer(_)));
    assert!(matches!(&ss[2].kind, StmtKind::Return(v) if v.is_empty()));
    assert!(matches!(&ss[3].kind, StmtKind::Return(v) if v.len() == 2));
    let StmtKind::Labeled { label, stmt: inner } = &ss[4].kind else {
        panic!("{:?}", ss[4].kind)
    };
    assert_eq!(label.name, "L");
    assert!(matches!(inner.kind, StmtKind::For { .. }));
    assert!(matches!(
        ss[5].kind,
        StmtKind::Branch {
            kind: BranchKind::Continue,
            label: None
        }
    ));
    assert!(matches!(
        ss[6].kind,
        StmtKind::Branch {
            kind: BranchKind::Goto,
            label: Some(_)
        }
    ));
    assert!(matches!(ss[7].kind, StmtKind::Block(_)));
    assert!(matches!(ss[8].kind, StmtKind::Decl(_)));
    assert_eq!(ss.len(), 11);
    // A label at the end of a block labels an empty statement.
    let StmtKind::Labeled { stmt, .. } = stmt("L:") else {
        panic!()
    };
    assert!(matches!(stmt.kind, StmtKind::Empty));
}

#[test]
fn types() {
    let f = file(
        "package p\ntype (\n\tA [N]int\n\tB [2 * N]int\n\tC []*map[string]chan<- int\n\tD chan <-chan int\n\tE func(int, ...string) (x, y int)\n\tF interface{ ~int | ~string; M() }\n\tG [...]int\n\tH L[int]\n\tI [N]L[int]\n)\nfunc F[T any, U comparable](x T) {}\ntype L[T any] struct{ v T }\n",
    );
    let Decl::Gen(GenDecl {
        kind: GenKind::Type(ts),
        ..
    }) = &f.decls[0]
    else {
        panic!()
    };
    let shown: Vec<String> = ts.iter().map(|t| expr_string(&t.ty)).collect();
    assert_eq!(
        shown,
        [
            "[N]int",
            "[2 * N]int",
            "[]*map[string]chan<- int",
            "chan<- chan int",
            "func(int, ...string) (x, y int)",
            "interface{~int | ~string; M()}",
            "[...]int",
            "L[int]",
            "[N]L[int]"
        ]
    );
    assert!(ts.iter().all(|t| t.tparams.is_none()));
    let Decl::Func(fd) = &f.decls[1] else {
        panic!()
    };
    assert_eq!(fd.tparams.as_ref().unwrap().len(), 2);
    let Decl::Gen(GenDecl {
        kind: GenKind::Type(ts),
        ..
    }) = &f.decls[2]
    else {
        panic!()
    };
    assert_eq!(ts[0].tparams.as_ref().unwrap()[0].names[0].name, "T");
}

#[test]
fn generics_parse_into_tparams() {
    let f = file(
        "package p\ntype S struct {\n\tList[int]\n\tpkg.Map[string, []int]\n\ta [N]int\n}\ntype I interface {\n\t*S | ~[]byte\n\tM()\n}\nfunc W[T string | []byte, P *T, C <-chan int](s T) {}\ntype Tr[A any, B *A] int\ntype Al[P any] = List[P]\nfunc (r *R) N[Int intType](n Int) Int { return n }\nvar _ = Map[int, string](nil)\nvar _ atomic.Pointer[T]\n",
    );
    let Decl::Gen(GenDecl {
        kind: GenKind::Type(ts),
        ..
    }) = &f.decls[0]
    else {
        panic!()
    };
    let ExprKind::StructType { fields } = &ts[0].ty.kind else {
        panic!()
    };
    let shown: Vec<String> = fields.iter().map(|f| expr_string(&f.ty)).collect();
    assert_eq!(shown, ["List[int]", "pkg.Map[string, []int]", "[N]int"]);
    assert!(fields[0].names.is_empty() && fields[2].names.len() == 1);
    let Decl::Func(w) = &f.decls[2] else { panic!() };
    assert_eq!(w.tparams.as_ref().unwrap().len(), 3);
    let Decl::Gen(GenDecl {
        kind: GenKind::Type(al),
        ..
    }) = &f.decls[4]
    else {
        panic!()
    };
    assert!(al[0].alias && al[0].tparams.is_some());
    let Decl::Func(m) = &f.decls[5] else { panic!() };
    assert!(m.recv.is_some() && m.tparams.is_some());
}

#[test]
fn receivers_are_counted() {
    let f = file("package p\nfunc (a, b T) M() {}\nfunc () N() {}\n");
    let counts: Vec<u32> = f
        .decls
        .iter()
        .map(|d| match d {
            Decl::Func(fd) => fd.n_recv,
            _ => 99,
        })
        .collect();
    assert_eq!(counts, [2, 0]);
}

#[test]
fn syntax_errors_use_gcs_wording() {
    let e = |body: &str| errors(&format!("package main\nfunc main() {{\n{body}\n}}\n"));
    assert_eq!(
        e("\tx := }"),
        ["3:7: syntax error: unexpected }, expected expression"]
    );
    assert_eq!(
        e("\tx y"),
        ["3:4: syntax error: unexpected name y at end of statement"]
    );
    assert_eq!(
        e("\tfoo 1"),
        ["3:6: syntax error: unexpected literal 1 at end of statement"]
    );
    assert_eq!(
        e("\tf(1,\n\t2\n\t)"),
        ["4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"]
    );
    assert_eq!(
        e("\tx := []int{1,\n\t2\n\t}"),
        ["4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"]
    );
    assert_eq!(
        e("\tif x := 1 {\n\t}"),
        ["3:7: syntax error: cannot use x := 1 as value"]
    );
    assert_eq!(
        e("\tswitch x = 1 {\n\t}"),
        ["3:11: syntax error: cannot use assignment x = 1 as value"]
    );
    assert_eq!(
        e("\tfor i := 0; i < 3; i++; {\n\t}"),
        ["3:24: syntax error: unexpected semicolon, expected { after for clause"]
    );
    assert_eq!(
        e("\tif x {\n\t}\n\telse {\n\t}"),
        ["5:2: syntax error: unexpected keyword else, expected }"]
    );
    assert_eq!(
        e("\tvar x = func"),
        ["4:1: syntax error: unexpected }, expected ("]
    );
    assert_eq!(
        errors("package main\nx := 1\n"),
        ["2:1: syntax error: non-declaration statement outside function body"]
    );
    assert_eq!(
        errors("package main\nfunc main()\n{\n}\n"),
        ["3:1: syntax error: unexpected semicolon or newline before {"]
    );
    assert_eq!(
        errors("package main\nvar x = 1 2\n"),
        ["2:11: syntax error: unexpected literal 2 after top level declaration"]
    );
    assert_eq!(
        errors("package main\nfunc main() {\n\tif x {\n}\n"),
        ["5:1: syntax error: unexpected EOF, expected }"]
    );
    assert_eq!(
        errors("x := 1\n"),
        ["1:1: syntax error: package statement must be first"]
    );
    assert_eq!(
        errors("package main\nfunc f(a int, b) {}\n"),
        ["2:16: syntax error: missing parameter type"]
    );
    assert_eq!(
        errors("package main\nfunc h(a, b int, []int) {}\n"),
        ["2:18: syntax error: missing parameter name"]
    );
    assert!(errors("package main\nfunc k(int, b string) {}\n").is_empty());
    assert_eq!(
        errors("package main\nvar x\n"),
        ["2:6: syntax error: unexpected newline, expected type"]
    );
    assert_eq!(
        errors("package main\ntype T\n"),
        ["2:7: syntax error: unexpected newline in type declaration"]
    );
}

#[test]
fn more_gc_messages() {
    let e = |body: &str| errors(&format!("package main\nfunc main() {{\n{body}\n}}\n"));
    assert_eq!(
        e("\tif {\n\t}"),
        ["3:5: syntax error: missing condition in if statement"]
    );
    assert_eq!(
        e("\tswitch x {\n\tcase 1\n\t}"),
        ["4:8: syntax error: unexpected newline, expected :"]
    );
    assert_eq!(
        e("\tx.\n"),
        ["5:1: syntax error: unexpected }, expected name or ("]
    );
    assert_eq!(
        e("\ta[1 = 2"),
        ["3:6: syntax error: unexpected =, expected comma, : or ]"]
    );
    assert_eq!(
        e("\tif x {\n\t} else y {\n\t}"),
        ["4:9: syntax error: else must be followed by if or statement block"]
    );
    assert_eq!(
        e("\tfor i := 0; i < 3 {\n\t}"),
        ["3:20: syntax error: unexpected {, expected semicolon or newline"]
    );
    // Not syntax errors: gc goes on to type-check after these.
    assert_eq!(
        e("\tgo f\n\tdefer (g())"),
        [
            "3:5: expression in go must be function call",
            "4:8: expression in defer must not be parenthesized"
        ]
    );
    assert_eq!(
        e("\tselect {\n\tcase x := 1:\n\t}"),
        ["4:7: select case must be send or receive (possibly with assignment)"]
    );
    assert_eq!(
        e("\t_ = a[1:2:]"),
        ["3:12: final index required in 3-index slice"]
    );
    assert_eq!(
        e("\t_ = a[1::3]"),
        ["3:10: middle index required in 3-index slice"]
    );
    assert_eq!(
        errors("package main\nimport fmt\n"),
        ["2:11: missing import path"]
    );
    assert_eq!(
        errors("package main\nfunc f() (int, string {\n}\n"),
        ["2:23: syntax error: unexpected { in parameter list; possibly missing comma or )"]
    );
    assert_eq!(
        errors("package main\ntype T struct {\n\tx int,\n}\n"),
        ["3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"]
    );
    assert_eq!(
        errors("package main\ntype I interface {\n\tM(\n}\n"),
        ["4:1: syntax error: unexpected }, expected )"]
    );
    assert_eq!(
        errors("package main\nvar x = 5 +\n"),
        ["3:1: syntax error: unexpected EOF, expected expression"]
    );
}

#[test]
fn several_errors_one_per_statement() {
    let errs = errors("package main\nfunc main() {\n\tx := )\n\ty := ]\n\tz := 1 2\n}\n");
    assert_eq!(
        errs,
        [
            "3:7: syntax error: unexpected ), expected expression",
            "4:7: syntax error: unexpected ], expected expression",
            "5:9: syntax error: unexpected literal 2 at end of statement"
        ]
    );
}

#[test]
fn repl_input_mixes_imports_declarations_and_statements() {
    let mut sm = SourceMap::new();
    let f = sm.add(
        "repl",
        "ch := make(chan int) // comment\nimport \"sync\"\nvar ( mu sync.Mutex; balance int )\nfunc Deposit(amount int) { balance += amount }\nfunc (c *C) M() {}\nfunc() { ch <- 1 }()\nx = <-ch\n<-ch\nclose(ch)\n",
    );
    let r = parse_repl(&f, &IdGen::new());
    assert!(r.diags.is_empty(), "{:?}", r.diags);
    assert!(!r.incomplete);
    let kinds: Vec<&str> = r
        .items
        .iter()
        .map(|i| match i {
            ReplItem::Import(_) => "import",
            ReplItem::Decl(Decl::Func(_)) => "func",
            ReplItem::Decl(_) => "decl",
            ReplItem::Stmt(_) => "stmt",
        })
        .collect();
    assert_eq!(
        kinds,
        ["stmt", "import", "decl", "func", "func", "stmt", "stmt", "stmt", "stmt"]
    );
}

#[test]
fn repl_errors_read_as_statement_errors() {
    let mut sm = SourceMap::new();
    let f = sm.add("repl", "x := 1 2\n");
    let r = parse_repl(&f, &IdGen::new());
    let msgs: Vec<&str> = r.diags.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        msgs,
        ["syntax error: unexpected literal 2 at end of statement"]
    );
}

#[test]
fn repl_incomplete_input_asks_for_more() {
    let incomplete = |src: &str| {
        let mut sm = SourceMap::new();
        let f = sm.add("repl", src);
        parse_repl(&f, &IdGen::new()).incomplete
    };
    assert!(incomplete("func f() {\n"));
    assert!(incomplete("for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n"));
    assert!(incomplete("x := []int{\n1,\n"));
    assert!(incomplete("s := `abc\n"));
    assert!(incomplete("f(1,\n"));
    assert!(incomplete("if x {\n} else {\n"));
    assert!(incomplete("var (\n\ta int\n"));
    assert!(incomplete("x := 1 +\n"));
    assert!(incomplete("/* a comment\n"));
    assert!(incomplete("select {\ncase <-ch:\n"));
    assert!(!incomplete("}\n"));
    assert!(!incomplete("x := 1\n"));
    assert!(!incomplete("x := )\n"));
    assert!(!incomplete("x := \"abc\n"));
}

#[test]
fn positions_are_global() {
    let mut sm = SourceMap::new();
    sm.add("a.go", "package a\n");
    let f = sm.add("b.go", "package b\nvar x = 1\n");
    let (ast, _) = parse_file(&f, &IdGen::new());
    let ast = ast.unwrap();
    assert_eq!(ast.package.span.lo, f.base + 8);
    assert_eq!(
        sm.position(ast.package.span.lo).unwrap().to_string(),
        "b.go:1:9"
    );
}

#[test]
fn absurd_nesting_is_refused_not_a_stack_overflow() {
    let deep = |src: String| {
        let errs = errors(&src);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].contains("nesting too deep"), "{errs:?}");
    };
    deep(format!(
        "package p\nvar x = {}\n",
        vec!["1"; 100_000].join("+")
    ));
    deep(format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(50_000),
        ")".repeat(50_000)
    ));
    deep(format!(
        "package p\nfunc f() {{{}{}}}\n",
        "{".repeat(50_000),
        "}".repeat(50_000)
    ));
    deep(format!(
        "package p\nfunc f() {{\n\tif a {{\n\t}}{}\n}}\n",
        " else if a {\n\t}".repeat(5000)
    ));
    // Ordinary depth is fine.
    file(&format!(
        "package p\nvar x = {}\n",
        vec!["1"; 500].join("+")
    ));
}

#[test]
fn brace_after_a_value_and_header_messages() {
    let e = |body: &str| errors(&format!("package main\nfunc main() {{\n{body}\n}}\n"));
    assert_eq!(
        e("\tif (x > 0 {\n\t}")[0],
        "3:12: syntax error: unexpected {, expected )"
    );
    assert_eq!(
        e("\tfor i := 0, i < 3, i++ {\n\t}"),
        ["3:22: syntax error: unexpected ++, expected {"]
    );
    assert_eq!(
        e("\tswitch {\n\tcase:\n\t}"),
        ["4:6: syntax error: unexpected :, expected expression"]
    );
}
