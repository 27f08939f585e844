// run

// Methods with value and pointer receivers, interfaces, method values and expressions.

package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter int

func (c *Counter) Inc() { *c++ }

type Stack struct{ items []string }

func (s *Stack) Push(x string) { s.items = append(s.items, x) }
func (s *Stack) Pop() string {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.3f\n", total)

	fmt.Println(Celsius(21.5), &Circle{2})
	var st fmt.Stringer = Celsius(-3)
	fmt.Println(st.String())

	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc // method value binds &c
	inc()
	fmt.Println(c)

	area := Rect.Area // method expression
	fmt.Println(area(Rect{2, 5}))
	pinc := (*Counter).Inc
	pinc(&c)
	fmt.Println(c)

	var s Stack
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	fmt.Println(s.Pop(), s.Pop(), len(s.items))

	var sh Shape
	fmt.Println(sh == nil)
	var cp *Circle
	sh = cp
	fmt.Println(sh == nil, sh != nil)

	var any1 interface{} = Rect{1, 1}
	var any2 interface{} = Rect{1, 1}
	fmt.Println(any1 == any2, any1 != Rect{2, 1})

	if r, ok := shapes[0].(Rect); ok {
		fmt.Println("a rect of width", r.W)
	}
	_, isCircle := shapes[0].(*Circle)
	fmt.Println(isCircle)
	if str, ok := shapes[1].(fmt.Stringer); ok {
		fmt.Println("stringer:", str)
	}
}
