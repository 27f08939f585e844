// run

// Run-time names (%T, failed type assertions) of types declared inside instances
// of generic functions and methods: each instance has its own types, named with the
// instance's type arguments (`main.P[int]`, `main.Box[int,string;bool]`).

package main

import "fmt"

type G[T any] struct{}

func (G[T]) M() any {
	type In struct{ t T }
	return In{}
}

func F[K comparable, V any](k K, v V) any {
	type Box[U any] struct{ u U }
	type P struct{}
	fmt.Printf("%T %T %T\n", Box[bool]{}, P{}, []P{})
	func() {
		type Deep int
		fmt.Printf("%T\n", Deep(1))
	}()
	return P{}
}

func H[T any]() {
	type L struct{ t T }
	type M int
	fmt.Printf("%T %T %v\n", L{}, M(1), L{})
}

func main() {
	a := F(1, "s")
	b := F("k", 2.5)
	fmt.Println(a == b)
	fmt.Printf("%T\n", G[float64]{}.M())
	H[int]()
	H[[]string]()
	type Local[A, B any] struct {
		a A
		b B
	}
	fmt.Printf("%T\n", Local[int, bool]{})
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = b.(G[int])
}
