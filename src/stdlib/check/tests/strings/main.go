package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	s2 "std2/strings"
)

var bad int

func eq(name string, a, b any) {
	if fmt.Sprintf("%#v", a) != fmt.Sprintf("%#v", b) {
		bad++
		fmt.Printf("%s: got %#v want %#v\n", name, a, b)
	}
}

func main() {
	inputs := []string{"", "a", "abc", "a,b,,c,", ",", "  hello   world  ", "héllo wörld", "\xff\xfeabc\xff", "aaaa", "ABC def GHI", "go gopher go", "\t\n x \u00a0y\u2003", "KELVIN\u212a", "ſs", "a-b_c d.e"}
	seps := []string{"", ",", "a", "aa", "o", " ", "go", "\xff", "é"}
	for _, s := range inputs {
		eq("Fields "+s, s2.Fields(s), strings.Fields(s))
		eq("ToUpper "+s, s2.ToUpper(s), strings.ToUpper(s))
		eq("ToLower "+s, s2.ToLower(s), strings.ToLower(s))
		eq("TrimSpace "+s, s2.TrimSpace(s), strings.TrimSpace(s))
		eq("Title "+s, s2.Title(s), strings.Title(s))
		eq("ToValidUTF8 "+s, s2.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, "?"))
		eq("Map "+s, s2.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r
		}, s), strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r
		}, s))
		eq("Map id "+s, s2.Map(func(r rune) rune { return r }, s), strings.Map(func(r rune) rune { return r }, s))
		eq("Repeat "+s, s2.Repeat(s, 3), strings.Repeat(s, 3))
		for _, t := range inputs {
			eq("EqualFold", s2.EqualFold(s, t), strings.EqualFold(s, t))
			eq("Compare", s2.Compare(s, t), strings.Compare(s, t))
		}
		for _, sep := range seps {
			n := fmt.Sprintf("%q %q", s, sep)
			eq("Split "+n, s2.Split(s, sep), strings.Split(s, sep))
			eq("SplitAfter "+n, s2.SplitAfter(s, sep), strings.SplitAfter(s, sep))
			for k := -1; k < 4; k++ {
				eq("SplitN "+n, s2.SplitN(s, sep, k), strings.SplitN(s, sep, k))
				eq("SplitAfterN "+n, s2.SplitAfterN(s, sep, k), strings.SplitAfterN(s, sep, k))
				eq("Replace "+n, s2.Replace(s, sep, "<>", k), strings.Replace(s, sep, "<>", k))
			}
			eq("Count "+n, s2.Count(s, sep), strings.Count(s, sep))
			eq("LastIndex "+n, s2.LastIndex(s, sep), strings.LastIndex(s, sep))
			eq("IndexAny "+n, s2.IndexAny(s, sep), strings.IndexAny(s, sep))
			eq("LastIndexAny "+n, s2.LastIndexAny(s, sep), strings.LastIndexAny(s, sep))
			eq("Trim "+n, s2.Trim(s, sep), strings.Trim(s, sep))
			eq("TrimLeft "+n, s2.TrimLeft(s, sep), strings.TrimLeft(s, sep))
			eq("TrimRight "+n, s2.TrimRight(s, sep), strings.TrimRight(s, sep))
			eq("TrimPrefix "+n, s2.TrimPrefix(s, sep), strings.TrimPrefix(s, sep))
			eq("TrimSuffix "+n, s2.TrimSuffix(s, sep), strings.TrimSuffix(s, sep))
			a1, b1, c1 := s2.Cut(s, sep)
			a2, b2, c2 := strings.Cut(s, sep)
			eq("Cut "+n, []any{a1, b1, c1}, []any{a2, b2, c2})
			eq("Join "+n, s2.Join(strings.Fields(s), sep), strings.Join(strings.Fields(s), sep))
			eq("ReplaceAll "+n, s2.ReplaceAll(s, sep, "X"), strings.ReplaceAll(s, sep, "X"))
		}
		for _, r := range []rune{'a', ',', 'é', 0xFFFD, -1, 0x110000} {
			eq("IndexRune", s2.IndexRune(s, r), strings.IndexRune(s, r))
		}
		eq("IndexFunc", s2.IndexFunc(s, unicode.IsSpace), strings.IndexFunc(s, unicode.IsSpace))
		eq("LastIndexFunc", s2.LastIndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace))
		eq("LastIndexByte", s2.LastIndexByte(s, 'a'), strings.LastIndexByte(s, 'a'))
	}
	rs := [][]string{{"a", "1"}, {"a", "1", "aa", "2"}, {"aa", "2", "a", "1"}, {"", "X"}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"}, {"go", "Go", "", "-"}}
	for _, args := range rs {
		for _, s := range []string{"", "aaa", "<a&b>", "go gopher", "abc"} {
			eq(fmt.Sprint("Replacer ", args, s), s2.NewReplacer(args...).Replace(s), strings.NewReplacer(args...).Replace(s))
		}
	}
	var b s2.Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!"))
	eq("Builder", b.String(), "héllo 世!")
	eq("Builder.Len", b.Len(), len("héllo 世!"))
	r := s2.NewReader("héllo")
	data, err := io.ReadAll(r)
	eq("Reader", string(data), "héllo")
	eq("Reader err", err, nil)
	r.Seek(1, io.SeekStart)
	ch, size, _ := r.ReadRune()
	eq("ReadRune", []any{ch, size}, []any{'é', 2})
	fmt.Println("strings mismatches:", bad)
}
