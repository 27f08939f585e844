// run

// An unrecovered runtime panic: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	var x any = "hello"
	n := x.(int)
	fmt.Println(n)
}
