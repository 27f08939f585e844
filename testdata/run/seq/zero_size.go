// run

// Zero-size values: struct{} and [0]int as map values, parameters, results, fields,
// channel elements and set types (methods and generic ones).
package main

import (
	"fmt"
	"sort"
)

type StrSet map[string]struct{}

func (s StrSet) Add(v string)      { s[v] = struct{}{} }
func (s StrSet) Has(v string) bool { _, ok := s[v]; return ok }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) { s[v] = struct{}{} }

type empty struct{}

func give(e empty, n int, z [0]int) (empty, int, [0]int) { return e, n + 1, z }

type holder struct {
	a int
	e struct{}
	b string
}

func main() {
	s := StrSet{}
	for _, w := range []string{"go", "chan", "go", "select"} {
		s.Add(w)
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(s), keys, s.Has("chan"), s.Has("mutex"))

	g := Set[int]{}
	g.Add(3)
	g.Add(3)
	g.Add(4)
	fmt.Println(len(g), g)

	e, n, z := give(empty{}, 41, [0]int{})
	fmt.Println(e, n, z, len(z))

	h := holder{a: 1, b: "x"}
	h2 := h
	h2.e = struct{}{}
	fmt.Printf("%v %+v %v\n", h, h2, h == h2)

	done := make(chan struct{})
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-done
			results <- i * i
		}(i)
	}
	close(done)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println(sum)

	m := map[[0]int]int{}
	m[[0]int{}]++
	m[[0]int{}]++
	fmt.Println(m, len(m))

	var arr [3]struct{}
	fmt.Println(len(arr), arr)
}
