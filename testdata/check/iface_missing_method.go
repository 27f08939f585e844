// errorcheck

// Types that lack a method of the interface, or have it with another signature.

package p

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Circle struct{ r float64 }

func (c Circle) Area() int          { return 0 }
func (c Circle) Perimeter() float64 { return 0 }

type Blob struct{}

func (Blob) area() float64      { return 0 }
func (Blob) Perimeter() float64 { return 0 }

func f() {
	var s Shape
	s = Square{1} // ERROR "cannot use Square\{…\} \(value of struct type Square\) as Shape value in assignment: Square does not implement Shape \(missing method Perimeter\)"
	s = Circle{1} // ERROR "Circle does not implement Shape \(wrong type for method Area\)"
	s = Blob{}    // ERROR "Blob does not implement Shape \(missing method Area\)"
	s = 3         // ERROR "int does not implement Shape \(missing method Area\)"
	_ = s
}
