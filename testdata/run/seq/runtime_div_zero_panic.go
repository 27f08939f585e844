// run

// An unrecovered runtime panic: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	a, b := 10, 0
	fmt.Println(a / b)
}
