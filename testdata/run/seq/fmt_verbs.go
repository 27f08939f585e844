// run

// fmt's verbs, flags, widths and precisions, and its error forms.

package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
	Name string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type E struct{}

func (E) Error() string { return "an E" }

func main() {
	p := Point{1, -2, "pt"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", []int{1, 2}, []string{"a"}, []string{"a", "b"}, map[string]int{})
	fmt.Printf("%#v %#v %#v %#v\n", map[string]int{"b": 2, "a": 1}, 42, "s", [2]bool{true})
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o\n", 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', '世')
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|%X|% x\n", "go", "go", "go", "gopher", "a\"b", "go", "go", "go")
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%E|%g|%G|%.3g\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 1234.5678, 0.000012345, 1e21, 3.14159)
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%v|%s|%d\n", Temp(21.55), Temp(3), Temp(3))
	fmt.Printf("%v|%s\n", E{}, errors.New("plain"))
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!|%z\n", 3)
	fmt.Printf("100%%\n")
	var np *Point
	var ni any
	fmt.Printf("%v %v %d\n", np, ni, []any{1, "a", nil})
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Printf("%6.2f%%|%x|%X\n", 99.5, -255, []int{10, 11})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%08.3f|%+.2e|%x\n", -3.14159, 12345.678, 3.5)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("x", 1, true) + "|")
	fmt.Print(1, 2, "\n")
	fmt.Fprintln(os.Stdout, "to stdout", 7)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	err := fmt.Errorf("wrap %d: %w", 1, E{})
	fmt.Println(err, errors.Unwrap(err) == E{})
	fmt.Printf("[%5.1q] [%-4c] [%3v]\n", "abc", 'x', []int{1})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%t\n", 1)
}
