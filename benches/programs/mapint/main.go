// Integer-keyed maps: insert 1e6 scattered keys into a map[int]int, then look
// up 2e6 keys of which half are present.
package main

import "fmt"

func main() {
	const n = 1000000
	const mul = 2654435761 // odd, so i -> i*mul mod 2^32 is one-to-one
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*mul%(1<<32)] = i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i*mul%(1<<32)]; ok {
			hits++
			sum += v
		}
	}
	fmt.Println(len(m), hits, sum)
}
