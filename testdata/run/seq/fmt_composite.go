// run

// %v, %+v, %#v and %T of nested structs, maps, pointers, slices of structs,
// arrays, nil values and Stringers inside composites.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Circle struct {
	Center Point
	Radius int
	Tags   []string
}

type Wheel struct {
	Circle
	Spokes int
	Hub    *Point
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Where string
	Temp  Celsius
	Prev  *Celsius
}

type pair struct {
	a int
	b string
}

type Named map[string]int

type Grid [2][3]int

func main() {
	w := Wheel{Circle{Point{8, 8}, 5, []string{"a", "b"}}, 20, nil}
	fmt.Printf("%v\n", w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%#v\n", w.Circle)
	fmt.Printf("%T %T %T\n", w, &w, w.Hub)
	var nilw Wheel
	fmt.Printf("%v|%+v\n", nilw, nilw)
	fmt.Printf("%#v\n", nilw.Circle)

	t := Celsius(21.5)
	r := Reading{"kitchen", 19.25, &t}
	fmt.Println(r.Temp, r)
	fmt.Printf("%v %+v %s %d\n", r.Temp, r.Temp, r.Temp, 42)
	fmt.Printf("%#v\n", r.Temp)

	ps := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", ps, ps, ps)
	pps := []*Point{{5, 6}}
	fmt.Printf("%v %+v\n", *pps[0], pps[0])

	m := map[string]Point{"b": {2, 2}, "a": {1, 1}, "c": {3, 3}}
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	mi := map[int][]string{3: {"x"}, 1: nil, 2: {}}
	fmt.Printf("%v %#v\n", mi, mi)
	nm := Named{"z": 26, "a": 1}
	fmt.Printf("%v %#v %T\n", nm, nm, nm)
	mk := map[Point]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true}
	fmt.Println(mk)
	mb := map[bool]int{true: 1, false: 0}
	mf := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(mb, mf)

	g := Grid{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v %#v\n", g, g)
	arr := [3]pair{{1, "one"}, {2, "two"}}
	fmt.Printf("%v %+v %#v\n", arr, arr, arr[0])

	var np *Point
	var ns []int
	var nmap map[string]int
	var nerr error
	var nany any
	fmt.Printf("%v %+v %v %v %v %v\n", np, np, ns, nmap, nerr, nany)
	fmt.Printf("%#v %#v %#v %#v %#v\n", np, ns, nmap, nerr, nany)
	fmt.Printf("%d %s %x\n", ns, []string{"a", "b"}, []string{"hi", "yo"})
	fmt.Printf("%v %d\n", []any{1, "a", nil, 2.5, true}, []any{1, 2})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, true, Point{}})
	e := errors.New("boom")
	fmt.Printf("%v %s %q\n", e, e, e)
	fmt.Printf("%v\n", struct {
		E error
		S fmt.Stringer
	}{e, t})
	fmt.Printf("%#v %#v %#v %#v\n", 3.0, float32(2.5), "q\"s", 'x')
	fmt.Printf("%#v %#v %#v\n", uint8(7), int64(-3), []byte("hi"))
	fmt.Printf("%v %v\n", &ps, &m)
	fmt.Printf("%v %+v\n", &arr, &g)
	type inner struct{ P *int }
	fmt.Printf("%+v\n", inner{nil})
	fmt.Printf("%v %x %X % x\n", []byte("Go!"), []byte("Go!"), "Go!", []byte{1, 171, 255})
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), [3]byte{65, 66, 67}, []byte("q"))
}
