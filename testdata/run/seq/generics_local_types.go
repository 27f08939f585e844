// run

// Generic types declared inside functions (Go 1.27 accepts them): instantiated
// with several type arguments, recursive, used through interfaces and aliases,
// next to a package-level generic type of the same name that has methods.

package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func main() {
	type List[T any] struct {
		next *List[T]
		v    T
	}
	l := &List[int]{v: 1, next: &List[int]{v: 2}}
	n := 0
	for p := l; p != nil; p = p.next {
		n += p.v
	}
	fmt.Println(n)
	fmt.Printf("%T %v\n", l.next.v, *l.next)

	type Pair[K comparable, V any] struct {
		k K
		v V
	}
	type Entry = Pair[string, int]
	es := []Entry{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %T\n", es, es[0])
	var x any = Pair[string, int]{"c", 3}
	if e, ok := x.(Entry); ok {
		fmt.Println("entry", e.k, e.v)
	}
	_, ok := x.(Pair[int, string])
	fmt.Println(ok)

	type Num[T int | float64] struct{ v T }
	sum := func(ns ...Num[float64]) float64 {
		s := 0.0
		for _, n := range ns {
			s += n.v
		}
		return s
	}
	fmt.Println(sum(Num[float64]{1.5}, Num[float64]{2}))

	var pl List2
	pl.Push("outer")
	fmt.Println(pl.items)
}

type List2 = List[string]
