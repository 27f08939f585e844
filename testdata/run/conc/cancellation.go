// run

// Cancellation by closing a done channel: every worker sees the broadcast (gopl 8.9).

package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	cancelled := func() bool {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
	fmt.Println("cancelled before:", cancelled())

	work := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					mu.Lock()
					stopped++
					mu.Unlock()
					return
				case n := <-work:
					_ = n * n
				}
			}
		}()
	}
	for i := 0; i < 100; i++ {
		work <- i
	}
	close(done)
	wg.Wait()
	fmt.Println("cancelled after:", cancelled())
	fmt.Println("workers stopped:", stopped)

	// a producer that stops when the consumer loses interest
	gen := func(done <-chan struct{}) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for i := 0; ; i++ {
				select {
				case out <- i:
				case <-done:
					return
				}
			}
		}()
		return out
	}
	stop := make(chan struct{})
	nums := gen(stop)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-nums
	}
	close(stop)
	for range nums { // drain until the producer closes out
	}
	fmt.Println("sum of first ten:", sum)
}
