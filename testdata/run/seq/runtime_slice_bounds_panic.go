// run

// An unrecovered runtime panic: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := make([]int, 3, 4)
	hi := 7
	fmt.Println(s[2:hi])
}
