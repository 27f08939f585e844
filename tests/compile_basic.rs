//! The bytecode compiler end to end: small programs compiled and run through the
//! library, their stdout captured and compared with what real Go prints.

use minigo::driver;
use minigo::stdlib::native;

/// Runs `src` as main.go; returns (stdout, exit status).
fn run(src: &str) -> (String, i32) {
    let prog = match driver::compile_sources(vec![("main.go".into(), src.as_bytes().to_vec())]) {
        Ok(p) => p,
        Err(e) => return (e, -1),
    };
    native::capture_output();
    let code = driver::run_program(prog);
    let out = native::take_captured();
    (String::from_utf8_lossy(&out).into_owned(), code)
}

fn check(src: &str, want: &str) {
    let (out, code) = run(src);
    assert_eq!(code, 0, "exit status; output:\n{out}");
    assert_eq!(out, want);
}

#[test]
fn hello_arithmetic_and_calls() {
    check(
        r#"package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	q, r := divmod(-7, 2)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println("hello", fib(15), q, r, u8, 7/2.0)
}
"#,
        "hello 610 -3 -1 4 3.5\n",
    );
}

#[test]
fn loops_switch_and_strings() {
    check(
        r#"package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		switch {
		case i%2 == 0:
			s += "e"
		default:
			s += "o"
		}
	}
	n := 0
	for _, c := range "héllo" {
		if c > 'a' {
			n++
		}
	}
	fmt.Println(s, len(s), n)
}
"#,
        "eoeoe 5 5\n",
    );
}

#[test]
fn fmt_verbs_and_composites() {
    check(
        r#"package main

import "fmt"

type P struct{ X, Y int }

func main() {
	fmt.Println([]int{1, 2}, map[string]int{"b": 2, "a": 1}, P{1, 2}, &P{3, 4}, nil, 1e21, 0.1)
	fmt.Printf("%5d|%-4s|%q|%x|%.2f|%t|%c|%T|%+v\n", 42, "ab", "hi", 255, 3.14159, true, 'A', 1.5, P{1, 2})
}
"#,
        "[1 2] map[a:1 b:2] {1 2} &{3 4} <nil> 1e+21 0.1\n   42|ab  |\"hi\"|ff|3.14|true|A|float64|{X:1 Y:2}\n",
    );
}

#[test]
fn closures_and_methods() {
    check(
        r#"package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("C(%d)", c.n) }

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	c := Counter{}
	c.Inc()
	c.Inc()
	var s fmt.Stringer = c
	fmt.Println(fs[0](), fs[1](), fs[2](), s, c.n)
}
"#,
        "0 1 4 C(2) 2\n",
    );
}

#[test]
fn runtime_panic_exits_2() {
    let (_, code) = run(r#"package main

func main() {
	var a []int
	_ = a[3]
}
"#);
    assert_eq!(code, 2);
}
