// errorcheck

// Missing return with switch, type switch and select.

package p

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func switchDefault(x int) int { // ok
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func switchBreak(x int) int {
	switch x {
	case 1:
		break
	default:
		return 0
	}
} // ERROR "missing return"

func switchFallthrough(x int) int { // ok: fallthrough into a returning case
	switch x {
	case 1:
		fallthrough
	default:
		return 0
	}
}

func typeSwitch(v any) int {
	switch v.(type) {
	case int:
		return 1
	case string:
		return 2
	}
} // ERROR "missing return"

func selectAll(c chan int) int { // ok
	select {
	case v := <-c:
		return v
	}
}

func selectBreak(c chan int) int {
	select {
	case <-c:
		break
	}
} // ERROR "missing return"

func emptySelect() int { // ok: select {} blocks forever
	select {}
}
