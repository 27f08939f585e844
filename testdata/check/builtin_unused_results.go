// errorcheck

// Expression statements whose value is not used.

package p

func f(s []int, x int) {
	len(s)     // ERROR "len\(s\) \(value of type int\) is not used"
	x + 1      // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 1     // ERROR "x == 1 \(untyped bool value\) is not used"
	new(int)   // ERROR "new\(int\) \(value of type \*int\) is not used"
	"text"     // ERROR ".text. \(untyped string constant\) is not used"
	x          // ERROR "x \(variable of type int\) is not used"
	func() {}  // ERROR "func\(\) \{\} \(value of type func\(\)\) is not used"
	copy(s, s) // ok: copy may be used as a statement
	println(x) // ok
}
