// errorcheck

// Conversions between named, struct, pointer and string types.

package p

type Celsius float64
type Point struct{ X, Y int }
type Pair struct{ X, Y int }
type Other struct{ A, B int }

func f(i int, s string, f64 float64, p Point, ptr *int) {
	_ = Celsius(f64)    // ok
	_ = Pair(p)         // ok: identical underlying types
	_ = (*float64)(ptr) // ERROR "cannot convert ptr \(variable of type \*int\) to type \*float64"
	_ = uintptr(ptr)    // ERROR "cannot convert ptr \(variable of type \*int\) to type uintptr"
	_ = string(1.5)     // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = Point(Pair{})   // ok
	_ = Other(p)        // ERROR "cannot convert p \(variable of struct type Point\) to type Other"
	_ = Point(3)        // ERROR "cannot convert 3 \(untyped int constant\) to type Point"
}
