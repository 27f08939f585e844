// run

// Receiving from a channel nobody sends on: every goroutine is asleep.

package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
