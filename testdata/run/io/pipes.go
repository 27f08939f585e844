// run

// io on user types and pipes: a user io.Reader (rot13) and io.Writer (counting) under
// bufio.Scanner, bufio.Writer, io.Copy, io.CopyN, io.ReadAll, io.ReadFull,
// io.MultiWriter, io.TeeReader, io.LimitReader, io.SectionReader, and io.Pipe between
// goroutines with CloseWithError.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type counter struct {
	bytes, writes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.writes++
	return len(p), nil
}

// slowReader returns one byte per Read, to exercise short reads.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	sc := bufio.NewScanner(rot13{strings.NewReader("Uryyb, Jbeyq!\nfrpbaq yvar\n")})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}

	var c counter
	w := bufio.NewWriterSize(&c, 16)
	for i := 0; i < 10; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println("before flush:", c.bytes, c.writes, w.Buffered())
	w.Flush()
	fmt.Println("after flush:", c.bytes, c.writes)

	var buf bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&buf, &c), &slowReader{"copied one byte at a time"})
	fmt.Println(n, err, buf.String(), c.bytes)

	var tee bytes.Buffer
	all, err := io.ReadAll(io.TeeReader(io.LimitReader(strings.NewReader("0123456789"), 6), &tee))
	fmt.Printf("%q %v %q\n", all, err, tee.String())

	four := make([]byte, 4)
	k, err := io.ReadFull(&slowReader{"abcdef"}, four)
	fmt.Printf("%d %q %v\n", k, four, err)
	k, err = io.ReadFull(&slowReader{"ab"}, four)
	fmt.Printf("%d %v %v\n", k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(&slowReader{""}, four)
	fmt.Printf("%d %v\n", k, err == io.EOF)

	m, err := io.CopyN(os.Stdout, strings.NewReader("CopyN to stdout\nnot this"), 16)
	fmt.Println(m, err)
	m, err = io.CopyN(io.Discard, strings.NewReader("short"), 10)
	fmt.Println(m, err)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("%q %d\n", sec, sr.Size())

	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(bw, "message %d\n", i)
		}
		bw.Flush()
		pw.CloseWithError(errors.New("producer done"))
	}()
	lines := bufio.NewScanner(pr)
	for lines.Scan() {
		fmt.Println("got", lines.Text())
	}
	fmt.Println("scanner err:", lines.Err())

	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)

	var sb strings.Builder
	io.WriteString(&sb, "WriteString ")
	fmt.Fprint(&sb, 42)
	fmt.Println(sb.String())
}
