// errorcheck

// Type assertions on non-interfaces, and impossible ones.

package p

import "fmt"

type T struct{}

func (*T) String() string { return "T" }

type U struct{}

func f(n int, s fmt.Stringer, e any) {
	_ = n.(int)      // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_ = s.(T)        // ERROR "impossible type assertion: s.\(T\)"
	_ = s.(*T)       // ok
	_ = s.(U)        // ERROR "impossible type assertion: s.\(U\)"
	_ = e.(U)        // ok: any holds anything
	_, ok := s.(int) // ERROR "impossible type assertion: s.\(int\)"
	_ = ok
	switch s.(type) {
	case T: // ERROR "impossible type switch case: T"
	case *T:
	}
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
}
