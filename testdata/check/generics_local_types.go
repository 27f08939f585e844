// errorcheck

// Generic types declared inside functions: the errors of their package-level
// counterparts, with gc's texts.

package p

type Top[T any] T // ERROR "cannot use a type parameter as RHS in type declaration"

type Two[A, B any] struct {
	a A
	b B
}

func f() {
	type Box[T any] struct{ v T }
	var b Box // ERROR "cannot use generic type Box\[T any\] without instantiation"
	_ = b
	_ = Box[int, string]{} // ERROR "too many type arguments for type Box: have 2, want 1"
	_ = Two[int]{}         // ERROR "not enough type arguments for type Two: have 1, want 2"
	type C[T int | string] struct{ v T }
	_ = C[float64]{} // ERROR "float64 does not satisfy int \| string \(float64 missing in int \| string\)"
	type Bad[T any] T // ERROR "cannot use a type parameter as RHS in type declaration"
	type R[T any] struct{ next *R[T] }
	_ = R[int]{}
}
