// run

// min, max, clear, copy, append, len, cap, new, complex builtins; print goes to stderr.

package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"), min(-0.0, 0.0))
	x, y := 7, 9
	fmt.Println(min(x, y), max(x, y, 100))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(m, len(m))
	p := new(int)
	*p = 5
	fmt.Println(*p)
	ps := new([]string)
	*ps = append(*ps, "x")
	fmt.Println(*ps, len(*ps))
	c := complex(3, 4)
	fmt.Println(real(c), imag(c), c)
	sl := make([]int, 2, 10)
	fmt.Println(len(sl), cap(sl), len(sl[:5]), cap(sl[2:]))
	print("print writes to stderr\n")
	println("println too", 1, true)
	fmt.Println("done")
}
