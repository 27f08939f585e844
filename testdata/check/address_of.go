// errorcheck

// Taking the address of something that is not addressable.

package p

func g() int { return 1 }

type T struct{ x int }

func f(m map[string]int, s string) {
	_ = &g()    // ERROR "invalid operation: cannot take address of g\(\) \(value of type int\)"
	_ = &3      // ERROR "invalid operation: cannot take address of 3 \(untyped int constant\)"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_ = &s[0]   // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	_ = &T{1}   // ok: composite literal
	_ = &T{1}.x // ERROR "invalid operation: cannot take address of T\{…\}.x \(value of type int\)"
	const c = 5
	_ = &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 5\)"
}
