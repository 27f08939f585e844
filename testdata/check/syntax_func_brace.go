// errorcheck

// A function's opening brace cannot go on its own line: the newline ends the declaration.

package p

func f() int
{ // ERROR "syntax error: unexpected semicolon or newline before \{"
	return 1
}
