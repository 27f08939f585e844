// errorcheck

// Functions with results must end in a terminating statement.

package p

func empty() int {
} // ERROR "missing return"

func ifNoElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func ifElse(x int) int { // ok: both branches return
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func ifElseIfNoElse(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func forWithCond(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func forever() int { // ok: infinite loop without break
	for {
	}
}

func foreverWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func panics() int { // ok: panic is terminating
	panic("no")
}

func afterLabel() int {
	x := 0
	_ = x
L:
	for {
		break L
	}
} // ERROR "missing return"
