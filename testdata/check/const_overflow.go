// errorcheck

// Constants that do not fit their type.

package p

var b byte = 300   // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
var u uint = -1    // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"

const big = 1 << 100

var n int = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"

func f() {
	_ = byte(256)    // ERROR "constant 256 overflows byte"
	_ = int16(40000) // ERROR "constant 40000 overflows int16"
	const c uint8 = 255
	_ = c + 1             // ERROR "c \+ 1 \(constant 256 of type uint8\) overflows uint8"
	var x int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as int32 value in variable declaration \(overflows\)"
	_ = x
}
