// errorcheck

// len and cap on operands that do not support them.

package p

func f(n int, m map[string]int, p *int, s []int, a *[4]int, c chan int) {
	_ = len(n)                                                  // ERROR "invalid argument: n \(variable of type int\) for built-in len"
	_ = len(p)                                                  // ERROR "invalid argument: p \(variable of type \*int\) for built-in len"
	_ = cap(m)                                                  // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap"
	_ = cap("s")                                                // ERROR "invalid argument: .s. \(untyped string constant\) for built-in cap"
	_ = len(s, s)                                               // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = len()                                                   // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(a) + cap(a) + len(c) + cap(c) + len(m) + len("abc") // ok
	const k = len("héllo")                                      // ok: constant
	var arr [k]int
	_ = arr
}
