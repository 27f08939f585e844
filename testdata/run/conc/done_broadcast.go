// run

// Cancellation by closing a done channel (the book's 8.9): one close wakes every
// goroutine selecting on it, however many there are, and a cancelled() poll sees it.

package main

import (
	"fmt"
	"sync"
)

var done = make(chan struct{})

func cancelled() bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

func main() {
	fmt.Println("cancelled before:", cancelled())
	var wg sync.WaitGroup
	work := make(chan int)
	stopped := make(chan int, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					stopped <- i
					return
				case w := <-work:
					_ = w
				}
			}
		}()
	}
	for i := 0; i < 50; i++ {
		work <- i
	}
	close(done)
	wg.Wait()
	close(stopped)
	sum := 0
	for i := range stopped {
		sum += i
	}
	fmt.Println("all stopped, sum of ids:", sum)
	fmt.Println("cancelled after:", cancelled())
	// Receives from the closed channel never block.
	for i := 0; i < 3; i++ {
		_, ok := <-done
		fmt.Println("receive from closed done:", ok)
	}
}
