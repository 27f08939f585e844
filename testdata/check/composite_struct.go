// errorcheck

// Struct literals: unknown fields, mixtures, too few or too many values, duplicates.

package p

type Point struct{ X, Y int }

type Named struct {
	Name string
	age  int
}

var (
	_ = Point{Z: 1}                   // ERROR "unknown field Z in struct literal of type Point"
	_ = Point{X: 1, 2}                // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{1}                      // ERROR "too few values in struct literal of type Point"
	_ = Point{1, 2, 3}                // ERROR "too many values in struct literal of type Point"
	_ = Point{X: 1, X: 2}             // ERROR "duplicate field name X in struct literal"
	_ = Point{"a", 2}                 // ERROR "cannot use .a. \(untyped string constant\) as int value in struct literal"
	_ = Point{Y: "b"}                 // ERROR "cannot use .b. \(untyped string constant\) as int value in struct literal"
	_ = Named{Name: "x"}              // ok: missing fields are zero
	_ = Point{}                       // ok
	_ = &Point{1, 2}                  // ok
	_ = []Point{{1, 2}, {X: 3}}       // ok: elided types
	_ = []Point{{1}}                  // ERROR "too few values in struct literal of type Point"
	_ = map[string]Point{"a": {Q: 1}} // ERROR "unknown field Q in struct literal of type Point"
)
