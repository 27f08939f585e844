package fmt

import (
	"errors"
	"io"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Scanning reads space-separated values into pointer operands of the basic
// types (*bool, *int..., *uint..., *float32, *float64, *complex64,
// *complex128, *string, *[]byte); other operands fail with "can't scan type".
// The Scanner and ScanState interfaces are not declared yet.

const eof = -1

// scanError carries an error out of the scanner through panic.
type scanError struct {
	err error
}

var errComplex = errors.New("syntax error scanning complex number")
var errBool = errors.New("syntax error scanning boolean")

// ss is the state of one scanning call.
type ss struct {
	rs        io.RuneScanner
	buf       []byte // the token being accepted
	count     int    // runes consumed so far
	atEOF     bool
	nlIsSpace bool // newlines count as spaces (Scan, Fscan, Sscan)
	nlIsEnd   bool // a newline ends the input (Scanln, Fscanln, Sscanln)
	argLimit  int  // count at which the current operand's width ends
}

const hugeWid = 1 << 30

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &runeReader{r: r}
	}
	return s
}

func (s *ss) error(err error) { panic(scanError{err}) }

func (s *ss) errorString(err string) { panic(scanError{errors.New(err)}) }

// getRune returns the next rune, or eof at the end of the input (or of the
// operand's width).
func (s *ss) getRune() rune {
	if s.atEOF || s.count >= s.argLimit {
		return eof
	}
	r, _, err := s.rs.ReadRune()
	if err != nil {
		if err == io.EOF {
			s.atEOF = true
			return eof
		}
		s.error(err)
	}
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return r
}

func (s *ss) unreadRune() {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
}

// mustReadRune is getRune with the end of input an ErrUnexpectedEOF.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func isSpace(r rune) bool {
	if r < 0 {
		return false
	}
	return unicode.IsSpace(r)
}

func notSpace(r rune) bool { return !isSpace(r) }

// SkipSpace skips spaces; a newline is a space, an error, or (for Scanln)
// the end.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.unreadRune()
			break
		}
	}
}

// token returns the next run of runes satisfying f.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	s.buf = s.buf[:0]
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.unreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune if it is in ok (appending it to the token when
// accept is set) and reports whether it did.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if r != eof && accept {
		s.unreadRune()
	}
	return false
}

// peek reports whether the next rune is in ok, without consuming it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.unreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF panics with io.EOF at the end of the input.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.unreadRune()
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(errBool)
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

// getBase returns the base and digits the verb reads.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base, digits = 2, binaryDigits
	case 'o':
		base, digits = 8, octalDigits
	case 'x', 'X', 'U':
		base, digits = 16, hexadecimalDigits
	}
	return
}

// scanNumber accepts digits; without any (and none before), it fails.
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one rune for %c into an integer of bitSize bits.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads a 0b, 0o, 0x or leading-0 prefix (for %v): base 0
// lets strconv decide, underscores allowed.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	default:
		return 0, octalDigits + "_", true
	}
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	s.buf = s.buf[:0]
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	s.buf = s.buf[:0]
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken accepts a floating-point number's text: NaN, a sign, Inf,
// decimal or 0x-hexadecimal digits with underscores, a fraction, an exponent.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func (s *ss) convertFloat(str string, n int) float64 {
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) scanFloat(verb rune, n int) float64 {
	if !s.okVerb(verb, "beEfFgGv", "float") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), n)
}

func (s *ss) scanComplex(verb rune, n int) complex128 {
	if !s.okVerb(verb, "beEfFgGv", "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	parens := s.accept("(")
	real := s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(errComplex)
	}
	imagSign := string(s.buf)
	imag := s.floatToken()
	if !s.accept("i") {
		s.error(errComplex)
	}
	if parens && !s.accept(")") {
		s.error(errComplex)
	}
	return complex(s.convertFloat(real, n/2), s.convertFloat(imagSign+imag, n/2))
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a Go string literal, backquoted or double-quoted.
func (s *ss) quotedString() string {
	s.notEOF()
	s.buf = s.buf[:0]
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return 10 + int(d-'a'), true
	case 'A' <= d && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

// hexString reads pairs of hex digits as bytes.
func (s *ss) hexString() string {
	s.notEOF()
	var out []byte
	for {
		r1 := s.getRune()
		if r1 == eof {
			break
		}
		v1, ok := hexDigit(r1)
		if !ok {
			s.unreadRune()
			break
		}
		v2, ok := hexDigit(s.mustReadRune())
		if !ok {
			s.errorString("illegal hex digit")
			break
		}
		out = append(out, byte(v1<<4|v2))
	}
	if len(out) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(out)
}

// scanOne scans one operand for the verb.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32))
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		if kindOf(arg) != kindPointer {
			s.errorString("type not a pointer: " + typeString(arg))
		}
		s.errorString("can't scan type: " + typeString(arg))
	}
}

// errorHandler turns the scanner's panics back into errors.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the literal text and spaces at the start of format against
// the input: the number of format bytes consumed, or -1 on a mismatch.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w // the first %; the second matches a literal % below
		}
		// A run of spaces in the format: newlines in it must match newlines
		// in the input; spaces match zero or more spaces.
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.unreadRune()
				}
			}
			continue
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.unreadRune()
			return -1
		}
		i += w
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++ // %
		var widPresent bool
		var wid int
		wid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			wid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = hugeWid
		if f := s.count + wid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = hugeWid
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}
