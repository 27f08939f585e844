package fmt

import (
	"strconv"
	"unicode/utf8"
)

// writePadding appends n bytes of padding: zeros with the 0 flag, else spaces.
func (p *pp) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.zero {
		c = '0'
	}
	for i := 0; i < n; i++ {
		p.buf = append(p.buf, c)
	}
}

// pad appends b padded to the width (in runes), on the left unless the -
// flag is set.
func (p *pp) pad(b []byte) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	width := p.wid - utf8.RuneCount(b)
	if !p.minus {
		p.writePadding(width)
		p.buf = append(p.buf, b...)
	} else {
		p.buf = append(p.buf, b...)
		p.writePadding(width)
	}
}

// padString is pad for a string.
func (p *pp) padString(s string) {
	if !p.widPresent || p.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	width := p.wid - utf8.RuneCountInString(s)
	if !p.minus {
		p.writePadding(width)
		p.buf = append(p.buf, s...)
	} else {
		p.buf = append(p.buf, s...)
		p.writePadding(width)
	}
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		if v {
			p.padString("true")
		} else {
			p.padString("false")
		}
	default:
		p.badVerb(verb)
	}
}

// fmtInteger prints an integer operand for the verb.
func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.formatInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.formatInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.formatInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.formatInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.formatInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.formatInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmtC(v)
	case 'q':
		p.fmtQc(v)
	case 'U':
		p.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 prints v in hexadecimal, with a 0x prefix if leading0x.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.sharp
	p.sharp = leading0x
	p.formatInteger(v, 16, false, 'v', ldigits)
	p.sharp = sharp
}

// formatInteger prints u in base with the flags: a precision or (without one)
// the 0 flag gives leading zeros; # adds 0b, 0 or 0x; %O adds 0o; + and space
// give a sign to non-negative numbers.
func (p *pp) formatInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	prec := 0
	if p.precPresent {
		prec = p.prec
		if prec == 0 && u == 0 {
			// Precision 0 and value 0 print nothing but the padding.
			oldZero := p.zero
			p.zero = false
			p.writePadding(p.wid)
			p.zero = oldZero
			return
		}
	} else if p.zero && !p.minus && p.widPresent {
		prec = p.wid
		if negative || p.plus || p.space {
			prec-- // room for the sign
		}
	}
	// Digits, least significant first, then reversed.
	var rev []byte
	b := uint64(base)
	for u >= b {
		rev = append(rev, digits[u%b])
		u /= b
	}
	rev = append(rev, digits[u])
	for len(rev) < prec {
		rev = append(rev, '0')
	}
	if p.sharp {
		switch base {
		case 2:
			rev = append(rev, 'b', '0')
		case 8:
			if rev[len(rev)-1] != '0' {
				rev = append(rev, '0')
			}
		case 16:
			rev = append(rev, digits[16], '0')
		}
	}
	if verb == 'O' {
		rev = append(rev, 'o', '0')
	}
	if negative {
		rev = append(rev, '-')
	} else if p.plus {
		rev = append(rev, '+')
	} else if p.space {
		rev = append(rev, ' ')
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	// Zero padding was done above as precision (or is off with a precision).
	oldZero := p.zero
	p.zero = false
	p.pad(rev)
	p.zero = oldZero
}

// fmtC prints the character c (U+FFFD if it is not a valid code point).
func (p *pp) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	p.pad(utf8.AppendRune(nil, r))
}

// fmtQc prints c as a single-quoted, escaped character literal.
func (p *pp) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if p.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		p.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtUnicode prints u as "U+0078", or "U+0078 'x'" with the # flag.
func (p *pp) fmtUnicode(u uint64) {
	prec := 4
	if p.precPresent && p.prec > 4 {
		prec = p.prec
	}
	var rev []byte
	v := u
	for v >= 16 {
		rev = append(rev, udigits[v&0xF])
		v >>= 4
	}
	rev = append(rev, udigits[v])
	for len(rev) < prec {
		rev = append(rev, '0')
	}
	b := []byte("U+")
	for i := len(rev) - 1; i >= 0; i-- {
		b = append(b, rev[i])
	}
	if p.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, " '"...)
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	oldZero := p.zero
	p.zero = false
	p.pad(b)
	p.zero = oldZero
}

