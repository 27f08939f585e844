// Cost of a blocked goroutine: 100k goroutines all wait on one channel, then
// one close releases them all. The runner reports time and peak RSS.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	gate := make(chan struct{})
	var started, finished sync.WaitGroup
	var mu sync.Mutex
	released := 0
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer finished.Done()
			started.Done()
			<-gate
			mu.Lock()
			released++
			mu.Unlock()
		}()
	}
	started.Wait()
	close(gate)
	finished.Wait()
	fmt.Println(released)
}
