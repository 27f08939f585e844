// errorcheck

// make and new with the wrong kind of argument.

package p

type T struct{}

func f(n int) {
	_ = make(int)                  // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	_ = make(T)                    // ERROR "invalid argument: cannot make T: type must be slice, map, or channel"
	_ = make([]int)                // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 1, 2, 3)       // ERROR "invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4"
	_ = make([]int, -1)            // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 5, 2)          // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, "a")           // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = new(5)                     // ok since Go 1.26: new(expr) gives a pointer to a copy of its value
	_ = new(n)                     // ok since Go 1.26
	_ = new()                      // ERROR "invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)"
	_ = new(int, 1)                // ERROR "invalid operation: too many arguments for new\(int, 1\) \(expected 1, found 2\)"
	_ = new(nil)                   // ERROR "use of untyped nil in argument to new"
	_ = *new([]int)                // ok
	_ = new(T)                     // ok
	_ = make(chan int, n)          // ok
}
