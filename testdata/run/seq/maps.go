// run

// Maps: insertion, lookup with comma-ok, delete, zero values; fmt prints keys sorted.

package main

import (
	"fmt"
	"sort"
)

type key struct {
	x, y int
}

func main() {
	ages := map[string]int{"alice": 31, "charlie": 34}
	ages["bob"] = 28
	fmt.Println(ages, len(ages))
	age, ok := ages["dave"]
	fmt.Println(age, ok)
	if a, ok := ages["bob"]; ok {
		fmt.Println("bob is", a)
	}
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(ages)
	ages["bob"]++
	ages["eve"] += 5
	fmt.Println(ages)

	var names []string
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")

	points := map[key]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(points[key{1, 2}], points[key{0, 0}], points)

	graph := make(map[string]map[string]bool)
	add := func(from, to string) {
		edges := graph[from]
		if edges == nil {
			edges = make(map[string]bool)
			graph[from] = edges
		}
		edges[to] = true
	}
	add("a", "b")
	add("a", "c")
	add("b", "c")
	fmt.Println(graph, graph["a"]["c"], graph["c"]["a"])

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", map[int]bool{3: true, 1: false, 2: true}, map[string]int{"z": 26, "a": 1})
	clear(counts)
	fmt.Println(len(counts))

	m := map[float64]string{2.5: "x", -1: "y"}
	fmt.Println(m)
	strs := map[any]int{"b": 1, "a": 3} // one dynamic type: sorted by value
	fmt.Println(strs)
}
