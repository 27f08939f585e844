// run

// Struct values, embedding, promoted fields and methods, comparison and copying.

package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Dist() int    { return abs(p.X) + abs(p.Y) }
func (p *Point) Move(dx int) { p.X += dx }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

type Named struct {
	Name string
	*Point
}

func main() {
	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%v\n%+v\n", w, w)
	w.Move(2)
	fmt.Println(w.X, w.Circle.Point.X, w.Dist())

	w2 := Wheel{Circle{Point{1, 2}, 3}, 4}
	w3 := w2
	w3.Radius = 100
	fmt.Println(w2.Radius, w3.Radius, w2 == w3, w2 == Wheel{Circle{Point{1, 2}, 3}, 4})

	n := Named{"n", &Point{3, -4}}
	n.Move(1)
	fmt.Println(n.Name, n.X, n.Y, n.Dist(), *n.Point)

	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v %+v\n", anon, anon)

	pp := &Point{1, 1}
	pp.X = 10
	(*pp).Y = 20
	fmt.Println(*pp, pp.Dist())

	arr := [2]Point{{1, 2}, {3, 4}}
	arr2 := arr
	arr2[0].X = 99
	fmt.Println(arr, arr2, arr == arr2)

	type Empty struct{}
	fmt.Println(Empty{} == Empty{}, Empty{})
	var zero Circle
	fmt.Printf("%+v\n", zero)
}
