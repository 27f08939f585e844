// run

// Generic functions whose constraints are unions without a core type (`int |
// float64`, `~int | ~int64 | ~float64`, cmp.Ordered, `~string | ~[]byte`): their
// bodies use operators, untyped constants, conversions, len and indexing valid for
// every type of the type set.

package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Integer interface {
	~int | ~int8 | ~uint | ~uint8 | ~uint64
}

type Celsius float64
type ID int64

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Abs[T Number](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Mean[T Number](xs ...T) float64 {
	if len(xs) == 0 {
		return 0
	}
	total := T(0)
	for _, x := range xs {
		total = total + x
	}
	return float64(total) / float64(len(xs))
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		out = append(out, x*k+1)
	}
	return out
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Clamp[T cmp.Ordered](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func Bits[T Integer](x T) (T, T, T, int) {
	n := 0
	for y := x; y != 0; y >>= 1 {
		n += int(y & 1)
	}
	return x << 2, x &^ 1, x ^ 3 | 4, n
}

func FirstByte[T ~string | ~[]byte](s T) byte {
	if len(s) == 0 {
		return 0
	}
	return s[0]
}

func Count[T ~string | ~[]byte](s T, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func Concat[T ~string | ~int](a, b T) T { return a + b }

func Index[T int | int64 | uint8](xs []string, i T) string { return xs[i] }

func Describe[T int | string | float64](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + strings.ToUpper(v)
	default:
		return fmt.Sprint("other ", v)
	}
}

func Eq[T int | string | Celsius](a, b T) bool { return a == b || a != a }

func Inc[T Number](p *T) {
	*p++
	*p += 2
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Abs(-3), Abs(Celsius(-2.5)), Abs(ID(7)), Abs(int8(-128)))
	fmt.Println(Mean(1, 2, 4), Mean[Celsius](), Mean(float32(1.5), 2))
	fmt.Println(Scale([]ID{1, 2}, 10), Scale([]float64{0.5}, 2))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(Celsius(1)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, 0, 1), Clamp("m", "a", "k"))
	fmt.Println(Bits(uint8(13)))
	fmt.Println(Bits(6))
	fmt.Println(FirstByte("hi"), FirstByte([]byte{9}), FirstByte(""))
	fmt.Println(Count("banana", 'a'), Count([]byte("aaa"), 'a'))
	fmt.Println(Concat("go", "pher"), Concat(40, 2))
	fmt.Println(Index([]string{"a", "b", "c"}, uint8(2)), Index([]string{"x"}, int64(0)))
	fmt.Println(Describe(4), Describe("go"), Describe(2.5))
	fmt.Println(Eq(1, 1), Eq("a", "b"), Eq[Celsius](1, 1))
	v := Celsius(1)
	Inc(&v)
	fmt.Println(v)
}
