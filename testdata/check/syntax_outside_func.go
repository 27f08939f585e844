// errorcheck

// Statements are not allowed at package level.

package p

var x int

x = 3 // ERROR "syntax error: non-declaration statement outside function body"

func f() {}
