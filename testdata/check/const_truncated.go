// errorcheck

// Untyped float constants that would be truncated to an integer type.

package p

var a int = 1.5    // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
var b uint8 = 2.25 // ERROR "cannot use 2.25 \(untyped float constant\) as uint8 value in variable declaration \(truncated\)"
var c int = 2.0    // ok: representable
var d = int(3.7)   // ERROR "cannot convert 3.7 \(untyped float constant\) to type int"

func f(x int) int {
	return x + 0.5 // ERROR "0.5 \(untyped float constant\) truncated to int"
}
