// errorcheck

// Conversions that Go does not allow.

package p

type Celsius float64
type Point struct{ X, Y int }
type Pair struct{ X, Y int }
type Other struct{ A, B int }

func f(i int, s string, b []byte, r []rune, f64 float64, p Point, ptr *int, ok bool) {
	_ = string(b) + string(r) + string(rune(i)) // ok
	_ = []byte(s)
	_ = []rune(s)
	_ = int(s)          // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f64)     // ERROR "cannot convert f64 \(variable of type float64\) to type string"
	_ = float64(s)      // ERROR "cannot convert s \(variable of type string\) to type float64"
	_ = bool(i)         // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = int(ok)         // ERROR "cannot convert ok \(variable of type bool\) to type int"
	_ = Celsius(f64)    // ok
	_ = Pair(p)         // ok: identical underlying types
	_ = []int(s)        // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = (*float64)(ptr) // ERROR "cannot convert ptr \(variable of type \*int\) to type \*float64"
	_ = uintptr(ptr)    // ERROR "cannot convert ptr \(variable of type \*int\) to type uintptr"
	_ = string(1.5)     // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = int("5")        // ERROR "cannot convert .5. \(untyped string constant\) to type int"
	_ = Point(Pair{})   // ok
	_ = Other(p)        // ERROR "cannot convert p \(variable of struct type Point\) to type Other"
	_ = Point(3)        // ERROR "cannot convert 3 \(untyped int constant\) to type Point"
}
