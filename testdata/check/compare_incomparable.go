// errorcheck

// Slices, maps and funcs compare only with nil; structs and arrays holding them not at all.

package p

type S struct{ xs []int }
type A [2][]int

func f(a, b []int, m1, m2 map[int]int, f1, f2 func(), s1, s2 S, x1, x2 A) {
	_ = a == b                             // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m1 != m2                           // ERROR "invalid operation: m1 != m2 \(map can only be compared to nil\)"
	_ = f1 == f2                           // ERROR "invalid operation: f1 == f2 \(func can only be compared to nil\)"
	_ = s1 == s2                           // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = x1 == x2                           // ERROR "invalid operation: x1 == x2 \(A cannot be compared\)"
	_ = a == nil && m1 != nil && f1 == nil // ok
	_ = a < b                              // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	var i1, i2 any
	_ = i1 == i2  // ok at compile time
	_ = s1 == nil // ERROR "invalid operation: s1 == nil \(mismatched types S and untyped nil\)"
}
