// run

// The book's countdown with abort (8.7): select on a ticker and an abort channel; abort
// arrives before launch. Then a select loop with a time.After timeout per operation.

package main

import (
	"fmt"
	"time"
)

func main() {
	abort := make(chan struct{})
	go func() {
		abort <- struct{}{}
	}()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	fmt.Println("Commencing countdown.  Press return to abort.")
	for countdown := 10; countdown > 0; countdown-- {
		select {
		case <-tick.C:
			fmt.Println(countdown)
		case <-abort:
			fmt.Println("Launch aborted!")
			goto timeouts
		}
	}
	fmt.Println("launched")

timeouts:
	slow := make(chan int)
	fast := make(chan int, 1)
	fast <- 1
	for _, c := range []chan int{fast, slow} {
		select {
		case v := <-c:
			fmt.Println("received", v)
		case <-time.After(10 * time.Millisecond):
			fmt.Println("timed out")
		}
	}
}
