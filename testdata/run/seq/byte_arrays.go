// run

// Byte arrays (not slices) sliced and used as []byte: string(b[i:]), copy, append,
// the bytes and strconv functions, writers, fmt, arrays of byte arrays and struct fields.

package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type header struct {
	id   int
	name [6]byte
	tags [2][3]byte
}

func itoa(v int) string {
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

func main() {
	fmt.Println(itoa(12345), itoa(7), len(itoa(99)))

	var a [8]byte
	n := copy(a[:], "hello, world")
	fmt.Println(n, string(a[:]), string(a[2:5]), a[1:3])
	fmt.Printf("%s|%q|%x|%v\n", a[:5], a[:5], a[:5], a[:2])

	var h header
	h.id = 1
	copy(h.name[:], "gopher")
	h.tags[1][0] = 'x'
	h.tags[1][2] = 'z'
	fmt.Println(string(h.name[:]), string(h.name[1:4]), h.tags, string(h.tags[1][:]))
	p := &h
	fmt.Println(string(p.name[3:]), bytes.ToUpper(p.name[:2]))

	var buf [32]byte
	out := strconv.AppendInt(buf[:0], -4567, 10)
	out = append(out, " and "...)
	out = strconv.AppendQuote(out, "q")
	fmt.Println(string(out), len(out), string(buf[:5]))

	var x, y [4]byte
	copy(x[:], "abcd")
	copy(y[:], "abcd")
	fmt.Println(bytes.Equal(x[:], y[:]), x == y, bytes.Index(x[:], []byte("cd")), bytes.Contains(x[1:], []byte("a")))

	var sb strings.Builder
	sb.Write(x[1:3])
	sb.WriteString(string(x[:1]))
	fmt.Println(sb.String())

	var bb bytes.Buffer
	bb.Write(h.name[:3])
	bb.WriteByte('!')
	fmt.Println(bb.String(), bb.Len())

	os.Stdout.Write(a[:5])
	os.Stdout.Write([]byte("\n"))

	m := map[string]int{}
	for i := 0; i < 3; i++ {
		var k [2]byte
		k[0] = 'a' + byte(i)
		k[1] = 'z'
		m[string(k[:])]++
		m[string(k[1:])]++
	}
	fmt.Println(m)

	r := []rune(string(a[:5]))
	fmt.Println(len(r), string(r[1:]))
}
