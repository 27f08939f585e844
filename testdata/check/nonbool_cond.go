// errorcheck

// Conditions must be boolean.

package p

func f(n int, s string, p *int) {
	if n { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	if p { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	_ = !n        // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	_ = n && true // ERROR "invalid operation: n && true \(mismatched types int and untyped bool\)"
	switch {
	case n: // ERROR "invalid case n in switch on true \(mismatched types int and bool\)"
	}
}
