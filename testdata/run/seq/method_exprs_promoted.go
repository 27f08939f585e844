// run

// Method expressions T.M and (*T).M where M is promoted through embedded fields
// (values, pointers, interfaces, several levels), used as function values.

package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) Pair() (int, int)  { return p.X, p.Y }

type Named struct {
	Point
	Name string
}

type Deep struct {
	tag string
	Named
}

type ViaPtr struct {
	*Point
	extra [3]int
}

type Greeter interface{ Greet(string) string }

type hello struct{ prefix string }

func (h hello) Greet(s string) string { return h.prefix + ", " + s }

type Box struct {
	Greeter
	n int
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Wrapped struct {
	Counter
}

func main() {
	n := Named{Point{1, 2}, "a"}
	add := Named.Add
	fmt.Println(add(n, Point{10, 20}))
	pair := Named.Pair
	x, y := pair(n)
	fmt.Println(x, y)
	fmt.Printf("%T\n", add)

	scale := (*Named).Scale
	scale(&n, 3)
	fmt.Println(n.Point, (*Named).Add(&n, Point{1, 1}))

	d := Deep{"t", Named{Point{5, 6}, "deep"}}
	fmt.Println(Deep.Add(d, Point{1, 1}), Deep.Pair != nil)
	(*Deep).Scale(&d, 2)
	fmt.Println(d.X, d.Y, d.tag, d.Name)

	vp := ViaPtr{&Point{7, 8}, [3]int{1, 2, 3}}
	ViaPtr.Scale(vp, 10)
	fmt.Println(*vp.Point, ViaPtr.Add(vp, Point{}), vp.extra)

	b := Box{hello{"hi"}, 4}
	greet := Box.Greet
	fmt.Println(greet(b, "gopher"), (*Box).Greet(&b, "there"))

	var w Wrapped
	inc := (*Wrapped).Inc
	inc(&w)
	inc(&w)
	fmt.Println(w.n)

	fs := []func(Named, Point) Point{Named.Add, func(n Named, p Point) Point { return p }}
	for _, f := range fs {
		fmt.Println(f(n, Point{100, 100}))
	}
	fmt.Println(strings.ToUpper(Box.Greet(Box{hello{"yo"}, 0}, "x")))
}
