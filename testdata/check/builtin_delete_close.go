// errorcheck

// delete, close, clear, min and max with the wrong operands.

package p

func f(s []int, m map[string]int, n int, c chan int, str string) {
	delete(s, 0)       // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1)       // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(m)          // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	delete(m, "a")     // ok
	close(n)           // ERROR "invalid operation: cannot close non-channel n \(variable of type int\)"
	close(c)           // ok
	clear(n)           // ERROR "invalid argument: cannot clear n \(variable of type int\): argument must be \(or constrained by\) map or slice"
	clear(s)           // ok
	_ = min(n, str)    // ERROR "invalid argument: mismatched types int \(previous argument\) and string \(type of str\)"
	_ = max(m)         // ERROR "invalid argument: m \(variable of type map\[string\]int\) cannot be ordered"
	_ = min(1, 2.5, n) // ERROR "2.5 \(untyped float constant\) truncated to int"
}
