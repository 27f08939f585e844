// run

// Complex numbers: complex64/complex128 values, complex/real/imag, arithmetic with Go's
// exact multiplication and division (NaN and Inf cases as runtime.complex128div),
// comparison, conversions, constants, fmt's verbs and strconv.FormatComplex.

package main

import (
	"fmt"
	"math"
	"strconv"
)

type C complex128

type point struct {
	name string
	z    complex128
}

const k = 2 + 3i
const kk = k * k

func div(a, b complex128) complex128 { return a / b }

func mul(a, b complex128) complex128 { return a * b }

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(a), real(b*b), imag(b*b))
	fmt.Println(a == b, a != b, a == complex(1.5, -2), b == 3+4i)
	fmt.Println(k, kk, real(kk), imag(k))

	// complex64 rounds each part to float32.
	var f complex64 = complex(1.1, 2.2)
	g := complex64(complex(0.1, 0.3))
	fmt.Println(f, g, f*g, f/g, f+g, complex128(f))
	var x32 float32 = 0.1
	h := complex(x32, x32*3)
	fmt.Printf("%T %v %T %v\n", h, h, real(h), real(h))
	fmt.Println(complex64(a), complex128(complex64(1.0/3+1i/3)))

	// Division and multiplication edge cases.
	inf, nan := math.Inf(1), math.NaN()
	zero := complex(0, 0)
	cases := []complex128{
		1, 0, 1i, -1, complex(inf, 0), complex(0, inf), complex(nan, 0),
		complex(inf, inf), complex(-inf, nan), complex(1e308, 1e308), complex(1e-308, 1e-320),
	}
	for _, n := range cases {
		for _, m := range cases {
			fmt.Print(div(n, m), mul(n, m), " ")
		}
		fmt.Println()
	}
	fmt.Println(1/zero, -1/zero, zero/zero, complex(1, 1)/zero)
	q := complex(nan, nan)
	fmt.Println(q == q, q != q, complex(0, 1)*complex(0, 1))

	// Assignment operators, ++ and --.
	c := complex(1, 1)
	c += 2i
	c *= c
	c -= 1
	c /= 2
	c++
	fmt.Println(c)
	var c64 complex64 = 1 + 1i
	c64 *= complex(0.1, 0)
	c64++
	fmt.Println(c64)

	// As values: struct fields, arrays, slices, maps, interfaces.
	ps := []point{{"a", 1 + 2i}, {"b", -3i}}
	arr := [3]complex64{1, 2i, 3 + 3i}
	m := map[complex128]string{1i: "i", 1: "one", -1: "minus one", complex(1, -1): "1-i"}
	fmt.Println(ps, arr, m, len(m), m[1i])
	fmt.Printf("%v %+v %#v\n", ps[0], ps[1], arr)
	var e any = b
	switch v := e.(type) {
	case complex64:
		fmt.Println("complex64", v)
	case complex128:
		fmt.Println("complex128", v, v == b, e == any(3+4i))
	}
	var named C = C(a)
	fmt.Println(named, named*named)
	fmt.Printf("%T %v\n", named, named)

	// fmt's verbs.
	fmt.Printf("%v|%f|%8.2f|%e|%E|%g|%G|%+v|%+f|%x|%X|%b|% v|%-8.1f|%08.2f|%.3g\n",
		a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
	fmt.Printf("%d|%s|%q|%t|%c\n", a, a, a, a, a)
	fmt.Printf("%v %v %.1f %5.1f\n", complex(inf, -inf), complex(nan, 0), complex(inf, nan), complex(-inf, 1))
	fmt.Printf("%v %v\n", f, complex64(complex(1e20, 1e-20)))
	fmt.Println(fmt.Sprint(a, b), fmt.Sprintf("%6.2f", complex64(b)))

	// strconv.FormatComplex.
	fmt.Println(strconv.FormatComplex(a, 'f', 2, 128), strconv.FormatComplex(complex128(f), 'g', -1, 64),
		strconv.FormatComplex(complex(inf, nan), 'e', 3, 128))
}
