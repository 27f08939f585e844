// Parallel speed-up: CPU-bound work (Collatz chain lengths of 1..n) dealt out
// round-robin to GOMAXPROCS goroutines. The runner runs it with GOMAXPROCS=1
// and =2 and reports the speed-up; the checksum does not depend on either.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func collatz(x int) int {
	steps := 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	return steps
}

func main() {
	const n = 1000000
	workers := runtime.GOMAXPROCS(0)
	partial := make([]int, workers)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			sum := 0
			for x := 1 + w; x <= n; x += workers {
				sum += collatz(x)
			}
			partial[w] = sum
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range partial {
		total += s
	}
	fmt.Println(total)
}
