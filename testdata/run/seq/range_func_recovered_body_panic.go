// run

// An iterator that recovers a panic of the loop body and returns normally: Go's
// run-time error after the call.

package main

import "fmt"

func guarded(yield func(int) bool) {
	defer func() {
		fmt.Println("iterator recovered:", recover())
	}()
	yield(1)
}

func main() {
	for x := range guarded {
		fmt.Println("body", x)
		panic("boom")
	}
	fmt.Println("not reached")
}
