// run

// Closures capture variables; since Go 1.22 each loop iteration has its own variable.

package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// the loop variable is copied per iteration, but changes inside the body carry over
	for i := 0; i < 10; i++ {
		i += 2
		fmt.Print(i, " ")
	}
	fmt.Println()

	x := 1
	add := func(d int) { x += d }
	add(10)
	add(5)
	fmt.Println(x)

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	adders := make([]func(int) int, 0)
	for _, k := range []int{1, 10, 100} {
		adders = append(adders, func(v int) int { return v + k })
	}
	sum := 0
	for _, a := range adders {
		sum += a(1)
	}
	fmt.Println(sum)
}
