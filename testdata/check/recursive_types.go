// errorcheck

// Types that contain themselves, and initialization cycles.

package p

type T struct { // ERROR "invalid recursive type: T refers to itself"
	next T
}

type OK struct {
	next *OK // ok: through a pointer
	kids []OK
}

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

var x = y // ERROR "initialization cycle for x"
var y = x

func f() int { return z }

var z = f() // ERROR "initialization cycle for z"
