package main

import (
	"fmt"
	"math"

	m2 "std2/math"
)

func main() {
	bad := 0
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, -3.5, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, x := range vals {
		for _, y := range vals {
			a := fmt.Sprint(m2.Max(x, y), m2.Min(x, y), m2.Dim(x, y), m2.Copysign(x, y), m2.Signbit(m2.Max(x, y)), m2.Signbit(m2.Min(x, y)))
			b := fmt.Sprint(math.Max(x, y), math.Min(x, y), math.Dim(x, y), math.Copysign(x, y), math.Signbit(math.Max(x, y)), math.Signbit(math.Min(x, y)))
			if a != b {
				bad++
				fmt.Println(x, y, a, b)
			}
		}
		for _, s := range []int{-1, 0, 1} {
			if m2.IsInf(x, s) != math.IsInf(x, s) || m2.Inf(s) != math.Inf(s) {
				bad++
			}
		}
		if fmt.Sprint(m2.Abs(x), m2.IsNaN(x), m2.Signbit(x)) != fmt.Sprint(math.Abs(x), math.IsNaN(x), math.Signbit(x)) {
			bad++
		}
	}
	if m2.Pi != math.Pi || m2.E != math.E || m2.MaxFloat32 != math.MaxFloat32 || m2.SmallestNonzeroFloat32 != math.SmallestNonzeroFloat32 || m2.MaxFloat64 != math.MaxFloat64 || m2.SmallestNonzeroFloat64 != math.SmallestNonzeroFloat64 || m2.Log2E != math.Log2E || m2.Log10E != math.Log10E || m2.MaxUint64 != uint64(math.MaxUint64) || m2.MinInt64 != math.MinInt64 || m2.Sqrt2 != math.Sqrt2 || m2.Phi != math.Phi {
		bad++
		fmt.Println("constants differ")
	}
	fmt.Println("math mismatches:", bad, m2.IsNaN(m2.NaN()))
}
