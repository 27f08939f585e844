// errorcheck

// Every select case must be a send or a receive.

package p

func f(c chan int, x int) {
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
	select {
	case f(c, 1): // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
	select {
	case v, ok := <-c: // ok
		_, _ = v, ok
	case c <- x: // ok
	case x = <-c: // ok
	default:
	}
	select {
	case x := 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
		_ = x
	}
	select {
	default:
	default: // ERROR "multiple defaults \(first at"
	}
}
