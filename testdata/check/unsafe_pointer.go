// errorcheck

// unsafe.Pointer converts only from and to pointers and uintptr, and has no
// arithmetic.

package p

import "unsafe"

type T struct{ a int }

var t T
var n int
var f float64

var w1 = unsafe.Pointer(1)                // ERROR "cannot convert 1 \(untyped int constant\) to type unsafe.Pointer"
var w2 = unsafe.Pointer(&t) + 1           // ERROR "invalid operation: unsafe.Pointer\(&t\) \+ 1 \(mismatched types unsafe.Pointer and untyped int\)"
var w3 = int(unsafe.Pointer(&t))          // ERROR "cannot convert unsafe.Pointer\(&t\) \(value of type unsafe.Pointer\) to type int"
var w4 = unsafe.Pointer(n)                // ERROR "cannot convert n \(variable of type int\) to type unsafe.Pointer"
var w5 = unsafe.Pointer(f)                // ERROR "cannot convert f \(variable of type float64\) to type unsafe.Pointer"
var w6 = unsafe.Pointer(t)                // ERROR "cannot convert t \(variable of struct type T\) to type unsafe.Pointer"
var w7 = (*int)(&t)                       // ERROR "cannot convert &t \(value of type \*T\) to type \*int"
var w8 = unsafe.Pointer(&t) < unsafe.Pointer(&n) // ERROR "invalid operation: unsafe.Pointer\(&t\) < unsafe.Pointer\(&n\) \(operator < not defined on unsafe.Pointer\)"
var w9 *int = unsafe.Pointer(&n)          // ERROR "cannot use unsafe.Pointer\(&n\) \(value of type unsafe.Pointer\) as \*int value in variable declaration"

var ok1 = (*int)(unsafe.Pointer(&t))
var ok2 = uintptr(unsafe.Pointer(&t))
var ok3 = unsafe.Pointer(nil) == nil
