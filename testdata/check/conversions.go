// errorcheck

// Conversions between basic types that Go does not allow.

package p

func f(i int, s string, b []byte, r []rune, f64 float64, ok bool) {
	_ = string(b) + string(r) + string(rune(i)) // ok
	_ = []byte(s)
	_ = []rune(s)
	_ = int(s)      // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f64) // ERROR "cannot convert f64 \(variable of type float64\) to type string"
	_ = float64(s)  // ERROR "cannot convert s \(variable of type string\) to type float64"
	_ = bool(i)     // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = int(ok)     // ERROR "cannot convert ok \(variable of type bool\) to type int"
	_ = []int(s)    // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = int("5")    // ERROR "cannot convert .5. \(untyped string constant\) to type int"
}
