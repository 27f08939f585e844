// errorcheck

// break and continue outside loops, and with bad labels.

package p

func f(x int) {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
	func() {
		for {
			break
		}
		break // ERROR "break is not in a loop, switch, or select"
	}()
}

func labels(x int) {
L1:
	if x > 0 {
		break L1 // ERROR "invalid break label L1"
	}
L2:
	switch x {
	case 1:
		continue L2 // ERROR "invalid continue label L2"
	}
	for {
		break Nowhere // ERROR "break label not defined: Nowhere"
	}
	for {
		continue Gone // ERROR "continue label not defined: Gone"
	}
}
