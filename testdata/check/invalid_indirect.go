// errorcheck

// Dereferencing something that is not a pointer.

package p

type T struct{ x int }

func f(n int, t T, p *T) {
	_ = *n   // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	_ = *t   // ERROR "invalid operation: cannot indirect t \(variable of struct type T\)"
	_ = *p   // ok
	_ = **p  // ERROR "invalid operation: cannot indirect \*p \(variable of struct type T\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
	*n = 3   // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	_ = p.x  // ok: automatic dereference
}
