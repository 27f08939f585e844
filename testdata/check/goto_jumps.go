// errorcheck

// goto may not jump into a block or over a variable declaration.

package p

func intoBlock(x int) {
	goto Inside // ERROR "goto Inside jumps into block starting at"
	if x > 0 {
	Inside:
		x++
	}
}

func overDecl() {
	goto Later // ERROR "goto Later jumps over declaration of v at"
	v := 3
	_ = v
Later:
	println("later")
}

func intoLoop() {
	goto Body // ERROR "goto Body jumps into block starting at"
	for i := 0; i < 2; i++ {
	Body:
		println(i)
	}
}

func backwardOK() {
	i := 0
Again:
	i++
	if i < 3 {
		goto Again
	}
}
