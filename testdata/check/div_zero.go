// errorcheck

// Division by a constant zero.

package p

func f(x int, y float64) {
	_ = x / 0     // ERROR "invalid operation: division by zero"
	_ = x % 0     // ERROR "invalid operation: division by zero"
	_ = 10 / 0    // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0.0 // ERROR "invalid operation: division by zero"
	x /= 0        // ERROR "invalid operation: division by zero"
	_ = y / 0     // ok: floating-point variable
	const z = 0
	_ = x / z // ERROR "invalid operation: division by zero"
}
