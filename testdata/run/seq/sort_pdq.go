// run

// Sorting exactly as Go's pdqsort does: the order sort.Slice and sort.Sort leave
// equal elements in, stable sorts, custom Less, reverse, and binary search.
package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type counter struct {
	sort.Interface
	less int
}

func (c *counter) Less(i, j int) bool { c.less++; return c.Interface.Less(i, j) }

func main() {
	var people []person
	for i := 0; i < 60; i++ {
		people = append(people, person{fmt.Sprintf("p%02d", i), (i * 7) % 5})
	}
	p1 := append([]person(nil), people...)
	sort.Slice(p1, func(i, j int) bool { return p1[i].age < p1[j].age })
	for _, p := range p1 {
		fmt.Print(p.name, ":", p.age, " ")
	}
	fmt.Println()
	p2 := append([]person(nil), people...)
	c := &counter{Interface: byAge(p2)}
	sort.Sort(c)
	fmt.Println(p2[:12], c.less)
	p3 := append([]person(nil), people...)
	sort.SliceStable(p3, func(i, j int) bool { return p3[i].age > p3[j].age })
	fmt.Println(p3[:8])
	p4 := append([]person(nil), people...)
	sort.Stable(sort.Reverse(byAge(p4)))
	fmt.Println(p4[:8], sort.IsSorted(sort.Reverse(byAge(p4))))

	fs := []float64{3, math.NaN(), -0.0, 0, math.Inf(-1), 2.5, math.Copysign(0, -1), 1, math.NaN(), 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	gs := []float64{0, math.Copysign(0, -1), 0, math.Copysign(0, -1), 5, -5, 0}
	slices.Sort(gs)
	fmt.Println(gs)

	words := strings.Fields("the quick brown fox jumps over the lazy dog and the cat sat on the mat by a hat")
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	w2 := strings.Fields("the quick brown fox jumps over the lazy dog and the cat sat on the mat by a hat")
	slices.SortFunc(w2, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(w2)
	w3 := strings.Fields("the quick brown fox jumps over the lazy dog and the cat sat on the mat by a hat")
	slices.SortStableFunc(w3, func(a, b string) int { return len(b) - len(a) })
	fmt.Println(w3)

	big := make([]int, 500)
	for i := range big {
		big[i] = (i * 7919) % 503
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[490:], sort.IntsAreSorted(big))
	fmt.Println(sort.SearchInts(big, 250), sort.SearchInts(big, 1000), sort.SearchInts(big, -1))
	i := sort.Search(len(big), func(i int) bool { return big[i] >= 100 })
	fmt.Println(i, big[i])
	strs := []string{"banana", "apple", "Cherry", "date", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "banana"), sort.StringsAreSorted(strs))
	idx, found := sort.Find(len(strs), func(i int) int { return strings.Compare("cherry", strs[i]) })
	fmt.Println(idx, found)
	pos, ok := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(pos, ok, slices.Min([]int{4, 2, 8}), slices.Max([]float64{1, math.NaN(), 3}))

	// sort.Slice of a non-slice panics as Go's reflect does.
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
