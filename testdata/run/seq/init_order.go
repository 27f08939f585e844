// run

// Package variables initialise in dependency order, then init functions run in order, then main.

package main

import "fmt"

var (
	a = c + b // initialised third, once b and c are ready
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(1, 2, 3)

func f(name string) int {
	fmt.Println("init var", name, "d =", d)
	return d + len(name)
}

func sum(xs ...int) int {
	fmt.Println("init var total")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("first init: a =", a)
}

func init() {
	fmt.Println("second init: total =", total)
	total *= 10
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
}
