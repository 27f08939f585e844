// errorcheck

// Shifts of non-integers and by negative or non-integer counts.

package p

func f(x int, fl float64, s string, u uint) {
	_ = fl << 2          // ERROR "invalid operation: shifted operand fl \(variable of type float64\) must be integer"
	_ = 1.5 << 1         // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	_ = x << -1          // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x << 1.5         // ERROR "1.5 \(untyped float constant\) truncated to uint"
	_ = x << s           // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = s >> 1           // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = x << u           // ok
	_ = 1.0 << u         // ERROR "invalid operation: shifted operand 1.0 \(type float64\) must be integer"
	var k int = 1.0 << u // ok: 1.0 becomes int
	_ = k
	var f32 float32 = 1 << u // ERROR "invalid operation: shifted operand 1 \(type float32\) must be integer"
	_ = f32
	const big = 1 << 62
	var i32 int32 = big >> 40 // ok: constant 4194304
	_ = i32
	_ = x << 64 // ok: x is a variable
}
