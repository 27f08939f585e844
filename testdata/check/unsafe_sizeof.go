// errorcheck

// unsafe.Sizeof and Alignof: one expression argument, a uintptr constant result.

package p

import "unsafe"

const N1 = unsafe.Sizeof(int) // ERROR "int \(type\) is not an expression"
const N2 = unsafe.Sizeof()    // ERROR "not enough arguments for unsafe.Sizeof\(\) \(expected 1, found 0\)"
const N3 = unsafe.Alignof(1, 2) // ERROR "too many arguments for unsafe.Alignof\(1, 2\) \(expected 1, found 2\)"

var v = unsafe.Sizeof // ERROR "unsafe.Sizeof \(built-in\) must be called"

func f() {
	unsafe.Sizeof(1)        // ERROR "unsafe.Sizeof\(1\) \(constant 8 of type uintptr\) is not used"
	defer unsafe.Alignof(1) // ERROR "defer discards result of unsafe.Alignof\(1\) \(constant 8 of type uintptr\)"
	_ = unsafe.Sizeof(nil)  // ERROR "use of untyped nil in argument to unsafe.Sizeof"
}

var w5 float64 = unsafe.Sizeof(1)        // ERROR "cannot use unsafe.Sizeof\(1\) \(constant 8 of type uintptr\) as float64 value in variable declaration"
const N13 int8 = unsafe.Sizeof([200]int{}) // ERROR "cannot use unsafe.Sizeof\(\[200\]int\{\}\) \(constant 1600 of type uintptr\) as int8 value in constant declaration"
