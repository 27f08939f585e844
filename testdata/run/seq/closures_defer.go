// run

// Closures and defer: counters, per-iteration loop variables, deferred calls
// that see named results, argument evaluation time, LIFO order, and recover.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return x + x
}

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func bigSlowOperation() {
	defer trace("bigSlowOperation")()
	fmt.Println("working")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func deferOrder() (s string) {
	for i := 0; i < 4; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	for i := 0; i < 3; i++ {
		defer fmt.Print("arg", i, " ")
	}
	return "order:"
}

func nested() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.Join(err, fmt.Errorf("second: %v", r))
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("first: %v", r)
			panic("again")
		}
	}()
	panic("original")
}

func recoverNotDirect() (r any) {
	defer func() {
		helper := func() any { return recover() }
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("direct")
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	f := squares()
	fmt.Println(f(), f(), f(), f())

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, v := range []string{"a", "b"} {
		funcs = append(funcs, func() int { return len(v) + 100 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	i := 0
	var shared []func() int
	for i < 3 {
		shared = append(shared, func() int { return i })
		i++
	}
	fmt.Println(shared[0](), shared[2]())

	fmt.Println(triple(4))
	bigSlowOperation()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(deferOrder())
	fmt.Println(nested())
	fmt.Println(recoverNotDirect())

	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90), len(memo))
	apply := func(fs ...func(string) string) func(string) string {
		return func(s string) string {
			for _, f := range fs {
				s = f(s)
			}
			return s
		}
	}
	fmt.Println(apply(strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" })("  hi  "))
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	func() {
		defer func() { fmt.Println("inner recover:", recover()) }()
		var m map[string]int
		m["a"] = 1
	}()
	fmt.Println("x =", x)
}
