// run

// Indexing past the end of a slice panics with Go's message and exit code 2.

package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("not reached")
}
