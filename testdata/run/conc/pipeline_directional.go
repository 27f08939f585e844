// run

// The book's three-stage pipeline (8.4.3) with unidirectional channel types: counter
// sends, squarer receives and sends, printer receives; each stage closes its output.

package main

import "fmt"

func counter(out chan<- int) {
	for x := 0; x < 10; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int, done chan<- struct{}) {
	for v := range in {
		fmt.Println(v)
	}
	done <- struct{}{}
}

func main() {
	naturals := make(chan int)
	squares := make(chan int)
	done := make(chan struct{})
	go counter(naturals)
	go squarer(squares, naturals)
	go printer(squares, done)
	<-done

	// A directional view converts implicitly from a bidirectional channel.
	var send chan<- string
	var recv <-chan string
	c := make(chan string, 1)
	send, recv = c, c
	send <- "through directional views"
	fmt.Println(<-recv, len(recv), cap(send))
}
