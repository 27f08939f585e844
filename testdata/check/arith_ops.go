// errorcheck

// Binary arithmetic operators on operands that do not support them.

package p

func f(s string, b bool, fl float64, p *int, i int) {
	_ = fl % 2  // ERROR "invalid operation: operator % not defined on fl \(variable of type float64\)"
	_ = fl & 1  // ERROR "invalid operation: operator & not defined on fl \(variable of type float64\)"
	_ = s - "a" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = s * 2   // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = b + b   // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = p + 1   // ERROR "invalid operation: p \+ 1 \(mismatched types \*int and untyped int\)"
	s += "ok"   // ok
	i <<= 2     // ok
	_ = 5.5 % 2 // ERROR "invalid operation: operator % not defined on 5.5 \(untyped float constant\)"
}
