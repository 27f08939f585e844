// run

// Reading stdin with bufio.Scanner (lines, then words) and counting with a map (gopl 1.3 dup).

package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	counts := make(map[string]int)
	input := bufio.NewScanner(os.Stdin)
	lines := 0
	var all []string
	for input.Scan() {
		lines++
		counts[input.Text()]++
		all = append(all, input.Text())
	}
	fmt.Println("lines:", lines)
	var dups []string
	for line, n := range counts {
		if n > 1 {
			dups = append(dups, fmt.Sprintf("%d\t%s", n, line))
		}
	}
	sort.Strings(dups)
	for _, d := range dups {
		fmt.Println(d)
	}

	words := bufio.NewScanner(strings.NewReader(strings.Join(all, "\n")))
	words.Split(bufio.ScanWords)
	nw := 0
	for words.Scan() {
		nw++
	}
	fmt.Println("words:", nw)

	r := bufio.NewReader(strings.NewReader("first line\nsecond"))
	l1, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l1, err)
	l2, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l2, err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.Flush()
}
