// run

// make with a negative length computed at run time panics with Go's text.
package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n)
	fmt.Println(len(s))
	n -= 5
	s = make([]int, n)
	fmt.Println("unreachable", s)
}
