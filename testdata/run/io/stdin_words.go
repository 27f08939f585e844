// run

// A stdin-driven program: counts lines and word frequencies of its input with
// bufio.Scanner (lines, then words of each line), as the book's dup and wordfreq do.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	counts := map[string]int{}
	lines := 0
	input := bufio.NewScanner(os.Stdin)
	var longest string
	for input.Scan() {
		line := input.Text()
		lines++
		if len(line) > len(longest) {
			longest = line
		}
		words := bufio.NewScanner(strings.NewReader(line))
		words.Split(bufio.ScanWords)
		for words.Scan() {
			counts[strings.ToLower(strings.Trim(words.Text(), ".,;:!?\""))]++
		}
	}
	if err := input.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading input:", err)
		os.Exit(1)
	}
	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, n := range counts {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	fmt.Printf("%d lines, %d distinct words\n", lines, len(all))
	fmt.Printf("longest line: %q\n", longest)
	for _, x := range all[:8] {
		fmt.Printf("%-6s %d\n", x.w, x.n)
	}
}