// fmtFloat prints a float operand for the verb.
func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.formatFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.formatFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.formatFloat(v, size, verb, 6)
	case 'F':
		p.formatFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// formatFloat prints v through strconv with the flags: + or space for the
// sign, zero padding after the sign, # to keep a decimal point and trailing
// zeros; infinities and NaN are never zero-padded.
func (p *pp) formatFloat(v float64, size int, verb rune, prec int) {
	if p.precPresent {
		prec = p.prec
	}
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	// num[0] is now the sign.
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := p.zero
		p.zero = false
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.pad(num)
		p.zero = oldZero
		return
	}
	if p.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		// The sign goes before any zero padding.
		if p.zero && !p.minus && p.widPresent && p.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}

// sharpFloat applies the # flag to a formatted float (sign at num[0]): the
// mantissa always has a decimal point, and %g/%x keep their trailing zeros up
// to the precision (6 by default).
func sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	// Split off the exponent.
	var tail []byte
	mant := num
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			tail = append(tail, num[i:]...)
			mant = num[:i]
			break
		}
	}
	hasPoint := false
	sawNonzero := false
	for i := 1; i < len(mant); i++ {
		c := mant[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c != '0' {
			sawNonzero = true
		}
		if sawNonzero {
			digits--
		}
	}
	out := append([]byte{}, mant...)
	if !hasPoint {
		if len(mant) == 2 && mant[1] == '0' {
			digits--
		}
		out = append(out, '.')
	}
	for digits > 0 {
		out = append(out, '0')
		digits--
	}
	return append(out, tail...)
}

// fmtComplex prints "(re+imi)" with the verb applied to both parts.
func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.plus
		p.buf = append(p.buf, '(')
		p.fmtFloat(real(v), size/2, verb)
		p.plus = true // the imaginary part always has a sign
		p.fmtFloat(imag(v), size/2, verb)
		p.buf = append(p.buf, "i)"...)
		p.plus = oldPlus
	default:
		p.badVerb(verb)
	}
}

// fmtString prints a string operand for the verb.
func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtSbx(v, nil, ldigits)
	case 'X':
		p.fmtSbx(v, nil, udigits)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// truncate cuts s to the precision, counted in runes.
func (p *pp) truncate(s string) string {
	if p.precPresent {
		n := p.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (p *pp) fmtS(s string) {
	p.padString(p.truncate(s))
}

// fmtQ prints s quoted: raw with # when possible, ASCII-only with +.
func (p *pp) fmtQ(s string) {
	s = p.truncate(s)
	if p.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.plus {
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtSbx prints s (or b when non-nil) as hexadecimal digits: the space flag
// separates bytes, # adds 0x (to each byte, with the space flag).
func (p *pp) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if p.precPresent && p.prec < length {
		length = p.prec
	}
	width := 2 * length
	if width > 0 {
		if p.space {
			if p.sharp {
				width *= 2
			}
			width += length - 1
		} else if p.sharp {
			width += 2
		}
	} else {
		if p.widPresent {
			p.writePadding(p.wid)
		}
		return
	}
	if p.widPresent && p.wid > width && !p.minus {
		p.writePadding(p.wid - width)
	}
	if p.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if p.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.widPresent && p.wid > width && p.minus {
		p.writePadding(p.wid - width)
	}
}

// fmtBytes prints a byte slice (or array) operand for the verb.
func (p *pp) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.formatInteger(uint64(c), 10, false, verb, ldigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmtS(string(v))
	case 'x':
		p.fmtSbx("", v, ldigits)
	case 'X':
		p.fmtSbx("", v, udigits)
	case 'q':
		p.fmtQ(string(v))
	default:
		p.printValue(slotOf(v), verb, 0)
	}
}
