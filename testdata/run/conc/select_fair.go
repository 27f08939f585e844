// run

// select chooses uniformly at random among ready cases: over many rounds with both
// channels always ready, each case is chosen a fair share of the time; a nil channel's
// case and a closed channel's case behave as Go says.

package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("both chosen often:", counts[0] > 700, counts[1] > 700, counts[0]+counts[1])

	var nilc chan int
	closed := make(chan int)
	close(closed)
	n := 0
	for i := 0; i < 100; i++ {
		select {
		case <-nilc:
			fmt.Println("nil channel chosen")
		case v, ok := <-closed:
			if v == 0 && !ok {
				n++
			}
		}
	}
	fmt.Println("closed channel ready every time:", n)

	// A send case and a receive case on the same buffered channel.
	c := make(chan int, 1)
	sent, recvd := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case c <- i:
			sent++
		case <-c:
			recvd++
		}
	}
	fmt.Println("alternates:", sent == recvd || sent == recvd+1, sent+recvd)
}
