// run

// bytes.Buffer and the bytes package functions.

package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(string(p[:n]), buf.String())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")

	a, b := []byte("Go gopher"), []byte("go")
	fmt.Println(bytes.Contains(a, []byte("goph")), bytes.Equal(b, []byte("go")), bytes.Compare(a, b))
	fmt.Println(bytes.Index(a, []byte("ph")), bytes.HasPrefix(a, []byte("Go")), bytes.EqualFold(a[:2], b))
	fmt.Printf("%s %s %q\n", bytes.ToUpper(a), bytes.TrimSpace([]byte("  x  ")), bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Printf("%s %d\n", bytes.Repeat([]byte("ab"), 2), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	var nb bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&nb, "[%d]", i)
	}
	fmt.Println(nb.String(), string(nb.Bytes()[1:2]))
}
