// run

// runtime.Goexit ends a goroutine after running its deferred calls.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	results := make(chan string, 3)
	go func() {
		defer wg.Done()
		defer func() { results <- "deferred ran, recover = " + fmt.Sprint(recover()) }()
		results <- "before Goexit"
		runtime.Goexit()
		results <- "not reached"
	}()
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
