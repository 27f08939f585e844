// run

// Printf's error notations: wrong types, missing and extra operands, bad widths,
// bad indexes, a verb-less percent, and panicking String methods.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) String() string {
	if t.n < 0 {
		panic("negative")
	}
	return fmt.Sprintf("T%d", t.n)
}

type P struct{}

func (p *P) String() string { return "P" }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("no verbs\n", true)
	fmt.Printf("%!\n")
	fmt.Printf("%z %z\n", 1, "s")
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Printf("%c %U\n", "c", 1.5)
	fmt.Printf("%e %f %g\n", "e", 1, true)
	fmt.Printf("%x %o\n", 1.5, "s")
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%*d|%.*d\n", "w", 5, "p", 6)
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%[2]d %d\n", 1, 2, 3)
	fmt.Printf("%-\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%v %d\n", T{3}, T{4})
	fmt.Printf("%v|%s\n", T{-1}, T{-2})
	var pp *P
	fmt.Printf("%v %s\n", pp, &P{})
	fmt.Printf("%d\n", []any{1, "a"})
	fmt.Printf("%s\n", errors.New("err text"))
	fmt.Printf("%d\n", errors.New("as int"))
	fmt.Printf("%10.3q|%x\n", "quoted", true)
	fmt.Printf("%.1000000000000d\n", 1)
	fmt.Printf("%1000000000000d\n", 1)
	s := fmt.Sprintf("%d %s", 1)
	fmt.Println(s, len(s))
	err := fmt.Errorf("plain %d", 42)
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Println(fmt.Errorf("bad %w", "not an error"))
	fmt.Println(fmt.Sprintf("%v %v", struct{}{}, [0]int{}))
}
