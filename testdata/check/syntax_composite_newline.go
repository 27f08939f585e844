// errorcheck

// A composite literal spread over lines needs a comma after its last element.

package p

var xs = []int{
	1,
	2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
}
