// run

// bytes: Buffer reading and writing, and the slice functions that mirror strings.
package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('\n')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d-%s\n", 42, "x")
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	buf.UnreadRune()
	b, _ := buf.ReadByte()
	fmt.Println(b, buf.Len())
	next := buf.Next(3)
	fmt.Printf("%q %q\n", next, buf.Bytes())
	rest, err := buf.ReadBytes('!')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	n, err := buf.Read(make([]byte, 4))
	fmt.Println(n, err, err == io.EOF)

	b2 := bytes.NewBufferString("truncate me")
	b2.Truncate(8)
	fmt.Println(b2.String())
	b2.Reset()
	b2.Grow(64)
	fmt.Println(b2.Len(), b2.String() == "")
	var w bytes.Buffer
	nn, _ := io.Copy(&w, bytes.NewReader([]byte("copied through io")))
	fmt.Println(nn, w.String())

	s := []byte("  The Quick  Brown fox  ")
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s %s\n", bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(s, []byte("fox")), bytes.Index(s, []byte("Brown")), bytes.IndexByte(s, 'Q'), bytes.LastIndex(s, []byte(" ")))
	fmt.Println(bytes.HasPrefix(s, []byte("  T")), bytes.HasSuffix(s, []byte("x  ")), bytes.Count(s, []byte(" ")))
	fmt.Printf("%s|%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, s))
	fmt.Printf("%s %s\n", bytes.TrimLeft([]byte("xxabcxx"), "x"), bytes.Trim([]byte("xxabcxx"), "x"))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("+")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexRune([]byte("chicken"), 'k'), bytes.ContainsAny([]byte("abc"), "xyzc"))
}
