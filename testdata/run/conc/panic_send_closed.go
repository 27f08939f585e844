// run

// A channel misuse that panics: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
	fmt.Println("not reached")
}
