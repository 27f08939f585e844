package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"time"

	f2 "std2/fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type point struct {
	X, Y int
	name string
}

type withStringer struct {
	A Celsius
	b Celsius
	E error
	I any
}

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return "ptrStringer" }

type myErr struct{}

func (myErr) Error() string { return "my error" }

type panicky struct{}

func (panicky) String() string { panic("boom") }

type nilPanicky struct{ x int }

func (p *nilPanicky) String() string { return fmt.Sprint(p.x) }

type formatter struct{}

func (formatter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c %d %v %d %v %v%v%v]", verb, w, wok, p, pok, s.Flag('+'), s.Flag('#'), s.Flag('-'))
}

type formatter2 struct{}

func (formatter2) Format(s f2.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	f2.Fprintf(s, "F[%c %d %v %d %v %v%v%v]", verb, w, wok, p, pok, s.Flag('+'), s.Flag('#'), s.Flag('-'))
}

type gostringer struct{}

func (gostringer) GoString() string { return "GOSTRING" }

type myBytes []byte
type myInt int
type myStr string

func main() {
	bad := 0
	e1 := errors.New("inner")
	vals := []any{nil, true, false, 0, 42, -42, int8(-128), uint8(255), uint64(math.MaxUint64), int64(math.MinInt64), uintptr(0x1234),
		3.0, 1e6, 1e21, 123456.789, -0.0, math.Inf(1), math.Inf(-1), math.NaN(), float32(0.1), 1e-7, 2.5e-10,
		complex(1, -2), complex64(complex(0.5, 0.25)),
		"", "hello", "héllo, 世界", "a\tb\"c\\", "\xff\x00", []byte("bytes"), []byte(nil), myBytes("mb"), myInt(7), myStr("ms"),
		'x', '世', rune(-1), rune(0x110000),
		[]int{1, 2, 3}, []int(nil), [3]string{"a", "b", ""}, []any{1, "a", nil, 2.5}, [][]int{{1}, {2, 3}},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 2: "b"}, map[string]int(nil), map[any]int{"s": 1, "a": 2},
		point{1, 2, "p"}, &point{3, 4, "q"}, []point{{5, 6, "r"}}, []*point{nil},
		Celsius(21.5), []Celsius{1, 2}, map[Celsius]Celsius{1: 2},
		withStringer{1, 2, e1, Celsius(3)}, withStringer{}, &withStringer{A: 5},
		e1, myErr{}, fmt.Errorf("wrap: %w", e1), []error{e1, nil},
		panicky{}, (*nilPanicky)(nil), &nilPanicky{5}, &ptrStringer{1}, ptrStringer{2},
		gostringer{}, []gostringer{{}},
		struct{}{}, struct{ A *int }{}, struct {
			A int
			B string
		}{1, "x"},
		time.Duration(1500) * time.Millisecond, time.Month(3), []time.Duration{time.Second},
		os.ErrNotExist, (*int)(nil), (func())(nil), (chan int)(nil), any(nil), []any{nil},
	}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U", "%#U", "%e", "%E", "%f", "%F", "%g", "%G", "%t", "%p",
		"%5v", "%-5v|", "%05d", "%+d", "% d", "%x", "% x", "%#x", "% #x", "%#o", "%#b", "%.2f", "%8.3f", "%-8.3f|", "%+.3e", "%08.3f", "%+08.3f", "%.0f", "%#.0f", "%#g", "%#v",
		"%10s|", "%-10s|", "%.3s", "%010s", "%.1q", "%#q", "%+q", "%6.2v", "%w", "%.*d", "%*d", "%-*d|", "%[2]d %[1]d", "%[3]d", "%d %d", "%!", "%", "%z", "%5.1f%%", "%h", "%#p", "%v %v",
		"%#U", "%x", "%.3x", "%10.4x|", "%#X", "% X", "%.0d", "%5.0d|", "%+.0d", "%#.3o", "%08b", "%-08d|", "%3c|", "%-3c|", "%08q", "%.2v", "%6.3v|", "%#08x", "%+x", "%x", "%#-8x|", "%#8x|",
	}
	for _, v := range vals {
		for _, verb := range verbs {
			a := f2.Sprintf(verb, v)
			b := fmt.Sprintf(verb, v)
			if a != b {
				bad++
				if bad < 60 {
					fmt.Printf("Sprintf(%q, %T): got %q want %q\n", verb, v, a, b)
				}
			}
		}
		a := f2.Sprint(v, v, "s", 1, "t") + f2.Sprintln(v, "x", v)
		b := fmt.Sprint(v, v, "s", 1, "t") + fmt.Sprintln(v, "x", v)
		if a != b {
			bad++
			fmt.Printf("Sprint(%T): got %q want %q\n", v, a, b)
		}
	}
	multi := [][]any{{"%d %s %v", 1, "two", 3.0}, {"%*d|%-*d|", 5, 1, 4, 2}, {"%.*f", 2, math.Pi}, {"%[1]d %[1]x %#[1]o", 64}, {"%d", 1, 2, "x"}, {"%d %d", 1}, {"%[5]d", 1}, {"%[0]d", 1}, {"%[x]d", 1}, {"%*d", "x", 1}, {"%.*d", -1, 5}, {"%*d", -5, 1}, {"%v %v", nil, []any{nil}}, {"%3[1]d|%-3[1]d|", 7}, {"%[2]*[1]d", 12, 5}, {"%d%%", 50}, {"no verbs", 1}}
	for _, m := range multi {
		a := f2.Sprintf(m[0].(string), m[1:]...)
		b := fmt.Sprintf(m[0].(string), m[1:]...)
		if a != b {
			bad++
			fmt.Printf("Sprintf%q: got %q want %q\n", m, a, b)
		}
	}
	w1 := f2.Errorf("ctx: %w", e1)
	w2 := fmt.Errorf("ctx: %w", e1)
	if w1.Error() != w2.Error() || errors.Unwrap(w1) != e1 || !errors.Is(w1, e1) {
		bad++
		fmt.Println("Errorf %w", w1)
	}
	w3 := f2.Errorf("a %w b %w", e1, myErr{})
	if w3.Error() != "a inner b my error" || !errors.Is(w3, e1) {
		bad++
		fmt.Println("Errorf 2 %w", w3)
	}
	if f2.Errorf("x %w", 5).Error() != fmt.Errorf("x %w", 5).Error() {
		bad++
		fmt.Println("Errorf bad %w", f2.Errorf("x %w", 5), fmt.Errorf("x %w", 5))
	}
	if f2.Sprintf("%w", e1) != fmt.Sprintf("%w", e1) {
		bad++
		fmt.Println("Sprintf %w", f2.Sprintf("%w", e1), fmt.Sprintf("%w", e1))
	}
	if got := f2.Sprintf("%+8.3x|%-#v", formatter2{}, formatter2{}); got != "F[x 8 true 3 true truefalsefalse]|F[v 0 false 0 false falsetruetrue]" {
		bad++
		fmt.Println("Formatter:", got)
	}
	f2.Printf("%s %d\n", "printed", 1)
	f2.Println("println", 2, true)
	fmt.Println("fmt mismatches:", bad)
}
