package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	b2 "std2/bufio"
)

// chunky returns data in reads of at most n bytes.
type chunky struct {
	s string
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.s) {
		k = len(c.s)
	}
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

func main() {
	bad := 0
	inputs := []string{"", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\n\n", "  hello   world \n foo\tbar  ", "héllo wörld\xff\xfe x", strings.Repeat("x", 5000) + "\n" + strings.Repeat("y", 70000), "one two\nthree\r\n\r\nfour"}
	for _, in := range inputs {
		for _, n := range []int{1, 3, 4096, 100000} {
			for si, pair := range [][2]any{{bufio.ScanLines, b2.ScanLines}, {bufio.ScanWords, b2.ScanWords}, {bufio.ScanRunes, b2.ScanRunes}, {bufio.ScanBytes, b2.ScanBytes}} {
				s1 := bufio.NewScanner(&chunky{in, n})
				s1.Split(pair[0].(func([]byte, bool) (int, []byte, error)))
				s2 := b2.NewScanner(&chunky{in, n})
				s2.Split(pair[1].(func([]byte, bool) (int, []byte, error)))
				var o1, o2 []string
				for s1.Scan() {
					o1 = append(o1, s1.Text())
				}
				for s2.Scan() {
					o2 = append(o2, s2.Text())
				}
				r1 := fmt.Sprintf("%q %v", o1, s1.Err())
				r2 := fmt.Sprintf("%q %v", o2, s2.Err())
				if r1 != r2 {
					bad++
					if len(r1) > 200 {
						r1, r2 = r1[:200], r2[:200]
					}
					fmt.Printf("scan %d n=%d %q: got %s want %s\n", si, n, in[:min(len(in), 20)], r2, r1)
				}
			}
			// Reader: ReadString, ReadRune, UnreadRune, Peek, ReadLine, ReadBytes.
			ops := func(read func() string) string { return read() }
			_ = ops
			rd1 := bufio.NewReaderSize(&chunky{in, n}, 16)
			rd2 := b2.NewReaderSize(&chunky{in, n}, 16)
			var t1, t2 bytes.Buffer
			for i := 0; i < 40; i++ {
				switch i % 7 {
				case 0:
					s, err := rd1.ReadString('\n')
					fmt.Fprintf(&t1, "%q %v|", s, err)
					s, err = rd2.ReadString('\n')
					fmt.Fprintf(&t2, "%q %v|", s, err)
				case 1:
					r, sz, err := rd1.ReadRune()
					fmt.Fprintf(&t1, "%q %d %v %v|", r, sz, err, rd1.UnreadRune())
					r, sz, err = rd2.ReadRune()
					fmt.Fprintf(&t2, "%q %d %v %v|", r, sz, err, rd2.UnreadRune())
				case 2:
					p, err := rd1.Peek(5)
					fmt.Fprintf(&t1, "%q %v %d|", p, err, rd1.Buffered())
					p, err = rd2.Peek(5)
					fmt.Fprintf(&t2, "%q %v %d|", p, err, rd2.Buffered())
				case 3:
					l, pre, err := rd1.ReadLine()
					fmt.Fprintf(&t1, "%q %v %v|", l, pre, err)
					l, pre, err = rd2.ReadLine()
					fmt.Fprintf(&t2, "%q %v %v|", l, pre, err)
				case 4:
					c, err := rd1.ReadByte()
					fmt.Fprintf(&t1, "%q %v %v|", c, err, rd1.UnreadByte())
					c, err = rd2.ReadByte()
					fmt.Fprintf(&t2, "%q %v %v|", c, err, rd2.UnreadByte())
				case 5:
					buf := make([]byte, 7)
					k, err := rd1.Read(buf)
					fmt.Fprintf(&t1, "%q %v|", buf[:k], err)
					k, err = rd2.Read(buf)
					fmt.Fprintf(&t2, "%q %v|", buf[:k], err)
				case 6:
					d, err := rd1.Discard(3)
					fmt.Fprintf(&t1, "%d %v|", d, err)
					d, err = rd2.Discard(3)
					fmt.Fprintf(&t2, "%d %v|", d, err)
				}
			}
			if t1.String() != t2.String() {
				bad++
				fmt.Printf("reader n=%d %q:\n got %s\nwant %s\n", n, in[:min(len(in), 20)], t2.String()[:min(t2.Len(), 300)], t1.String()[:min(t1.Len(), 300)])
			}
			// Writer.
			var w1, w2 bytes.Buffer
			bw1 := bufio.NewWriterSize(&w1, 16)
			bw2 := b2.NewWriterSize(&w2, 16)
			for _, bw := range []interface {
				WriteString(string) (int, error)
				WriteByte(byte) error
				WriteRune(rune) (int, error)
				Write([]byte) (int, error)
				Flush() error
				Buffered() int
			}{bw1, bw2} {
				bw.WriteString(in)
				bw.WriteByte('!')
				bw.WriteRune('世')
				bw.Write([]byte(in))
				fmt.Fprint(bw, bw.Buffered())
			}
			b1r := fmt.Sprint(bw1.Buffered(), w1.Len())
			b2r := fmt.Sprint(bw2.Buffered(), w2.Len())
			bw1.Flush()
			bw2.Flush()
			if b1r != b2r || w1.String() != w2.String() {
				bad++
				fmt.Println("writer differs", b1r, b2r)
			}
		}
	}
	fmt.Println("bufio mismatches:", bad)
}
