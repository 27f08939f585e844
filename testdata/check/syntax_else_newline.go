// errorcheck

// else must be on the same line as the closing brace of the if block.

package p

func f(x int) int {
	if x > 0 {
		return 1
	}
	else { // ERROR "syntax error: unexpected keyword else, expected \}"
		return 2
	}
}
