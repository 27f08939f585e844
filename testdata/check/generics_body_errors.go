// errorcheck

// Errors inside generic bodies, reported once for the declaration in terms of its
// type parameters (checked also when never instantiated).

package p

import "fmt"

type Stringer interface{ String() string }

func Add[T any](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"
}

func Len[T any](x T) int {
	return len(x) // ERROR "invalid argument: x \(variable of type T constrained by any\) for built-in len"
}

func Call[T any](x T) string {
	return x.String() // ERROR "x.String undefined \(type T has no field or method String\)"
}

func Str[T Stringer](x T) string {
	return x.String() + x.Name() // ERROR "x.Name undefined \(type T has no field or method Name\)"
}

func Eq[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}

func Less[T comparable](a, b T) bool {
	return a < b // ERROR "invalid operation: a < b \(type parameter T cannot use operator <\)"
}

func Sum[S ~[]E, E ~int](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t + "x" // ERROR "invalid operation: t \+ "x" \(mismatched types E and untyped string\)"
}

func Unused[T any]() {
	x := 1 // ERROR "declared and not used: x"
	fmt.Println()
}

func Ret[T any]() T {
	return 0 // ERROR "cannot use 0 \(untyped int constant\) as T value in return statement"
}
