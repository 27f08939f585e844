// The spinner of The Go Programming Language, section 8.1: main computes a slow
// Fibonacci number while a second goroutine animates a spinner with `\r`, so the user
// sees that the program is alive. When main returns, the program ends and the spinner
// goroutine with it.
//
// Run it with `minigo run examples/spinner.go` (the book computes fib(45); an interpreter
// takes a while longer, so this one computes fib(27)).
package main

import (
	"fmt"
	"time"
)

func main() {
	go spinner(100 * time.Millisecond)
	const n = 27
	fibN := fib(n) // slow
	fmt.Printf("\rFibonacci(%d) = %d\n", n, fibN)
}

func spinner(delay time.Duration) {
	for {
		for _, r := range `-\|/` {
			fmt.Printf("\r%c", r)
			time.Sleep(delay)
		}
	}
}

func fib(x int) int {
	if x < 2 {
		return x
	}
	return fib(x-1) + fib(x-2)
}
