// run

// Functions: multiple and named results, variadic parameters, function values and types.

package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func join(sep string, parts ...string) string {
	fmt.Println("got", len(parts), "parts, nil:", parts == nil)
	return strings.Join(parts, sep)
}

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(join("-"))
	fmt.Println(join("-", "a", "b"))
	parts := []string{"x", "y", "z"}
	fmt.Println(join("+", parts...))
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 3, 4), apply(func(a, b int) int { return a * b }, 3, 4))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(mapInts([]int{1, 2, 3}, dbl))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	var nilFunc func()
	fmt.Println(nilFunc == nil)
	fmt.Printf("%T\n", apply)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}
