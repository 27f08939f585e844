// errorcheck

// Array lengths must be non-negative integer constants.

package p

var n = 4

const m = 4

var (
	_ [n]int     // ERROR "invalid array length n"
	_ [-1]int    // ERROR "invalid array length -1 \(untyped int constant\)"
	_ [1.5]int   // ERROR "array length 1.5 \(untyped float constant\) must be integer"
	_ ["3"]int   // ERROR "array length .3. \(untyped string constant\) must be integer"
	_ [m]int     // ok
	_ [m * 2]int // ok
	_ [2.0]int   // ok: representable as int
)

func f() {
	var a [3]int
	_ = a[5]    // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1]   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := a[1:4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = s
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[2:1]   // ERROR "invalid slice indices: 1 < 2"
}
