// errorcheck

// Local variables that are declared but never used.

package p

func f1() {
	x := 1 // ERROR "declared and not used: x"
}

func f2() {
	var y int // ERROR "declared and not used: y"
}

func f3() {
	a, b := 1, 2 // ERROR "declared and not used: a"
	_ = b
}

func f4() {
	var c = 3 // ERROR "declared and not used: c"
	c = 4
}

func f5() {
	for i := 0; i < 3; i++ {
		v := i // ERROR "declared and not used: v"
	}
}

func f6() {
	if z := 1; true { // ERROR "declared and not used: z"
	}
}

func f7() {
	func() {
		w := 2 // ERROR "declared and not used: w"
	}()
}

func ok() {
	u := 1
	_ = u
	var p *int
	_ = p
}
