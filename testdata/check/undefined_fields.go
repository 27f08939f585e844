// errorcheck

// Selectors that name no field or method.

package p

type Point struct{ X, Y int }

func (p Point) Len() int { return p.X + p.Y }

func f(p Point, pp *Point) {
	_ = p.Z   // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	_ = pp.W  // ERROR "pp.W undefined \(type \*Point has no field or method W\)"
	p.Scale() // ERROR "p.Scale undefined \(type Point has no field or method Scale\)"
	_ = p.x   // ERROR "p.x undefined \(type Point has no field or method x, but does have field X\)"
	_ = p.len // ERROR "p.len undefined \(type Point has no field or method len, but does have method Len\)"
}

func g(n int, s []int) {
	_ = n.Foo    // ERROR "n.Foo undefined \(type int has no field or method Foo\)"
	_ = s.Length // ERROR "s.Length undefined \(type \[\]int has no field or method Length\)"
}
