// run

// A yield function kept and called after its range-over-func loop ended: Go's
// run-time error, recoverable as a runtime.Error.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	var saved func(string) bool
	for s := range func(yield func(string) bool) {
		saved = yield
		yield("once")
	} {
		fmt.Println(s)
	}
	func() {
		defer func() {
			r := recover()
			_, ok := r.(runtime.Error)
			fmt.Println("recovered:", r, ok)
		}()
		saved("again")
	}()
	saved("and again")
}
