// errorcheck

// Generic bodies with union constraints (no core type), continued: untyped
// constants, constant conversions and nil against the type set.

package p

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Truncated[T int | float64]() T {
	return 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as T value in return statement"
}

func Converted[T int | float64]() T {
	return T(1.5) // ERROR "cannot convert 1.5 \(untyped float value\) to type T: cannot convert 1.5 \(untyped float constant\) to type int \(in T\)"
}

func Nil[T int | float64]() bool {
	var n T
	return n == nil // ERROR "invalid operation: n == nil \(mismatched types T and untyped nil\)"
}

func Fine[T ~string | ~int](x T) T {
	var z T
	return x + x + z
}

func Instantiated() {
	_ = Sum([]int{1})
}
