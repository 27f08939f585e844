// run

// Generics: Map/Filter/Reduce with inference, a Stack[T] and Pair[K, V] with methods,
// union constraints with arithmetic and ordering, explicit instantiation, %T of instances.

package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	ys := Map(xs, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(ys)
	fmt.Println(Filter(xs, func(x int) bool { return x%2 == 1 }))
	fmt.Println(Reduce(xs, 0.5, func(a float64, x int) float64 { return a + float64(x) }))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[MyInt](1, 2))
	fmt.Printf("%T\n", Sum(MyInt(3)))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%T %v %+v\n", p, p, []Pair[string, int]{p})
	fmt.Printf("%T\n", &s)
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1))
	f := Map[int, int]
	fmt.Println(f(xs, func(x int) int { return x * x }))
}
