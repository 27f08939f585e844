// errorcheck

// An unclosed parenthesis.

package p

func f(a int) int {
	return (a + 1 // ERROR "syntax error: unexpected newline, expected \)"
}
