// A parallel loop in the style of The Go Programming Language, section 8.5 (the
// thumbnail makers), without images: one goroutine per document counts its words, the
// results come back over a channel, a sync.WaitGroup tells a closer goroutine when the
// last worker is done, and main sums the counts. Errors travel with the results.
//
// Run it with `minigo run examples/wordcount.go`.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// documents stands in for the files a real program would read.
var documents = map[string]string{
	"ch8.txt":   "Goroutines and channels. Go enables two styles of concurrent programming.",
	"ch9.txt":   "Concurrency with shared variables: race conditions, mutual exclusion, sync.Mutex.",
	"empty.txt": "",
	"poem.txt":  "so much depends\nupon\na red wheel\nbarrow",
	"bad.txt":   "\x00binary",
}

type result struct {
	name  string
	words int
	err   error
}

// countWords counts the words of one document (slowly, as real I/O would be).
func countWords(name string) (int, error) {
	text := documents[name]
	if strings.ContainsRune(text, 0) {
		return 0, fmt.Errorf("%s: not a text file", name)
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

// countAll counts the words of every document in parallel and returns the results
// sorted by name, and the total.
func countAll(names []string) ([]result, int) {
	results := make(chan result)
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			n, err := countWords(name)
			results <- result{name, n, err}
		}(name)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	total := 0
	for r := range results {
		all = append(all, r)
		total += r.words
	}
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })
	return all, total
}

func main() {
	var names []string
	for name := range documents {
		names = append(names, name)
	}
	all, total := countAll(names)
	for _, r := range all {
		if r.err != nil {
			fmt.Printf("%-10s error: %v\n", r.name, r.err)
			continue
		}
		fmt.Printf("%-10s %3d words\n", r.name, r.words)
	}
	fmt.Printf("%-10s %3d words\n", "total", total)
}
