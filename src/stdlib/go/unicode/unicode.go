// Package unicode: properties of Unicode code points.
// minigo's own declaration. ASCII and Latin-1 are decided in Go; functions
// without a body (beyond Latin-1) are implemented in Rust from Unicode tables.
// Script tables (Han, Latin, ...) are data (scripts.go); the category tables
// (Letter, Digit, ...) are decided by the same natives as IsLetter, IsDigit...,
// so their R16/R32 fields are empty (categories.go).
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Indices into the Delta arrays of CaseRange, and arguments of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition the tables come from.
const Version = "17.0.0"

// Range16 is a range of 16-bit code points Lo..Hi with the given Stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is a range of code points Lo..Hi with the given Stride.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable is a set of code points as sorted, non-overlapping ranges.
// (minigo: a category table has empty ranges and a category in cat instead.)
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int

	cat int
}

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 {
		return false
	}
	if rangeTab.cat != catNone {
		return inCategory(rangeTab.cat, r)
	}
	if r <= 0xFFFF {
		for _, rg := range rangeTab.R16 {
			if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
				return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
			}
		}
		if len(rangeTab.R32) == 0 || r < rune(rangeTab.R32[0].Lo) {
			return false
		}
	}
	for _, rg := range rangeTab.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables (In is preferred).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isDigit(r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9' || r == 0xB2 || r == 0xB3 || r == 0xB9 ||
			r == 0xBC || r == 0xBD || r == 0xBE
	}
	return isNumber(r)
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if r <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == 0xAA || r == 0xB5 ||
			r == 0xBA || 0xC0 <= r && r <= 0xFF && r != 0xD7 && r != 0xF7
	}
	return isLetter(r)
}

// IsUpper reports whether r is an upper case letter.
func IsUpper(r rune) bool {
	if r <= MaxLatin1 {
		return 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7
	}
	return isUpper(r)
}

// IsLower reports whether r is a lower case letter.
func IsLower(r rune) bool {
	if r <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || r == 0xB5 || 0xDF <= r && r <= 0xFF && r != 0xF7
	}
	return isLower(r)
}

// IsTitle reports whether r is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isTitle(r)
}

// IsSpace reports whether r is white space: '\t', '\n', '\v', '\f', '\r',
// ' ', U+0085 (NEL), U+00A0 (NBSP), or category Z beyond Latin-1.
func IsSpace(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isSpace(r)
}

// IsControl reports whether r is a control character (C0, DEL, C1).
func IsControl(r rune) bool {
	return 0 <= r && r < 0x20 || 0x7F <= r && r < 0xA0
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/',
			':', ';', '?', '@', '[', '\\', ']', '_', '{', '}',
			0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
			return true
		}
		return false
	}
	return isPunct(r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~',
			0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9, 0xAC, 0xAE, 0xAF, 0xB0, 0xB1,
			0xB4, 0xB8, 0xD7, 0xF7:
			return true
		}
		return false
	}
	return isSymbol(r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isMark(r)
}

// IsGraphic reports whether r is graphic: a letter, mark, number, punctuation,
// symbol or space (category Zs).
func IsGraphic(r rune) bool {
	if r <= MaxLatin1 {
		return r == ' ' || r == 0xA0 || isLatin1Print(r)
	}
	return IsLetter(r) || IsMark(r) || IsNumber(r) || IsPunct(r) || IsSymbol(r) || isZs(r)
}

// IsPrint reports whether r is printable as Go defines it: graphic, except that
// the only space character is the ASCII space U+0020.
func IsPrint(r rune) bool {
	if r <= MaxLatin1 {
		return r == ' ' || isLatin1Print(r)
	}
	return IsLetter(r) || IsMark(r) || IsNumber(r) || IsPunct(r) || IsSymbol(r)
}

// isLatin1Print: Latin-1 letters, numbers, punctuation and symbols (not spaces
// and not the soft hyphen U+00AD, a format character).
func isLatin1Print(r rune) bool {
	return 0x21 <= r && r <= 0x7E || 0xA1 <= r && r <= 0xFF && r != 0xAD
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toUpper(r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toLower(r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toTitle(r)
}

// To maps r to UpperCase, LowerCase or TitleCase; other cases give
// ReplacementChar.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold returns the next code point after r in r's case-folding orbit
// (the smallest one if none is larger), or r itself if it has no other case.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= MaxASCII {
		switch {
		case 'A' <= r && r <= 'Z':
			if r == 'K' {
				return 'k'
			}
			if r == 'S' {
				return 's'
			}
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			if r == 'k' {
				return 0x212A // Kelvin sign
			}
			if r == 's' {
				return 0x17F // long s
			}
			return r - ('a' - 'A')
		}
		return r
	}
	return simpleFold(r)
}

// Beyond Latin-1: implemented in Rust from the Unicode tables.
func isDigit(r rune) bool
func isNumber(r rune) bool
func isLetter(r rune) bool
func isUpper(r rune) bool
func isLower(r rune) bool
func isTitle(r rune) bool
func isSpace(r rune) bool
func isPunct(r rune) bool
func isSymbol(r rune) bool
func isMark(r rune) bool
func isZs(r rune) bool
func toUpper(r rune) rune
func toLower(r rune) rune
func toTitle(r rune) rune
func simpleFold(r rune) rune
