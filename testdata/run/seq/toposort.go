// run

// The book's topological sort of course prerequisites (ch. 5): depth-first search
// with a recursive closure over a map, keys visited in sorted order; then breadth-first
// crawling of a graph with a worklist.
package main

import (
	"fmt"
	"sort"
)

var prereqs = map[string][]string{
	"algorithms": {"data structures"},
	"calculus":   {"linear algebra"},
	"compilers": {
		"data structures",
		"formal languages",
		"computer organization",
	},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)
	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys)
	return order
}

func hasCycle(m map[string][]string) (string, bool) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var visit func(string) (string, bool)
	visit = func(n string) (string, bool) {
		color[n] = grey
		for _, d := range m[n] {
			switch color[d] {
			case grey:
				return n + " -> " + d, true
			case white:
				if c, ok := visit(d); ok {
					return c, true
				}
			}
		}
		color[n] = black
		return "", false
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if color[k] == white {
			if c, ok := visit(k); ok {
				return c, true
			}
		}
	}
	return "", false
}

func breadthFirst(f func(item string) []string, worklist []string) {
	seen := make(map[string]bool)
	for len(worklist) > 0 {
		items := worklist
		worklist = nil
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				worklist = append(worklist, f(item)...)
			}
		}
	}
}

func main() {
	for i, course := range topoSort(prereqs) {
		fmt.Printf("%d:\t%s\n", i+1, course)
	}
	fmt.Println(hasCycle(prereqs))
	prereqs["linear algebra"] = []string{"calculus"}
	fmt.Println(hasCycle(prereqs))
	depth := map[string]int{"compilers": 0}
	breadthFirst(func(item string) []string {
		deps := append([]string(nil), prereqs[item]...)
		sort.Strings(deps)
		fmt.Println(depth[item], item)
		for _, d := range deps {
			if _, ok := depth[d]; !ok {
				depth[d] = depth[item] + 1
			}
		}
		return deps
	}, []string{"compilers"})
}
