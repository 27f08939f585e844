// run

// Iterators from the standard library (Go 1.23): package iter's Seq/Seq2 and Pull,
// maps.All/Keys/Values/Insert/Collect, slices.All/Backward/Values/Collect/
// AppendSeq/Sorted/SortedFunc/SortedStableFunc/Chunk, and user generic types whose
// methods return iterators.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.n++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type person struct {
	name string
	age  int
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys, len(keys))
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println("weighted", sum)
	m2 := maps.Collect(maps.All(m))
	fmt.Println(maps.Equal(m, m2), len(m2))
	maps.Insert(m2, maps.All(map[string]int{"five": 5, "one": 100}))
	fmt.Println(m2)

	s := []string{"a", "b", "c", "d", "e"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		if i < 2 {
			break
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(s)), slices.Collect(Filter(slices.Values([]int{}), func(int) bool { return true })) == nil)
	fmt.Println(slices.AppendSeq([]string{"z"}, slices.Values(s[:2])))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	byAge := slices.SortedStableFunc(slices.Values(people), func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(byAge)
	byName := slices.SortedFunc(slices.Values(people), func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(byName)

	var l List[string]
	for _, w := range strings.Fields("the quick brown fox jumps") {
		l.Push(w)
	}
	fmt.Println(slices.Collect(l.All()))
	long := Filter(l.All(), func(s string) bool { return len(s) > 3 })
	fmt.Println(slices.Collect(Map(long, strings.ToUpper)))
	fmt.Println(slices.Collect(Take(Map(Naturals(), func(i int) int { return i * i }), 6)))

	var seq iter.Seq2[int, string] = slices.All([]string{"x", "y"})
	for i, v := range seq {
		fmt.Println("seq2", i, v)
	}

	next, stop := iter.Pull(Naturals())
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println("pulled", v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop", v, ok)

	next2, stop2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, v2, ok := next2()
	fmt.Println(k, v2, ok)
	k, v2, ok = next2()
	fmt.Println(k == "", v2, ok)
	stop2()
	stop2()
}
