// run

// runtime.Goexit from deep inside calls runs every frame's deferred calls, innermost
// first; recover returns nil during it; a panic raised and recovered by a deferred call
// while Goexit unwinds does not stop the Goexit.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

var log []string

func inner() {
	defer func() { log = append(log, fmt.Sprint("inner defer, recover: ", recover())) }()
	runtime.Goexit()
}

func middle() {
	defer func() {
		defer func() {
			log = append(log, fmt.Sprint("recovered panic during Goexit: ", recover()))
		}()
		panic("boom")
	}()
	defer func() { log = append(log, "middle defer 2") }()
	inner()
	log = append(log, "middle: not reached")
}

func outer(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() { log = append(log, "outer defer") }()
	middle()
	log = append(log, "outer: not reached")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go outer(&wg)
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	// Goexit in many goroutines at once.
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { results <- i }()
			if i%2 == 0 {
				runtime.Goexit()
			}
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum", sum)
}
