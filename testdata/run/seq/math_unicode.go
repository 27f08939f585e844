// run

// The math, unicode and unicode/utf8 packages.

package main

import (
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Log(math.E), math.Exp(1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(1024), math.Log10(0.001), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.NaN() == math.NaN(), math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Copysign(3, -1), math.Signbit(-0.0), math.Remainder(7, 4))
	for _, r := range "aZ9 _é世!" {
		fmt.Print(string(r), ":", unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsPunct(r), " ")
	}
	fmt.Println()
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Latin))
	b := []byte("héllo")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(string(r), size, " ")
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(utf8.RuneCount([]byte("世界")), utf8.ValidRune(0xD800), utf8.RuneError, utf8.UTFMax)
	last, size := utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(last), size, utf8.FullRune([]byte{0xe4, 0xb8}))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
}
