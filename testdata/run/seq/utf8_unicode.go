// run

// unicode and unicode/utf8: classes, case mapping, decoding valid and invalid
// UTF-8, encoding, rune counts, and strings ranged by rune versus by byte.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', 'é', 'Ω', '世', '٣', '\u00a0', '_', '😀', 0x10FFFF} {
		fmt.Printf("%U %t %t %t %t %t %t %t %t %c %c %c\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('Ω', unicode.Greek, unicode.Cyrillic), unicode.IsControl('\t'), unicode.IsGraphic('\u00a0'), unicode.IsSymbol('+'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('k'), unicode.MaxRune, unicode.ReplacementChar)

	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c/%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)

	bad := "a\xffb\xc3(\xe2\x82"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), []rune(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	r, size = utf8.DecodeRuneInString("\xc3")
	fmt.Println(r == utf8.RuneError, size, utf8.FullRuneInString("\xe2\x82"), utf8.FullRuneInString("\xe2\x82\xac"))
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)

	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '€', '😀', -1, 0xD800, 0x110000} {
		n := utf8.RuneLen(r)
		buf = utf8.AppendRune(buf, r)
		fmt.Print(n, " ")
	}
	fmt.Printf("\n% x\n", buf)
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '世')
	fmt.Println(p[:n], n, utf8.Valid(p[:n]), utf8.RuneStart(p[1]), utf8.ValidRune(0xD800), utf8.UTFMax, utf8.RuneSelf)
	b := []byte("naïve")
	fmt.Println(len(b), utf8.RuneCount(b))
	r, size = utf8.DecodeRune(b[2:])
	fmt.Println(string(r), size)
	rs := []rune("naïve")
	rs[2] = 'i'
	fmt.Println(string(rs), len(string(rs)), string(rune(65)), string(rune(-1)), string([]byte{0xe4, 0xb8, 0x96}))
	var upper []rune
	for _, r := range "Hello, Wörld" {
		if unicode.IsUpper(r) {
			upper = append(upper, r)
		}
	}
	fmt.Println(string(upper), len(upper))
}
