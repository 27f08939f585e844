package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	u2 "std2/unicode"
	utf2 "std2/unicode/utf8"
)

func main() {
	bad := 0
	for r := rune(-2); r <= 0x17F; r++ {
		if r > 0xFF && r != 0x17F {
			continue
		}
		check := func(name string, a, b bool) {
			if a != b {
				bad++
				fmt.Printf("%s(%#x): %v want %v\n", name, r, a, b)
			}
		}
		if r <= 0xFF {
			check("IsDigit", u2.IsDigit(r), unicode.IsDigit(r))
			check("IsNumber", u2.IsNumber(r), unicode.IsNumber(r))
			check("IsLetter", u2.IsLetter(r), unicode.IsLetter(r))
			check("IsUpper", u2.IsUpper(r), unicode.IsUpper(r))
			check("IsLower", u2.IsLower(r), unicode.IsLower(r))
			check("IsTitle", u2.IsTitle(r), unicode.IsTitle(r))
			check("IsSpace", u2.IsSpace(r), unicode.IsSpace(r))
			check("IsControl", u2.IsControl(r), unicode.IsControl(r))
			check("IsPunct", u2.IsPunct(r), unicode.IsPunct(r))
			check("IsSymbol", u2.IsSymbol(r), unicode.IsSymbol(r))
			check("IsMark", u2.IsMark(r), unicode.IsMark(r))
			check("IsGraphic", u2.IsGraphic(r), unicode.IsGraphic(r))
			check("IsPrint", u2.IsPrint(r), unicode.IsPrint(r))
		}
		if r <= 0x7F {
			check("ToUpper", u2.ToUpper(r) == unicode.ToUpper(r), true)
			check("ToLower", u2.ToLower(r) == unicode.ToLower(r), true)
			check("SimpleFold", u2.SimpleFold(r) == unicode.SimpleFold(r), true)
		}
	}
	// utf8 on every 1..3 byte sequence from an interesting byte set, and all runes.
	set := []byte{0, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF}
	var seqs [][]byte
	for _, a := range set {
		seqs = append(seqs, []byte{a})
		for _, b := range set {
			seqs = append(seqs, []byte{a, b})
			for _, c := range set {
				seqs = append(seqs, []byte{a, b, c})
				for _, d := range []byte{0x80, 0xBF, 0x41} {
					seqs = append(seqs, []byte{a, b, c, d})
				}
			}
		}
	}
	for _, s := range seqs {
		r1, n1 := utf2.DecodeRune(s)
		r2, n2 := utf8.DecodeRune(s)
		r3, n3 := utf2.DecodeRuneInString(string(s))
		r4, n4 := utf2.DecodeLastRune(s)
		r5, n5 := utf8.DecodeLastRune(s)
		r6, n6 := utf2.DecodeLastRuneInString(string(s))
		if r1 != r2 || n1 != n2 || r3 != r2 || n3 != n2 || r4 != r5 || n4 != n5 || r6 != r5 || n6 != n5 ||
			utf2.FullRune(s) != utf8.FullRune(s) || utf2.FullRuneInString(string(s)) != utf8.FullRune(s) ||
			utf2.Valid(s) != utf8.Valid(s) || utf2.ValidString(string(s)) != utf8.Valid(s) ||
			utf2.RuneCount(s) != utf8.RuneCount(s) || utf2.RuneCountInString(string(s)) != utf8.RuneCount(s) {
			bad++
			fmt.Printf("utf8 mismatch on % x\n", s)
		}
	}
	for r := rune(-1); r < 0x110005; r += 1 {
		var a, b [4]byte
		if utf2.RuneLen(r) != utf8.RuneLen(r) || utf2.ValidRune(r) != utf8.ValidRune(r) ||
			utf2.EncodeRune(a[:], r) != utf8.EncodeRune(b[:], r) || a != b {
			bad++
			fmt.Printf("encode mismatch %#x\n", r)
			break
		}
	}
	for r := rune(0); r < 0x30000; r += 7 {
		for i, t := range []*u2.RangeTable{u2.Han, u2.Latin, u2.Greek, u2.Cyrillic, u2.Arabic, u2.Hebrew, u2.Hiragana, u2.Katakana, u2.Hangul, u2.Devanagari, u2.Thai, u2.Letter, u2.Upper, u2.Lower, u2.Digit, u2.Number, u2.Punct, u2.Symbol, u2.Mark, u2.Space, u2.Cc, u2.White_Space, u2.Title} {
			want := []*unicode.RangeTable{unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic, unicode.Hebrew, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Devanagari, unicode.Thai, unicode.Letter, unicode.Upper, unicode.Lower, unicode.Digit, unicode.Number, unicode.Punct, unicode.Symbol, unicode.Mark, unicode.Space, unicode.Cc, unicode.White_Space, unicode.Title}[i]
			if u2.Is(t, r) != unicode.Is(want, r) {
				bad++
				if bad < 10 {
					fmt.Printf("Is(table %d, %#x) differs\n", i, r)
				}
			}
		}
	}
	if !u2.In('x', u2.Han, u2.Latin) || u2.In('x', u2.Han) {
		bad++
	}
	fmt.Println("unicode/utf8 mismatches:", bad)
}
