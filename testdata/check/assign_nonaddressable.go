// errorcheck

// Assignments to things that cannot be assigned to.

package p

type T struct{ f int }

func get() T { return T{} }

func f(m map[string]T, s string, a [3]int) {
	m["k"].f = 1 // ERROR "cannot assign to struct field m\[.k.\].f in map"
	s[0] = 'x'   // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	get().f = 2  // ERROR "cannot assign to get\(\).f \(neither addressable nor a map index expression\)"
	"a" = s      // ERROR "cannot assign to .a. \(neither addressable nor a map index expression\)"
	const c = 1
	c = 2        // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	len(s) = 3   // ERROR "cannot assign to len\(s\) \(neither addressable nor a map index expression\)"
	a[1] = 5     // ok
	m["k"] = T{} // ok
	m["k"].f++   // ERROR "cannot assign to struct field m\[.k.\].f in map"
}
