// run

// Word frequencies of stdin (the book's wordfreq exercise): bufio.Scanner with
// ScanWords, a map[string]int, sorting by count then word, and a printf table.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	counts := make(map[string]int)
	lengths := make(map[int]int)
	input := bufio.NewScanner(os.Stdin)
	input.Split(bufio.ScanWords)
	total := 0
	for input.Scan() {
		w := strings.ToLower(strings.TrimFunc(input.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		lengths[len([]rune(w))]++
		total++
	}
	if err := input.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "wordfreq:", err)
		os.Exit(1)
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(counts))
	for i, e := range list {
		if i == 10 {
			break
		}
		fmt.Printf("%-10s %3d %5.1f%% %s\n", e.word, e.count, 100*float64(e.count)/float64(total), strings.Repeat("*", e.count))
	}
	fmt.Print("len\tcount\n")
	for i := 1; i < 12; i++ {
		if lengths[i] > 0 {
			fmt.Printf("%d\t%d\n", i, lengths[i])
		}
	}
}
