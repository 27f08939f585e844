// errorcheck

// Types used where values are expected, and values where types are expected.

package p

type T struct{}

var v int

func f() {
	_ = int + 1 // ERROR "int \(type\) is not an expression"
	_ = T       // ERROR "T \(type\) is not an expression"
	x := []int  // ERROR "\[\]int \(type\) is not an expression"
	_ = x
	var y v // ERROR "v \(package-level variable\) is not a type"
	_ = y
	_ = T{}    // ok
	_ = int(3) // ok
	var z f    // ERROR "f \(function\) is not a type"
	_ = z
}
