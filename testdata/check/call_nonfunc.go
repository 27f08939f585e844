// errorcheck

// Calling something that is not a function.

package p

type T struct{ f int }

func f(n int, s string, t T) {
	n()     // ERROR "invalid operation: cannot call n \(variable of type int\): int is not a function"
	s("x")  // ERROR "invalid operation: cannot call s \(variable of type string\): string is not a function"
	t.f()   // ERROR "invalid operation: cannot call t.f \(variable of type int\): int is not a function"
	_ = 3() // ERROR "invalid operation: cannot call 3 \(untyped int constant\): untyped int is not a function"
	var g func() int
	_ = g()   // ok
	_ = g()() // ERROR "invalid operation: cannot call g\(\) \(value of type int\): int is not a function"
}
