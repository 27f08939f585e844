// run

// The book's geometry (ch. 6): Point and Path with methods, method values and
// expressions, pointer receivers, and embedding with ColoredPoint.
package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type RGBA struct{ R, G, B, A uint8 }

type ColoredPoint struct {
	Point
	Color RGBA
}

type ColoredPtr struct {
	*Point
	Name string
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	fmt.Println(p.Distance(q))
	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())

	r := &Point{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r)
	p.ScaleBy(3)
	fmt.Println(p)
	(&q).ScaleBy(0.5)
	fmt.Println(q)

	distanceFromP := p.Distance
	p = Point{100, 100} // the method value bound the old p
	fmt.Println(distanceFromP(Point{3, 6}))
	scale := r.ScaleBy
	scale(10)
	fmt.Println(*r)
	dist := Point.Distance
	fmt.Println(dist(Point{0, 0}, Point{3, 4}))
	scaleExpr := (*Point).ScaleBy
	scaleExpr(r, 0.1)
	fmt.Printf("%.1f %T %T\n", *r, dist, scaleExpr)

	perim.TranslateBy(Point{1, 1}, true)
	fmt.Println(perim)
	perim.TranslateBy(Point{2, 0}, false)
	fmt.Println(perim)

	red := RGBA{255, 0, 0, 255}
	blue := RGBA{0, 0, 255, 255}
	var cp = ColoredPoint{Point{1, 1}, red}
	var cq = ColoredPoint{Point{5, 4}, blue}
	fmt.Println(cp.Distance(cq.Point))
	cp.ScaleBy(2)
	cq.ScaleBy(2)
	fmt.Println(cp.Distance(cq.Point), cp.X, cq.Point.Y)
	fmt.Printf("%+v\n", cp)

	shared := &Point{1, 1}
	a := ColoredPtr{shared, "a"}
	b := ColoredPtr{shared, "b"}
	a.ScaleBy(3)
	fmt.Println(*a.Point, *b.Point, a.Distance(Point{}))
	b.Point = &Point{0, 0}
	fmt.Println(*a.Point, *b.Point)

	var nilPath Path
	fmt.Println(nilPath.Distance(), len(nilPath))
	fns := []func(float64){r.ScaleBy, shared.ScaleBy}
	for _, f := range fns {
		f(2)
	}
	fmt.Printf("%.1f %v\n", *r, *shared)
}
