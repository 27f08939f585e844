//! The live REPL's programs (`compile::live`, issue #5 item 2) without a terminal: each
//! input is built as the evaluator builds it and compiled into a program that extends
//! the previous one, then its statements run. What earlier inputs made must keep its
//! meaning in later programs: globals keep their values, an `any` keeps its type id, a
//! stored closure keeps its code, a method declared later is found through an interface,
//! a variable redeclared with another type is a new variable. Each input checks itself
//! with `panic`, so a broken link shows as the input's panic.

use minigo::compile::live::{compile_live, Link};
use minigo::repl::child::build_session;
use minigo::vm::{Exit, Vm};
use std::sync::Arc;

fn run_inputs(inputs: &[&str]) {
    let mut link = Link::new(Arc::new(minigo::runtime::heap::Heap::new()));
    let mut kept: Vec<(String, String)> = Vec::new();
    for (n, text) in inputs.iter().enumerate() {
        kept.push((format!("<input {}>", n + 1), text.to_string()));
        let (sm, _ids, built) = build_session(&kept, true, true);
        let (Some(file), Some(info)) = (built.file, built.info) else {
            panic!(
                "input {} does not build: {}",
                n + 1,
                minigo::diag::render_plain(&sm, &built.diags, false)
            );
        };
        let prog =
            compile_live(&sm, std::slice::from_ref(&file), &info, &mut link).unwrap_or_else(|ds| {
                panic!(
                    "input {} does not compile: {}",
                    n + 1,
                    minigo::diag::render_plain(&sm, &ds, false)
                )
            });
        let vm = Vm::new(prog);
        let (exit, _) = vm.run_main();
        match exit {
            Exit::Done => {}
            Exit::Panic(r) => panic!("input {} panicked: {}", n + 1, vm.render_panic(&r)),
            other => panic!("input {} ended with {other:?}", n + 1),
        }
    }
}

#[test]
fn earlier_values_keep_their_meaning() {
    run_inputs(&[
        "type T struct{ a int }\nvar i any = T{3}\nx := 5\nf := func() int { return x * 2 }\nkeys := map[any]string{T{1}: \"one\"}",
        "if x != 5 { panic(\"x lost its value\") }\nif _, ok := i.(T); !ok { panic(\"T's type id changed\") }\nif f() != 10 { panic(\"the closure\") }\nx = 6\nif keys[T{1}] != \"one\" { panic(\"interface key\") }",
        "func (t T) Get() int { return t.a }\nif i.(interface{ Get() int }).Get() != 3 { panic(\"a method declared later\") }\nif f() != 12 { panic(\"the closure sees the global\") }",
        "s := strings.Repeat(\"ab\", 2)\nvar x string = \"now a string\"\nif x != \"now a string\" { panic(\"a new variable\") }\nif f() != 12 { panic(\"old code keeps the old variable\") }",
        "if s != \"abab\" { panic(s) }\ntype T struct{ a, b int }\nif _, ok := i.(T); ok { panic(\"a redeclared type is a new type\") }\nvar j any = T{1, 2}\nif j.(T).b != 2 { panic(\"new T\") }",
    ]);
}

#[test]
fn functions_use_the_latest_declarations() {
    run_inputs(&[
        "func g() int { return 1 }\nfunc h() int { return g() + 100 }\nold := g",
        "func g() int { return 2 }\nif h() != 102 { panic(\"h calls the new g\") }\nif old() != 1 { panic(\"a stored func value keeps its code\") }",
    ]);
}
