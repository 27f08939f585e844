// run

// strconv: every Parse* and Format*, quoting, Append*, and Go's error texts.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "0b101", "0o17", "1_000", "", " 1", "9223372036854775808", "abc", "+5"} {
		i, err := strconv.Atoi(s)
		fmt.Println("Atoi", s, i, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"777", 8, 16}, {"z", 36, 64}, {"1_000", 0, 32}, {"1_000", 10, 32}, {"12", 1, 64}, {"12", 10, 65}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println("ParseInt", c.s, c.base, c.bits, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		v, err := strconv.ParseUint(s, 10, 8)
		w, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println("ParseUint", s, v, err, w, err2)
	}
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "1_0.5", ".5", "5.", "abc", "1e", "4.9e-324", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println("ParseFloat", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err)
	}
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)

	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 2), strconv.FormatInt(-8, 8))
	for _, f := range []float64{3.14159, 1e21, 1e-7, 100, 0, -2.5, 123456789} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'E', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"q\"\x00\xff"), strconv.QuoteToASCII("Hello, 世界"), strconv.QuoteToGraphic("a\u00a0b"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''), strconv.QuoteRune('\x01'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`, `'ab'`, `"\x41\101"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote %s %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(v), mb, tail, err)
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'))

	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	fmt.Println(string(b))
}
