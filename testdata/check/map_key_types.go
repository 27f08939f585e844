// errorcheck

// Map keys must be comparable.

package p

type WithSlice struct{ s []int }
type Key struct{ a, b int }

var (
	_ map[[]int]string        // ERROR "invalid map key type \[\]int"
	_ map[map[string]int]bool // ERROR "invalid map key type map\[string\]int"
	_ map[func()]int          // ERROR "invalid map key type func\(\)"
	_ map[WithSlice]int       // ERROR "invalid map key type WithSlice"
	_ map[Key]int             // ok
	_ map[[2]int]int          // ok
	_ map[any]int             // ok
	_ map[*int]int            // ok
	_ map[chan int]int        // ok
	_ = map[[]byte]int{}      // ERROR "invalid map key type \[\]byte"
)
