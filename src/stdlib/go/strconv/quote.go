package strconv

import (
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it (unicode.IsPrint).
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic reports whether r is graphic (unicode.IsGraphic).
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }

// appendQuoted appends s quoted with quote, escaping as Go does: invalid bytes
// as \xHH, non-printable (or, with asciiOnly, non-ASCII; with graphicOnly,
// non-graphic) runes with \a..\v, \xHH, \uHHHH or \UHHHHHHHH.
func appendQuoted(buf []byte, s string, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		fallthrough
	case r < 0x10000:
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	default:
		buf = append(buf, `\U`...)
		for s := 28; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	}
	return buf
}

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', false, false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, false) }

// QuoteToASCII is Quote escaping every non-ASCII rune.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote leaving graphic runes (such as U+00A0) unescaped.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', false, true)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, '\'', false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune escaping a non-ASCII rune.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(nil, r, '\'', true, false))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune leaving a graphic rune unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(nil, r, '\'', false, true))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be a raw string literal unchanged: one
// line of valid UTF-8 with no control characters other than tab, no backquote
// and no U+FEFF.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or escape sequence of the body of
// a literal quoted with quote, returning the value, whether it needs a
// multi-byte UTF-8 encoding, the rest of the string, and ErrSyntax if invalid.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			err = ErrSyntax
			return
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// unquote reads the quoted literal at the start of in: its value (or, when
// !unescape, its source text) and what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	switch quote {
	case '`':
		end := 1
		for end < len(in) && in[end] != '`' {
			end++
		}
		if end == len(in) {
			return "", in, ErrSyntax
		}
		if !unescape {
			return in[:end+1], in[end+1:], nil
		}
		buf := make([]byte, 0, end-1)
		for i := 1; i < end; i++ {
			if in[i] != '\r' { // raw strings drop carriage returns
				buf = append(buf, in[i])
			}
		}
		return string(buf), in[end+1:], nil
	case '"', '\'':
		var buf []byte
		rest := in[1:]
		for len(rest) > 0 && rest[0] != quote {
			if rest[0] == '\n' {
				return "", in, ErrSyntax
			}
			r, multibyte, tail, err := UnquoteChar(rest, quote)
			if err != nil {
				return "", in, ErrSyntax
			}
			rest = tail
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break
			}
		}
		// (Go accepts '' as the empty string.)
		if len(rest) == 0 || rest[0] != quote {
			return "", in, ErrSyntax
		}
		rest = rest[1:]
		if !unescape {
			return in[:len(in)-len(rest)], rest, nil
		}
		return string(buf), rest, nil
	}
	return "", in, ErrSyntax
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns its value (a single-quoted literal gives that character).
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted string (as Unquote understands it) at the
// start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}
