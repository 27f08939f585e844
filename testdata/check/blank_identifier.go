// errorcheck

// The blank identifier may only appear on the left of assignments.

package p

func f() int {
	x := _ // ERROR "cannot use _ as value or type"
	_ = x
	return _ // ERROR "cannot use _ as value or type"
}

func g() {
	_ = 1
	var _ int = 2
	_, _ = 1, 2
	_ = _ + 1 // ERROR "cannot use _ as value or type"
	_()       // ERROR "cannot use _ as value or type"
	var _ = _ // ERROR "cannot use _ as value or type"
	for _ = range []int{} {
	}
}
