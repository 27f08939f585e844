// run

// A channel misuse that panics: Go's message on stderr, exit status 2.

package main

import "fmt"

func main() {
	fmt.Println("start")
	ch := make(chan int)
	close(ch)
	close(ch)
	fmt.Println("not reached")
}
