// run

// Floating point: NaN, signed zeros, infinities, conversions and printing.

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	negZero := -zero * 1
	fmt.Println(nan, inf, -inf, negZero, 1/negZero)
	fmt.Println("nan == nan:", nan == nan, "nan != nan:", nan != nan, "nan < 1:", nan < 1)
	fmt.Println("IsNaN:", math.IsNaN(nan), "IsInf:", math.IsInf(-inf, -1), "Signbit(-0):", math.Signbit(negZero))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(1e21, 1e20, 1e-7, 123456789.0, 3.0, 2.5e-3)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	f29 := 2.9
	fmt.Println(int64(f29), int64(-f29), uint8(200.0), float64(7)/2)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(2.7), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Mod(7, 3), math.Abs(-3.2), math.Inf(1)-math.Inf(1))
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float64(f32)+1)
	fmt.Printf("%.3f %8.2f %-8.2f| %e %g %G %v\n", math.Pi, math.E, 1.5, 123456.789, 1e-10, 1e100, 100000000.0)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), c == complex(1, 2))
}
