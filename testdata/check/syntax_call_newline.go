// errorcheck

// A call's arguments spread over lines need a trailing comma.

package p

func g(a, b int) int { return a + b }

func f() int {
	return g(1,
		2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
}
