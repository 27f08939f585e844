// Package utf8: encoding and decoding runes as UTF-8.
// minigo's own declaration, all in Go.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune: Unicode replacement character
	RuneSelf  = 0x80         // runes below this are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of a sequence given by its length n and a
// byte accessor, returning (RuneError, 1) for an invalid or short encoding.
// Shared by the []byte and string forms through the two wrappers below.
func decodeBytes(b0, b1, b2, b3 byte, n int) (rune, int) {
	switch {
	case b0 < RuneSelf:
		return rune(b0), 1
	case b0 < 0xC2 || b0 > 0xF4:
		return RuneError, 1
	case b0 < 0xE0:
		if n < 2 || b1&0xC0 != 0x80 {
			return RuneError, 1
		}
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	case b0 < 0xF0:
		if n < 3 || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
			return RuneError, 1
		}
		if b0 == 0xE0 && b1 < 0xA0 { // overlong
			return RuneError, 1
		}
		if b0 == 0xED && b1 > 0x9F { // surrogate
			return RuneError, 1
		}
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	default:
		if n < 4 || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 || b3&0xC0 != 0x80 {
			return RuneError, 1
		}
		if b0 == 0xF0 && b1 < 0x90 { // overlong
			return RuneError, 1
		}
		if b0 == 0xF4 && b1 > 0x8F { // above MaxRune
			return RuneError, 1
		}
		return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
	}
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes: (RuneError, 0) for an empty p, (RuneError, 1) for an
// invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	var b1, b2, b3 byte
	if n > 1 {
		b1 = p[1]
	}
	if n > 2 {
		b2 = p[2]
	}
	if n > 3 {
		b3 = p[3]
	}
	return decodeBytes(p[0], b1, b2, b3, n)
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	var b1, b2, b3 byte
	if n > 1 {
		b1 = s[1]
	}
	if n > 2 {
		b2 = s[2]
	}
	if n > 3 {
		b3 = s[3]
	}
	return decodeBytes(s[0], b1, b2, b3, n)
}

// DecodeLastRune unpacks the last UTF-8 encoding in p.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes needed to encode r, or -1 if r is not
// a valid code point.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large
// enough) and returns the number of bytes written. Invalid runes encode as
// RuneError.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; invalid bytes count one each.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether b could start an encoding (is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRune reports whether p begins with a full encoding (an invalid one counts,
// as it decodes to a one-byte error).
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	if n >= UTFMax {
		return true
	}
	var b [UTFMax]byte
	copy(b[:], p)
	return fullRune(b, n)
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if n >= UTFMax {
		return true
	}
	var b [UTFMax]byte
	copy(b[:], s)
	return fullRune(b, n)
}

// fullRune: the first n (< UTFMax) bytes of b are all there is.
func fullRune(b [UTFMax]byte, n int) bool {
	need := 1
	switch b0 := b[0]; {
	case b0 < 0xC2 || b0 > 0xF4:
		return true
	case b0 < 0xE0:
		need = 2
	case b0 < 0xF0:
		need = 3
	default:
		need = 4
	}
	if n >= need {
		return true
	}
	// Too short, unless what is there is already invalid.
	for i := 1; i < n; i++ {
		if b[i]&0xC0 != 0x80 {
			return true
		}
	}
	if n >= 2 {
		switch {
		case b[0] == 0xE0 && b[1] < 0xA0, b[0] == 0xED && b[1] > 0x9F,
			b[0] == 0xF0 && b[1] < 0x90, b[0] == 0xF4 && b[1] > 0x8F:
			return true
		}
	}
	return false
}

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded: in range and not a surrogate.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
