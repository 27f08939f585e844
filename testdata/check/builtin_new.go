// errorcheck

// new with the wrong number or kind of arguments; new(expr) is valid since Go 1.26.

package p

type T struct{}

func f(n int) {
	_ = new(5)      // ok since Go 1.26: new(expr) gives a pointer to a copy of its value
	_ = new(n)      // ok since Go 1.26
	_ = new()       // ERROR "invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)"
	_ = new(int, 1) // ERROR "invalid operation: too many arguments for new\(int, 1\) \(expected 1, found 2\)"
	_ = new(nil)    // ERROR "use of untyped nil in argument to new"
	_ = *new([]int) // ok
	_ = new(T)      // ok
}
