// run

// The generic standard packages: slices (sorting, searching, editing), maps and cmp.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type IDs []int

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 4)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(xs, 9), slices.Index(xs, 3), slices.Index(xs, 7))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	slices.Reverse(xs)
	fmt.Println(xs)

	words := []string{"banana", "Apple", "cherry", "date"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	j, ok := slices.BinarySearchFunc(people, 30, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(j, ok)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.Name == "Carol" }))

	ids := IDs{3, 1, 2}
	c := slices.Clone(ids)
	slices.Sort(c)
	fmt.Printf("%v %v %T\n", ids, c, c)
	fmt.Println(slices.Equal(ids, c), slices.Compare([]int{1, 2}, []int{1, 3}))
	ys := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ys)
	ys = slices.Delete(ys, 1, 3)
	fmt.Println(ys)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(slices.Concat([]string{"a"}, []string{"b", "c"}), slices.Repeat([]int{7}, 3))

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Or("", "x", "y"), cmp.Or(0, 0))
	fmt.Println(min(3, 1, 2), max(2.5, 1))

	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(maps.Equal(m, m2), len(m), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2)
	maps.Copy(m2, map[string]int{"z": 26})
	keys := make([]string, 0)
	for k := range m2 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]float64{})
}
