// errorcheck

// Redeclaration in the same block.

package p

var a int
var a string // ERROR "a redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

func g() {
	var x int
	var x int // ERROR "x redeclared in this block"
	_ = x
}

func h(p int) {
	var p string // ERROR "p redeclared in this block"
	_ = p
}

func k() {
	const c = 1
	var c = 2 // ERROR "c redeclared in this block"
	_ = c
}
