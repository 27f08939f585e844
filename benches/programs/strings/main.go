// Strings and string-keyed maps: build a text of pseudo-random words with a
// strings.Builder, split it into words again, count them in a map[string]int
// and fold the sorted counts into a checksum.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	const nWords = 500000
	const letters = "abcd"
	seed := 42
	next := func(n int) int {
		seed = (seed*1103515245 + 12345) & 0x7fffffff
		return (seed >> 16) % n
	}

	var sb strings.Builder
	for i := 0; i < nWords; i++ {
		length := 3 + next(5)
		for k := 0; k < length; k++ {
			sb.WriteByte(letters[next(len(letters))])
		}
		sb.WriteByte(' ')
	}
	text := sb.String()

	counts := make(map[string]int)
	words := strings.Fields(text)
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, k := range keys {
		sum = (sum*31 + counts[k]*len(k)) % 1000000007
	}
	fmt.Println(len(text), len(words), len(counts), keys[0], keys[len(keys)-1], sum)
}
