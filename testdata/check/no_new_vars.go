// errorcheck

// := needs at least one new variable on its left.

package p

func f() (int, error) { return 0, nil }

func g() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	_ = x

	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _ = a, b

	n, err := f()
	m, err := f() // ok: m is new
	_, _, _ = n, m, err

	_ := 5 // ERROR "no new variables on left side of :="
}
