// errorcheck

// func init: no arguments or results, and it cannot be referred to.

package p

func init() {}
func init() {} // ok: several init functions are allowed

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func f() {
	init()    // ERROR "undefined: init"
	g := init // ERROR "undefined: init"
	_ = g
}

var init = 3 // ERROR "cannot declare init - must be func"
