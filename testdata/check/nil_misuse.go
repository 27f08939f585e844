// errorcheck

// The untyped nil has no default type.

package p

func f(n int, s string, p *int) {
	x := nil // ERROR "use of untyped nil in assignment"
	_ = x
	var y = nil // ERROR "use of untyped nil in variable declaration"
	_ = y
	_ = nil == nil    // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	n = nil           // ERROR "cannot use nil as int value in assignment"
	s = nil           // ERROR "cannot use nil as string value in assignment"
	_ = p == nil      // ok
	var e error = nil // ok
	_ = e
	var q *int = nil // ok
	_ = q
	_ = n == nil // ERROR "invalid operation: n == nil \(mismatched types int and untyped nil\)"
}
