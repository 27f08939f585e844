// run

// Deferred calls run last-in first-out; arguments are evaluated at the defer statement;
// deferred closures can change named results.

package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func args() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 2
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func use() {
	a := &resource{"a"}
	defer a.Close()
	b := &resource{"b"}
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func main() {
	defer trace("main")()
	fmt.Println(double(4))
	loop()
	args()
	use()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("main body end")
}
