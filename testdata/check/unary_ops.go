// errorcheck

// Unary operators and ++/-- on operands that do not support them.

package p

func f(s string, b bool, fl float64, p *int, i int) {
	_ = -s   // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = -b   // ERROR "invalid operation: operator - not defined on b \(variable of type bool\)"
	_ = ^fl  // ERROR "invalid operation: operator \^ not defined on fl \(variable of type float64\)"
	s++      // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b--      // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	_ = +i   // ok
	_ = ^1.0 // ERROR "invalid operation: operator \^ not defined on 1.0 \(untyped float constant 1\)"
}
