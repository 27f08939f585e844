// errorcheck

// Bodies of generic functions whose constraints are unions without a core type are
// checked once, generically: an operation must be valid for every type of the type
// set (reported in terms of the type parameter, also when never instantiated).

package p

import "cmp"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s + "a" // ERROR "invalid operation: s \+ \"a\" \(mismatched types T and untyped string\)"
}

func Double[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b * 2 // ERROR "invalid operation: b \* 2 \(mismatched types T and untyped int\)"
}

func Neg[T Number](x T) T {
	return -x + len(x) // ERROR "invalid argument: x \(variable of type T constrained by Number\) for built-in len"
}

func Shift[T Number](x T) T {
	return x << 1 // ERROR "invalid operation: shifted operand x \(variable of type T constrained by Number\) must be integer"
}

func Mod[T Number](x, y T) T {
	return x % y // ERROR "invalid operation: operator % not defined on x \(variable of type T constrained by Number\)"
}

func Str[T ~string | ~[]byte](x T) int {
	return len(x) + x[0] // ERROR "invalid operation: len\(x\) \+ x\[0\] \(mismatched types int and byte\)"
}

func Conv[T Number](x T) string {
	return string(x) // ERROR "cannot convert x \(variable of type T constrained by Number\) to type string: cannot convert float64 \(in T\) to type string"
}

func FromString[T Number](s string) T {
	return T(s) // ERROR "cannot convert s \(variable of type string\) to type T: cannot convert string to type int \(in T\)"
}

func Use[T Number]() {
	Sum[T](nil) // ERROR "T does not satisfy int \| float64"
}

func Incomparable[T int | []int](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}
