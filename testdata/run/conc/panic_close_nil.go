// run

// A channel misuse that panics: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	var ch chan int
	close(ch)
	fmt.Println("not reached")
}
