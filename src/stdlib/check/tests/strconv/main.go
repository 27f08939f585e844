package main

import (
	"fmt"
	"strconv"

	s2 "std2/strconv"
)

var bad int

func eq(name string, a, b any) {
	if fmt.Sprintf("%#v", a) != fmt.Sprintf("%#v", b) {
		bad++
		fmt.Printf("%s: got %#v want %#v\n", name, a, b)
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	ins := []string{"", "0", "-0", "+5", "-", "+", "12", "-12", "0x1F", "0X1f", "0b101", "0o17", "017", "08", "1_000", "_1", "1__0", "0x_1F", "0_x1", "1_", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999999", "127", "128", "-128", "-129", "255", "256", "abc", "z", "Z", "1e3", " 1", "0x", "0b", "0o", "00", "0x8000000000000000"}
	for _, s := range ins {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65} {
				a, e1 := s2.ParseInt(s, base, bits)
				b, e2 := strconv.ParseInt(s, base, bits)
				eq(fmt.Sprint("ParseInt ", s, base, bits), []any{a, es(e1)}, []any{b, es(e2)})
				c, e3 := s2.ParseUint(s, base, bits)
				d, e4 := strconv.ParseUint(s, base, bits)
				eq(fmt.Sprint("ParseUint ", s, base, bits), []any{c, es(e3)}, []any{d, es(e4)})
			}
		}
		a, e1 := s2.Atoi(s)
		b, e2 := strconv.Atoi(s)
		eq("Atoi "+s, []any{a, es(e1)}, []any{b, es(e2)})
		x, e5 := s2.ParseBool(s)
		y, e6 := strconv.ParseBool(s)
		eq("ParseBool "+s, []any{x, es(e5)}, []any{y, es(e6)})
	}
	for _, i := range []int64{0, 1, -1, 42, -42, 1 << 62, -1 << 63, 1<<63 - 1, 35, 36} {
		for base := 2; base <= 36; base++ {
			eq("FormatInt", s2.FormatInt(i, base), strconv.FormatInt(i, base))
			eq("FormatUint", s2.FormatUint(uint64(i), base), strconv.FormatUint(uint64(i), base))
		}
		eq("Itoa", s2.Itoa(int(i)), strconv.Itoa(int(i)))
		eq("AppendInt", s2.AppendInt([]byte("x"), i, 10), strconv.AppendInt([]byte("x"), i, 10))
	}
	strs := []string{"", "abc", "a\"b", "a\\b", "\n\t\a\b\f\r\v", "\x00\x1f\x7f", "héllo", "世界", "\xff\xfe", "\u00a0\u2028\ufeff", "\U0001F600", "`", "'", "\u0378", "\U000E0001", "a\u00adb"}
	for _, s := range strs {
		eq("Quote "+s, s2.Quote(s), strconv.Quote(s))
		eq("QuoteToASCII "+s, s2.QuoteToASCII(s), strconv.QuoteToASCII(s))
		eq("QuoteToGraphic "+s, s2.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		eq("CanBackquote "+s, s2.CanBackquote(s), strconv.CanBackquote(s))
		for _, r := range s {
			eq("QuoteRune", s2.QuoteRune(r), strconv.QuoteRune(r))
			eq("QuoteRuneToASCII", s2.QuoteRuneToASCII(r), strconv.QuoteRuneToASCII(r))
		}
		q := strconv.Quote(s)
		u1, e1 := s2.Unquote(q)
		u2, e2 := strconv.Unquote(q)
		eq("Unquote "+q, []any{u1, es(e1)}, []any{u2, es(e2)})
	}
	for _, r := range []rune{-1, 0, 0xD800, 0x110000, 'x', '\'', '"'} {
		eq("QuoteRune", s2.QuoteRune(r), strconv.QuoteRune(r))
	}
	qs := []string{`"abc"`, `'a'`, `'ab'`, `''`, "`raw\r\nx`", "`x", `"a\x41\101\u00e9\U0001F600"`, `"\400"`, `"\xzz"`, `"a`, `"a"b`, `'\''`, `"\'"`, `'\"'`, `"\q"`, "\"a\nb\"", `"\ud800"`, `'\xff'`, "\"\xff\"", "'\xff'", `x`, `"`}
	for _, q := range qs {
		u1, e1 := s2.Unquote(q)
		u2, e2 := strconv.Unquote(q)
		eq("Unquote "+q, []any{u1, es(e1)}, []any{u2, es(e2)})
		p1, e3 := s2.QuotedPrefix(q + "rest")
		p2, e4 := strconv.QuotedPrefix(q + "rest")
		eq("QuotedPrefix "+q, []any{p1, es(e3)}, []any{p2, es(e4)})
	}
	f, err := s2.ParseFloat("1e400", 64)
	eq("ParseFloat", es(err), `strconv.ParseFloat: parsing "1e400": value out of range`)
	_ = f
	fmt.Println("strconv mismatches:", bad)
}
