// run

// A counting semaphore (a buffered channel of tokens) bounds the number of goroutines at work.

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sema := make(chan struct{}, limit)
	var mu sync.Mutex
	active, maxActive, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sema <- struct{}{} // acquire a token
			defer func() { <-sema }()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("done:", done)
	fmt.Println("never more than", limit, "at once:", maxActive <= limit)
	fmt.Println("tokens left in use:", len(sema), "capacity:", cap(sema))
}
