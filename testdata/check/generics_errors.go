// errorcheck

// Generics: unsatisfied constraints, failed inference, generic types and functions
// used without instantiation, wrong numbers of type arguments.

package p

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

func Id[T any](x T) T { return x }

func f() {
	_ = Sum("a", "b") // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	_ = Zero() // ERROR "in call to Zero, cannot infer T \(declared at .*:20:11\)"
	var p Pair // ERROR "cannot use generic type Pair\[K comparable, V any\] without instantiation"
	_ = p
	_ = Pair[[]int, int]{} // ERROR "\[\]int does not satisfy comparable"
	_ = Str(3) // ERROR "int does not satisfy Stringer \(missing method String\)"
	_ = Id[int, int](3) // ERROR "got 2 type arguments but want 1"
	_ = Pair[int]{} // ERROR "not enough type arguments for type Pair: have 1, want 2"
	g := Id // ERROR "cannot use generic function Id without instantiation"
	_ = g
	fmt.Println(Sum[string]()) // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	var q Pair[string, int] = 3 // ERROR "cannot use 3 \(untyped int constant\) as Pair\[string, int\] value in variable declaration"
	_ = q
}
