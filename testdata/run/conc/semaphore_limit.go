// run

// A counting semaphore (a buffered channel of tokens, the book's crawler 8.6) limits
// concurrency: at most 3 of 30 tasks ever run at once, and all of them run.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var tokens = make(chan struct{}, 3)

func main() {
	var running, peak, finished atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tokens <- struct{}{} // acquire a token
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			running.Add(-1)
			finished.Add(1)
			<-tokens // release the token
		}()
	}
	wg.Wait()
	fmt.Println("finished:", finished.Load(), "peak <= 3:", peak.Load() <= 3, "peak >= 1:", peak.Load() >= 1)
	fmt.Println("tokens left:", len(tokens), cap(tokens))
}
