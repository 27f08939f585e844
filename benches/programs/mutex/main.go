// Lock contention: 4 goroutines each add 1 to a shared counter 250k times
// under a sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers, adds = 4, 250000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < adds; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
