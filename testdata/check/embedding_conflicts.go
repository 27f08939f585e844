// errorcheck

// Ambiguous selectors from embedded fields at the same depth.

package p

type A struct{ Name string }

func (A) Hello() string { return "A" }

type B struct{ Name string }

func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

type D struct {
	A
	B
	Name string // shallower: wins
}

type E struct {
	A
	A // ERROR "A redeclared"
}

func f(c C, d D) {
	_ = c.Name    // ERROR "ambiguous selector c.Name"
	_ = c.Hello() // ERROR "ambiguous selector c.Hello"
	_ = c.A.Name  // ok
	_ = d.Name    // ok
	_ = d.Hello() // ERROR "ambiguous selector d.Hello"
}

type F struct {
	X int
}

func (F) X() {} // ERROR "field and method with the same name X"
