// run

// Waiting on a sync.Cond nobody signals, and on a channel after the only sender
// returned: a deadlock once both goroutines wait.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan struct{})
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		close(done)
	}()
	fmt.Println("waiting for done")
	<-done
}
