// Package bytes: functions on byte slices, and Buffer.
// minigo's own declaration, in Go; Index and IndexByte (the search hot paths)
// have no body and are implemented in Rust.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns -1, 0 or +1 as a < b, a == b, a > b.
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	if sa == sb {
		return 0
	}
	if sa < sb {
		return -1
	}
	return 1
}

// Clone returns a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any code point of chars is within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether any code point of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count counts the non-overlapping instances of sep in s (1 + the number of
// code points for an empty sep).
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix and whether it had it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and whether it had it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// EqualFold reports whether s and t, as UTF-8, are equal under simple case folding.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		sr, n := utf8.DecodeRune(s)
		s = s[n:]
		tr, m := utf8.DecodeRune(t)
		t = t[m:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return len(s) == len(t)
}

// Fields splits s around runs of white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around runs of code points satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var fields [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		fields = append(fields, s[start:len(s):len(s)])
	}
	if fields == nil {
		return [][]byte{}
	}
	return fields
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && string(s[len(s)-len(suffix):]) == string(suffix)
}

// IndexAny returns the index of the first code point of s in chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		for _, c := range chars {
			if c == r {
				return i
			}
		}
		i += size
	}
	return -1
}

// IndexFunc returns the index of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(rune) bool) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			return i
		}
		i += size
	}
	return -1
}

// IndexRune returns the index of the first instance of r in s, or -1.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			r1, n := utf8.DecodeRune(s[i:])
			if r1 == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	default:
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		return Index(s, b[:n])
	}
}

// Join concatenates s with sep between the elements, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	b = append(b, s[0]...)
	for _, v := range s[1:] {
		b = append(b, sep...)
		b = append(b, v...)
	}
	return b
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	for i := len(s) - n; i >= 0; i-- {
		if string(s[i:i+n]) == string(sep) {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last code point of s in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		for _, c := range chars {
			if c == r {
				return i
			}
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last code point satisfying f, or -1.
func LastIndexFunc(s []byte, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// Map returns a copy of s with every code point mapped (dropped if negative).
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += size
	}
	return b
}

// Repeat returns count copies of b; it panics on a negative count or overflow.
func Repeat(b []byte, count int) []byte {
	switch {
	case count == 0:
		return []byte{}
	case count < 0:
		panic("bytes: negative Repeat count")
	case len(b) > 0 && len(b)*count/count != len(b):
		panic("bytes: Repeat output length overflow")
	}
	nb := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		nb = append(nb, b...)
	}
	return nb
}

// Replace returns a copy of s with the first n instances of old replaced by
// new (all if n < 0).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRune(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	return append(b, s[start:]...)
}

// ReplaceAll replaces every instance of old by new, in a copy of s.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Runes returns the code points of s.
func Runes(s []byte) []rune {
	t := make([]rune, 0, utf8.RuneCount(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		t = append(t, r)
		i += size
	}
	return t
}

func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, 0, n)
	for len(a) < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a = append(a, s[:m+sepSave:m+sepSave])
		s = s[m+len(sep):]
	}
	return append(a, s)
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n subslices separated by sep.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s after each instance of sep, into at most n subslices.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Title maps the first letter of each word to title case (deprecated in Go).
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		boundary := isSeparator(prev)
		prev = r
		if boundary {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ToLower returns a copy of s with all letters in lower case.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToUpper returns a copy of s with all letters in upper case.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToTitle returns a copy of s with all letters in title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid bytes replaced.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, size := utf8.DecodeRune(s[i:])
		if size == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+size]...)
		i += size
	}
	return b
}

func containsRune(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// Trim returns s without leading and trailing code points in cutset.
func Trim(s []byte, cutset string) []byte {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns s without leading code points in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		if !containsRune(cutset, r) {
			break
		}
		s = s[size:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns s without trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRune(s)
		if !containsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimFunc returns s without leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s without leading code points satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		if !f(r) {
			break
		}
		s = s[size:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRightFunc returns s without trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRune(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s []byte) []byte { return TrimFunc(s, unicode.IsSpace) }

// TrimPrefix returns s without the leading prefix, if present.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if present.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
