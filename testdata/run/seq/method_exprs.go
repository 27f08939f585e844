// run

// Method expressions as func values: T.M and (*T).M of value methods, (*T).M of
// pointer methods, promoted methods through embedded fields, and interface methods I.M.

package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int        { return p.X + p.Y }
func (p Point) Add(d int) Point { return Point{p.X + d, p.Y + d} }
func (p *Point) Scale(k int)    { p.X *= k; p.Y *= k }

type Named struct {
	Point
	Name string
}

type Shape interface {
	Area(scale int) int
}

type Rect struct{ W, H int }

func (r Rect) Area(scale int) int { return r.W * r.H * scale }

func main() {
	sum := Point.Sum
	add := Point.Add
	psum := (*Point).Sum
	scale := (*Point).Scale
	p := Point{1, 2}
	fmt.Println(sum(p), add(p, 10), psum(&p))
	scale(&p, 3)
	fmt.Println(p, psum(&p))

	n := &Named{Point{4, 5}, "n"}
	nsum := (*Named).Sum
	nscale := (*Named).Scale
	nscale(n, 2)
	fmt.Println(nsum(n), n.Point)

	area := Shape.Area
	var s Shape = Rect{2, 3}
	fmt.Println(area(s, 10), area(Rect{1, 1}, 5))
	fs := []func(Point) int{Point.Sum, func(q Point) int { return q.X }}
	for _, f := range fs {
		fmt.Print(f(Point{7, 8}), " ")
	}
	fmt.Println()
}
