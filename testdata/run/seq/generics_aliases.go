// run

// Generic type aliases (Go 1.24): Vec[T] = []T, Dict[V] = map[string]V, and a partial
// instance alias IntPair[B] = Pair[int, B]; %T shows the aliased types.

package main

import "fmt"

type Vec[T any] = []T

type Dict[V any] = map[string]V

type Pair[A, B any] struct {
	a A
	b B
}

type IntPair[B any] = Pair[int, B]

func Sum(v Vec[int]) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}

func main() {
	v := Vec[int]{1, 2, 3}
	fmt.Println(Sum(v), Sum([]int{4}))
	d := Dict[bool]{"x": true}
	fmt.Printf("%T %v %T\n", v, d, d)
	p := IntPair[string]{1, "one"}
	fmt.Printf("%T %v\n", p, p)
}
