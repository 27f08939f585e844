// errorcheck

// Using statements where expressions are expected.

package p

func f() {
	x := 1
	y := x++ // ERROR "syntax error: unexpected \+\+ at end of statement"
	_ = y
}
