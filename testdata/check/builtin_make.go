// errorcheck

// make with the wrong kind or number of arguments.

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
	_ = make(chan int, n)          // ok
}
