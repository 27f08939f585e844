// run

// Strings index by byte and range by rune; invalid UTF-8 decodes as U+FFFD.

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(s[0], s[1], s[2], string(s[0]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(s[1:3], s[7:], s[:5])
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]), rs[1])
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), bs)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	t := "go"
	t += "pher"
	fmt.Println(t, t < "goz", "a" < "b", "abc" > "ab", t == "gopher")
	r := 'x'
	fmt.Println(r, string(r), r+1, 'a' < 'b')
	fmt.Printf("%q %q %+q %x % x %X\n", s, 'é', s, "hi", "hi", []byte("hi"))
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))
	fmt.Println("\t|\x41\u00e9\U0001F600\101|")
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, utf8.RuneLen('世'))
	r2, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r2), size)
}
