// errorcheck

// defer and go need a function call.

package p

func work() int { return 1 }

func f(x int) {
	defer work     // ERROR "expression in defer must be function call"
	go work        // ERROR "expression in go must be function call"
	defer x        // ERROR "expression in defer must be function call"
	go (work())    // ERROR "expression in go must not be parenthesized"
	defer work()   // ok: the result is discarded
	go func() {}() // ok
	defer len("a") // ERROR "defer discards result of len\(.a.\) \(constant 1 of type int\)"
	go int(x)      // ERROR "go requires function call, not conversion int\(x\) \(value of type int\)"
	defer recover() // ok
	defer panic(1) // ok
}
