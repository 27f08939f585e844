// run

// strings: Builder, Reader, Fields, SplitN/SplitAfter, Replacer, Map, EqualFold, Cut.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	r := strings.NewReader("héllo, reader")
	fmt.Println(r.Len(), r.Size())
	c, _ := r.ReadByte()
	ru, sz, _ := r.ReadRune()
	fmt.Println(string(c), string(ru), sz, r.Len())
	r.UnreadRune()
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err)

	fmt.Printf("%q\n", strings.Fields("  a b\t\tc\n d  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">"))
	rep2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(rep2.Replace("aaaa"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, "d r o p  spaces"))

	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	s, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("file.go", ".rs")
	fmt.Println(s, ok)

	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'),
		strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "xyzn"), strings.LastIndexAny("golang", "go"),
		strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Contains("seafood", "foo"),
		strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Printf("%q %q %q\n", strings.Trim("xx-hi-xx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("xxhi", "x"), strings.TrimSuffix("hi.go", ".go"), strings.TrimSpace(" \t\n hi \r\n"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Repeat("ab", 3), strings.Join([]string{"a", "b", "c"}, "-"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.ToTitle("loud"), strings.LastIndexByte("abca", 'a'))
}
