package unicode

// Category tables. Their membership is decided by the same code as the Is*
// functions (Latin-1 in Go, the rest by natives), so R16 and R32 are empty:
// only Is, In and IsOneOf see their contents.

const (
	catNone = iota
	catLetter
	catUpper
	catLower
	catTitle
	catDigit
	catNumber
	catPunct
	catSymbol
	catMark
)

func inCategory(cat int, r rune) bool {
	switch cat {
	case catLetter:
		return IsLetter(r)
	case catUpper:
		return IsUpper(r)
	case catLower:
		return IsLower(r)
	case catTitle:
		return IsTitle(r)
	case catDigit:
		return IsDigit(r)
	case catNumber:
		return IsNumber(r)
	case catPunct:
		return IsPunct(r)
	case catSymbol:
		return IsSymbol(r)
	case catMark:
		return IsMark(r)
	}
	return false
}

var (
	Letter = &RangeTable{cat: catLetter} // Letter/L is the set of Unicode letters, category L.
	L      = Letter
	Upper  = &RangeTable{cat: catUpper} // Upper/Lu is the set of Unicode upper case letters, category Lu.
	Lu     = Upper
	Lower  = &RangeTable{cat: catLower} // Lower/Ll is the set of Unicode lower case letters, category Ll.
	Ll     = Lower
	Title  = &RangeTable{cat: catTitle} // Title/Lt is the set of Unicode title case letters, category Lt.
	Lt     = Title
	Digit  = &RangeTable{cat: catDigit} // Digit/Nd is the set of Unicode decimal digits, category Nd.
	Nd     = Digit
	Number = &RangeTable{cat: catNumber} // Number/N is the set of Unicode number characters, category N.
	N      = Number
	Punct  = &RangeTable{cat: catPunct} // Punct/P is the set of Unicode punctuation characters, category P.
	P      = Punct
	Symbol = &RangeTable{cat: catSymbol} // Symbol/S is the set of Unicode symbol characters, category S.
	S      = Symbol
	Mark   = &RangeTable{cat: catMark} // Mark/M is the set of Unicode mark characters, category M.
	M      = Mark

	// Space/Z is the set of Unicode space separators, category Z.
	Space = &RangeTable{
		R16: []Range16{
			{0x0020, 0x00a0, 128},
			{0x1680, 0x2000, 2432},
			{0x2001, 0x200a, 1},
			{0x2028, 0x2029, 1},
			{0x202f, 0x205f, 48},
			{0x3000, 0x3000, 1},
		},
		LatinOffset: 1,
	}
	Z = Space

	// Cc is the set of Unicode control characters, category Cc.
	Cc = &RangeTable{
		R16: []Range16{
			{0x0000, 0x001f, 1},
			{0x007f, 0x009f, 1},
		},
		LatinOffset: 2,
	}

	// White_Space is the set of Unicode characters with property White_Space.
	White_Space = &RangeTable{
		R16: []Range16{
			{0x0009, 0x000d, 1},
			{0x0020, 0x0085, 101},
			{0x00a0, 0x1680, 5600},
			{0x2000, 0x200a, 1},
			{0x2028, 0x2029, 1},
			{0x202f, 0x205f, 48},
			{0x3000, 0x3000, 1},
		},
		LatinOffset: 2,
	}
)

// Categories is the set of category tables minigo declares, by category name.
var Categories = map[string]*RangeTable{
	"L":  Letter,
	"Lu": Upper,
	"Ll": Lower,
	"Lt": Title,
	"Nd": Digit,
	"N":  Number,
	"P":  Punct,
	"S":  Symbol,
	"M":  Mark,
	"Z":  Space,
	"Cc": Cc,
}
