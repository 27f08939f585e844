// errorcheck

// A value type whose methods have pointer receivers does not implement the interface.

package p

import "fmt"

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }
func (c *Counter) Inc()           { c.n++ }

type Incer interface{ Inc() }

func f() {
	var c Counter
	var s fmt.Stringer = c // ERROR "cannot use c \(variable of struct type Counter\) as fmt.Stringer value in variable declaration: Counter does not implement fmt.Stringer \(method String has pointer receiver\)"
	var i Incer = c        // ERROR "cannot use c \(variable of struct type Counter\) as Incer value in variable declaration: Counter does not implement Incer \(method Inc has pointer receiver\)"
	var ok1 fmt.Stringer = &c
	var ok2 Incer = &c
	_, _, _, _ = s, i, ok1, ok2
	use(c) // ERROR "cannot use c \(variable of struct type Counter\) as Incer value in argument to use: Counter does not implement Incer \(method Inc has pointer receiver\)"
}

func use(i Incer) {}
