// errorcheck

// Array, slice and map literals: duplicates, bounds, wrong key or element types.

package p

var (
	_ = [3]int{1, 2, 3, 4}             // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = [2]int{5: 1}                   // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	_ = []int{0: 1, 0: 2}              // ERROR "duplicate index 0 in array or slice literal"
	_ = []int{1, 2, 1: 3}              // ERROR "duplicate index 1 in array or slice literal"
	_ = []int{-1: 5}                   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{1: 1}           // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = map[string]int{"a"}            // ERROR "missing key in map literal"
	_ = []string{"a", 2}               // ERROR "cannot use 2 \(untyped int constant\) as string value in array or slice literal"
	_ = [...]int{1, 2, 3}              // ok
	_ = [...]int{9: 0}                 // ok: length 10
	_ = int{1}                         // ERROR "invalid composite literal type int"
)
