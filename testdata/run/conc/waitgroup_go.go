// run

// sync.WaitGroup.Go (Go 1.25) starts a goroutine and tracks it; parallel loops over a
// slice with WaitGroup, writing disjoint elements, need no other synchronisation.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 20)
	for i := range squares {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)

	// Nested: each worker starts helpers on the same WaitGroup before it is done.
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 1; j <= i; j++ {
				wg.Go(func() {
					mu.Lock()
					total += i * j
					mu.Unlock()
				})
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
