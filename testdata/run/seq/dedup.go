// run

// The book's dup programs (ch. 1) on stdin: counting duplicate lines with a map,
// printing them in first-seen order, then a dedup filter that keeps first copies.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	counts := make(map[string]int)
	var order []string
	var lines []string
	input := bufio.NewScanner(os.Stdin)
	for input.Scan() {
		line := input.Text()
		lines = append(lines, line)
		if counts[line] == 0 {
			order = append(order, line)
		}
		counts[line]++
	}
	fmt.Println("duplicates:")
	for _, line := range order {
		if n := counts[line]; n > 1 {
			fmt.Printf("%d\t%q\n", n, line)
		}
	}
	fmt.Println("dedup:")
	seen := make(map[string]bool)
	for _, line := range lines {
		key := strings.ToLower(strings.TrimSpace(line))
		if !seen[key] {
			seen[key] = true
			fmt.Println(line)
		}
	}
	// Adjacent duplicates removed in place (uniq).
	out := lines[:0]
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			out = append(out, l)
		}
	}
	fmt.Println(len(lines), len(out), cap(out) == cap(lines))
	fmt.Printf("%q\n", out)
}
