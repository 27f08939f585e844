// errorcheck

// Malformed declarations.

package p

var = 5 // ERROR "syntax error: unexpected =, expected name"

func f() {
	var x int =
} // ERROR "syntax error: unexpected \}, expected expression"
