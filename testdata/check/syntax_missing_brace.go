// errorcheck

// The opening brace of a block must be on the same line.

package p

func f(x int) int {
	if x > 0 // ERROR "syntax error: unexpected newline, expected \{ after if clause"
	{
		return 1
	}
	return 0
}
