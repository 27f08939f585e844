// run

// A parallel loop: one goroutine per item, results gathered over a channel, WaitGroup to close it
// (gopl 8.5). The sum does not depend on the order the goroutines finish in.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i * i
	}
	return s
}

func main() {
	inputs := []int{10, 200, 3, 4000, 50, 600, 7, 80}
	results := make(chan int)
	var wg sync.WaitGroup
	for _, n := range inputs {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- work(n)
		}(n)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []int
	total := 0
	for r := range results {
		all = append(all, r)
		total += r
	}
	sort.Ints(all)
	fmt.Println(all)
	fmt.Println("total", total)

	// writing to distinct slice elements needs no lock
	out := make([]int, len(inputs))
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = work(n)
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
