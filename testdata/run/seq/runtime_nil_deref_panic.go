// run

// An unrecovered runtime panic: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	type node struct {
		next *node
		v    int
	}
	var n *node
	fmt.Println(n.v)
}
