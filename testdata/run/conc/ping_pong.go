// run

// Two goroutines take turns over unbuffered channels: the order is fixed by synchronisation.

package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string, max int) {
	for {
		b := <-in
		if b.hits == max {
			done <- name
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		out <- b
	}
}

func main() {
	toPing, toPong := make(chan *ball), make(chan *ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done, 9)
	go player("pong", toPong, toPing, done, 9)
	toPing <- new(ball)
	fmt.Println("winner:", <-done)

	// a relay of 1000 goroutines, each adding one
	first := make(chan int)
	in := first
	for i := 0; i < 1000; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println("relay:", <-in)
}
