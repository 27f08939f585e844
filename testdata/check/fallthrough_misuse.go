// errorcheck

// fallthrough only as the last statement of a non-final expression switch case.

package p

func f(x int, v any) {
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "fallthrough statement out of place"
		x++
	case 4:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}

func g() {
	fallthrough // ERROR "fallthrough statement out of place"
}
