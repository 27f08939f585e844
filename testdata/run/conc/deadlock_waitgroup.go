// run

// Waiting on a WaitGroup that never reaches zero, while other goroutines are blocked too.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- i // nobody receives
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
}
