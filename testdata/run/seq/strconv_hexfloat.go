// run

// strconv.ParseFloat of hexadecimal floats (mantissa rounding to nearest even, denormals,
// overflow to a range error, float32), underscores where Go allows them, specials, and
// Go's syntax errors; FormatFloat's 'x' and 'X' formats; then 3000 generated decimal and
// hexadecimal strings, 25 printed and all hashed.

package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 12345

func next(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

func gen() string {
	const hexd = "0123456789abcdefABCDEF"
	const decd = "0123456789"
	b := []byte{}
	switch next(4) {
	case 0:
		b = append(b, '-')
	case 1:
		b = append(b, '+')
	}
	hex := next(3) != 0
	digits := decd
	if hex {
		b = append(b, '0', "xX"[next(2)])
		digits = hexd
	}
	n := next(22)
	dot := -1
	if next(2) == 0 {
		dot = next(n + 1)
	}
	for i := 0; i < n; i++ {
		if i == dot {
			b = append(b, '.')
		}
		if next(12) == 0 {
			b = append(b, '_')
		}
		if next(3) == 0 {
			b = append(b, '0')
		} else {
			b = append(b, digits[next(len(digits))])
		}
	}
	if next(8) != 0 {
		if hex {
			b = append(b, "pP"[next(2)])
		} else {
			b = append(b, "eE"[next(2)])
		}
		switch next(3) {
		case 0:
			b = append(b, '-')
		case 1:
			b = append(b, '+')
		}
		e := next(1200)
		if next(4) == 0 {
			e = next(40)
		}
		b = append(b, strconv.Itoa(e)...)
		if next(30) == 0 {
			b = append(b, '_')
		}
	}
	return string(b)
}

func main() {
	for _, s := range []string{"0x1.8p1", "0X.8p-2", "0x1_0p0", "0x_1p0", "0x1p", "0x1.8", "0x1p1_0", "-0x1p-1074", "0x1p-1075", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.0000000000000801p0", "0x1p-149", "0x1.8p1_", "0x", "0xp1", "1_0.5", "0x1.Fp+3", "+0x10p-4", "0x.p1", "0x1__0p0"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e300, 5e-324, 0.1} {
		fmt.Println(strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 3, 64), strconv.FormatFloat(f, 'x', 0, 32), strconv.FormatFloat(f, 'x', 20, 64))
	}
	for _, s := range []string{"inf", "+Inf", "-infinity", "infin", "nan", "+nan", "NaN", "1e-400", "1e400", "-1e39", "1_000.000_1", "_1", "1_", "1__0", "0x1p-126", "0x1.fffffep127", "0x1.ffffffp127", ".e1", "1.e1", "0x1.p0"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	var h uint64 = 14695981039346656037
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
	}
	for i := 0; i < 3000; i++ {
		s := gen()
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		line := fmt.Sprintf("%s %x %v %x %v", s, math.Float64bits(f), err, math.Float64bits(g), err2)
		mix(line)
		if i < 25 {
			fmt.Println(line)
		}
	}
	fmt.Printf("%x\n", h)
}
