// run

// The iterator functions of strings and bytes (Go 1.24): Lines, SplitSeq,
// SplitAfterSeq, FieldsSeq, FieldsFuncSeq, with early exits from the loops.

package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func main() {
	text := "first line\nsecond\n\nlast without newline"
	for l := range strings.Lines(text) {
		fmt.Printf("%q\n", l)
	}
	n := 0
	for range strings.Lines("") {
		n++
	}
	fmt.Println("empty:", n)
	fmt.Println(slices.Collect(strings.SplitSeq("a,b,,c", ",")))
	fmt.Printf("%q\n", slices.Collect(strings.SplitSeq("héllo", "")))
	fmt.Printf("%q\n", slices.Collect(strings.SplitAfterSeq("a.b.c", ".")))
	for f := range strings.FieldsSeq("  the  quick\tbrown\n fox ") {
		if f == "brown" {
			break
		}
		fmt.Println("field", f)
	}
	fmt.Println(slices.Collect(strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit)))

	data := []byte("x=1\ny=2\nz=3")
	for l := range bytes.Lines(data) {
		k, v, _ := bytes.Cut(bytes.TrimSpace(l), []byte("="))
		fmt.Printf("%s -> %s (len %d cap %d)\n", k, v, len(l), cap(l))
	}
	for p := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("%s;", p)
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("ab|cd|"), []byte("|")) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	fmt.Println(len(slices.Collect(bytes.FieldsSeq([]byte(" a b  c ")))))
	for p := range bytes.FieldsFuncSeq([]byte("x-y--z"), func(r rune) bool { return r == '-' }) {
		fmt.Printf("%s ", p)
	}
	fmt.Println()
}
