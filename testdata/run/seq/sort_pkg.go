// run

// The sort package: Ints, Strings, Float64s, Slice, SliceStable, Sort with an interface, Search.

package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 2, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	words := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)

	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 4), sort.SearchInts(sorted, 100))
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(idx, sorted[idx])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
}
