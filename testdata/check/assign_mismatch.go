// errorcheck

// The number of values does not match the number of variables.

package p

func one() int        { return 1 }
func two() (int, int) { return 1, 2 }

func f() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _ = a, b
	c := 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	_ = c
	d, e := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	_, _ = d, e
	g := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_ = g
	var h, i, j = 1, 2 // ERROR "missing init expr for j"
	_, _, _ = h, i, j
	var k, l int
	k, l = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	_, _ = k, l
}
