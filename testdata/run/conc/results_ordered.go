// run

// Fan-out / fan-in with indexed results: workers finish in any order, results come back in order.

package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	index int
	text  string
}

type result struct {
	index int
	words int
	upper string
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"concurrency is not parallelism",
		"do not communicate by sharing memory",
		"share memory by communicating",
	}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.index, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
			}
		}()
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]result, len(texts))
	for r := range results {
		ordered[r.index] = r
	}
	total := 0
	for _, r := range ordered {
		fmt.Printf("%d %-40s %d\n", r.index, r.upper, r.words)
		total += r.words
	}
	fmt.Println("total words:", total)
}
