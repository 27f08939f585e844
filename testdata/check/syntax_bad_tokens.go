// errorcheck

// Statements that do not parse.

package p

func f(x int) {
	x := := 1 // ERROR "syntax error: unexpected :=, expected expression"
}

func g() {
	for i := 0; i < 3; i++ // ERROR "syntax error: unexpected newline, expected \{ after for clause"
	{
	}
}
