// errorcheck

// Names that are not declared anywhere.

package p

func f() int {
	return undef // ERROR "undefined: undef"
}

func g() {
	x := y + 1 // ERROR "undefined: y"
	_ = x
	h()     // ERROR "undefined: h"
	var t T // ERROR "undefined: T"
	_ = t
}

func k() {
	{
		inner := 1
		_ = inner
	}
	_ = inner // ERROR "undefined: inner"
}
