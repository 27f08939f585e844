// run

// Range-over-func loops in generic code: iterator adapters (Enumerate, Zip over
// iter.Pull with a deferred stop), returns from nested loops over a generic type's
// iterator method, an iterator running cleanup code after break, and a loop body
// panic unwinding through the iterator.

package main

import (
	"fmt"
	"iter"
	"slices"
)

type Number interface{ ~int | ~float64 }

func SumSeq[T Number](seq iter.Seq[T]) (s T) {
	for v := range seq {
		s += v
	}
	return
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

type Matrix[T Number] [][]T

func (m Matrix[T]) Rows() iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for i, r := range m {
			if !yield(i, r) {
				return
			}
		}
	}
}

func find(m Matrix[int], want int) (int, int, bool) {
	for i, row := range m.Rows() {
		for j, v := range slices.All(row) {
			if v == want {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	fmt.Println(SumSeq(slices.Values([]float64{1.5, 2.5})))
	for i, s := range Enumerate(slices.Values([]string{"a", "b", "c"})) {
		if i == 2 {
			continue
		}
		fmt.Println(i, s)
	}
	for a, b := range Zip(slices.Values([]int{1, 2, 3}), slices.Values([]string{"x", "y"})) {
		fmt.Println(a, b)
	}
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(find(m, 3))
	fmt.Println(find(m, 9))
	count := 0
	for range m.Rows() {
		count++
	}
	fmt.Println(count)
	var it iter.Seq[int] = func(yield func(int) bool) {
		for i := range 5 {
			if !yield(i * i) {
				break
			}
		}
		fmt.Println("iterator cleanup")
	}
	for v := range it {
		if v > 5 {
			break
		}
		fmt.Println(v)
	}
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		for v := range it {
			if v == 4 {
				panic("body panic")
			}
		}
	}()
}
