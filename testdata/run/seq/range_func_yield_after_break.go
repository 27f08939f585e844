// run

// An iterator that calls yield again after the loop body returned false (break):
// Go's run-time error.

package main

import "fmt"

func main() {
	for x := range func(yield func(int) bool) {
		yield(1)
		fmt.Println("iterator goes on")
		yield(2)
	} {
		fmt.Println(x)
		break
	}
	fmt.Println("not reached")
}
