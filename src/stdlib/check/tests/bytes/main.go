package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	b2 "std2/bytes"
)

var bad int

func eq(name string, a, b any) {
	if fmt.Sprintf("%#v", a) != fmt.Sprintf("%#v", b) {
		bad++
		fmt.Printf("%s: got %#v want %#v\n", name, a, b)
	}
}

func main() {
	inputs := []string{"", "a", "abc", "a,b,,c,", ",", "  hello   world  ", "héllo wörld", "\xff\xfeabc\xff", "aaaa", "ABC def GHI", "\t\n x \u00a0y\u2003"}
	seps := []string{"", ",", "a", "aa", "o", " ", "\xff", "é"}
	for _, s0 := range inputs {
		s := []byte(s0)
		eq("Fields "+s0, b2.Fields(s), bytes.Fields(s))
		eq("ToUpper "+s0, b2.ToUpper(s), bytes.ToUpper(s))
		eq("ToLower "+s0, b2.ToLower(s), bytes.ToLower(s))
		eq("TrimSpace "+s0, b2.TrimSpace(s), bytes.TrimSpace(s))
		eq("Title "+s0, b2.Title(s), bytes.Title(s))
		eq("Runes "+s0, b2.Runes(s), bytes.Runes(s))
		eq("Repeat "+s0, b2.Repeat(s, 2), bytes.Repeat(s, 2))
		eq("ToValidUTF8 "+s0, b2.ToValidUTF8(s, []byte("?")), bytes.ToValidUTF8(s, []byte("?")))
		for _, t := range inputs {
			eq("EqualFold", b2.EqualFold(s, []byte(t)), bytes.EqualFold(s, []byte(t)))
			eq("Compare", b2.Compare(s, []byte(t)), bytes.Compare(s, []byte(t)))
		}
		for _, sep0 := range seps {
			sep := []byte(sep0)
			n := fmt.Sprintf("%q %q", s0, sep0)
			eq("Split "+n, b2.Split(s, sep), bytes.Split(s, sep))
			eq("SplitAfter "+n, b2.SplitAfter(s, sep), bytes.SplitAfter(s, sep))
			for k := -1; k < 4; k++ {
				eq("SplitN "+n, b2.SplitN(s, sep, k), bytes.SplitN(s, sep, k))
				eq("Replace "+n, b2.Replace(s, sep, []byte("<>"), k), bytes.Replace(s, sep, []byte("<>"), k))
			}
			eq("Count "+n, b2.Count(s, sep), bytes.Count(s, sep))
			eq("LastIndex "+n, b2.LastIndex(s, sep), bytes.LastIndex(s, sep))
			eq("IndexAny "+n, b2.IndexAny(s, sep0), bytes.IndexAny(s, sep0))
			eq("LastIndexAny "+n, b2.LastIndexAny(s, sep0), bytes.LastIndexAny(s, sep0))
			eq("Trim "+n, b2.Trim(s, sep0), bytes.Trim(s, sep0))
			eq("TrimLeft "+n, b2.TrimLeft(s, sep0), bytes.TrimLeft(s, sep0))
			eq("TrimRight "+n, b2.TrimRight(s, sep0), bytes.TrimRight(s, sep0))
			eq("Join "+n, b2.Join(bytes.Fields(s), sep), bytes.Join(bytes.Fields(s), sep))
			a1, c1, d1 := b2.Cut(s, sep)
			a2, c2, d2 := bytes.Cut(s, sep)
			eq("Cut "+n, []any{a1, c1, d1}, []any{a2, c2, d2})
		}
		eq("IndexFunc", b2.IndexFunc(s, unicode.IsSpace), bytes.IndexFunc(s, unicode.IsSpace))
		eq("TrimFunc", b2.TrimFunc(s, unicode.IsLetter), bytes.TrimFunc(s, unicode.IsLetter))
		for _, r := range []rune{'a', 'é', 0xFFFD, -1} {
			eq("IndexRune", b2.IndexRune(s, r), bytes.IndexRune(s, r))
		}
	}
	// Buffer against the real one, through a sequence of operations.
	var x b2.Buffer
	var y bytes.Buffer
	ops := func(bb interface {
		Write([]byte) (int, error)
		WriteString(string) (int, error)
		WriteByte(byte) error
		WriteRune(rune) (int, error)
		ReadString(byte) (string, error)
		ReadRune() (rune, int, error)
		UnreadRune() error
		UnreadByte() error
		ReadByte() (byte, error)
		Next(int) []byte
		Len() int
		String() string
		Truncate(int)
		ReadFrom(io.Reader) (int64, error)
	}) string {
		out := ""
		for i := 0; i < 50; i++ {
			bb.WriteString("line héllo\n")
			bb.WriteByte('x')
			bb.WriteRune('世')
			bb.Write([]byte("yz\n"))
			s, err := bb.ReadString('\n')
			out += fmt.Sprint(s, err, bb.Len())
			r, n, err := bb.ReadRune()
			out += fmt.Sprint(r, n, err, bb.UnreadRune(), bb.UnreadRune(), bb.UnreadByte())
			c, err := bb.ReadByte()
			out += fmt.Sprint(c, err, string(bb.Next(3)), bb.UnreadByte())
		}
		bb.ReadFrom(strings.NewReader(strings.Repeat("0123456789", 300)))
		out += fmt.Sprint(bb.Len())
		bb.Truncate(10)
		out += bb.String()
		return out
	}
	eq("Buffer", ops(&x), ops(&y))
	fmt.Println("bytes mismatches:", bad)
}
