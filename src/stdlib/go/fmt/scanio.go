package fmt

import (
	"io"
	"os"
	"unicode/utf8"
)

// runeReader turns an io.Reader into an io.RuneScanner, reading one byte at a
// time so that it never consumes more input than the runes it returns
// (plus the one it may hold after UnreadRune, which is lost when the call
// ends, as in Go).
type runeReader struct {
	r        io.Reader
	pend     []byte // bytes read past the last rune
	last     rune
	lastSize int
	back     bool // UnreadRune was called: return last again
}

func (rr *runeReader) readByte() (byte, error) {
	if len(rr.pend) > 0 {
		b := rr.pend[0]
		rr.pend = rr.pend[1:]
		return b, nil
	}
	var b [1]byte
	for {
		n, err := rr.r.Read(b[:])
		if n == 1 {
			return b[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (rr *runeReader) ReadRune() (r rune, size int, err error) {
	if rr.back {
		rr.back = false
		return rr.last, rr.lastSize, nil
	}
	b0, err := rr.readByte()
	if err != nil {
		return 0, 0, err
	}
	if b0 < utf8.RuneSelf {
		rr.last, rr.lastSize = rune(b0), 1
		return rr.last, 1, nil
	}
	buf := []byte{b0}
	for !utf8.FullRune(buf) {
		b, err := rr.readByte()
		if err != nil {
			break
		}
		buf = append(buf, b)
	}
	r, size = utf8.DecodeRune(buf)
	if size < len(buf) {
		rr.pend = append(append([]byte{}, buf[size:]...), rr.pend...)
	}
	rr.last, rr.lastSize = r, size
	return r, size, nil
}

func (rr *runeReader) UnreadRune() error {
	rr.back = true
	return nil
}

// stringReader reads runes from a string (for Sscan and friends).
type stringReader struct {
	s        string
	i        int
	lastSize int
}

func (sr *stringReader) Read(b []byte) (n int, err error) {
	if sr.i >= len(sr.s) {
		return 0, io.EOF
	}
	n = copy(b, sr.s[sr.i:])
	sr.i += n
	sr.lastSize = 0
	return n, nil
}

func (sr *stringReader) ReadRune() (r rune, size int, err error) {
	if sr.i >= len(sr.s) {
		sr.lastSize = 0
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRuneInString(sr.s[sr.i:])
	sr.i += size
	sr.lastSize = size
	return r, size, nil
}

func (sr *stringReader) UnreadRune() error {
	sr.i -= sr.lastSize
	sr.lastSize = 0
	return nil
}

// Fscan scans space-separated values from r into the operands; newlines
// count as space. It returns the number of operands scanned.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

// Fscanln is Fscan stopping at a newline; the last operand must be followed
// by a newline or the end of input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

// Fscanf scans r according to the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

// Scan is Fscan from standard input.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Fscanln from standard input.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf is Fscanf from standard input.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan is Fscan from a string.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

// Sscanln is Fscanln from a string.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

// Sscanf is Fscanf from a string.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}
