// run

// Special functions and IEEE edge cases of package math, printed as Go prints them.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{-2.5, -1, -0.5, 0, 0.25, 0.5, 1, 1.5, 2, 3.7, 10, 171, 172, 1e-8, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign, math.Erf(x), math.Erfc(x))
	}
	for _, x := range []float64{-1, -0.99, -0.5, 0, 0.1, 0.5, 0.999, 1, 1.5} {
		fmt.Println("erfinv", x, math.Erfinv(x), math.Erfcinv(x+1))
	}
	for _, x := range []float64{0, 0.5, 1, 2.5, 10, 100, -3} {
		fmt.Println("bessel", x, math.J0(x), math.J1(x), math.Jn(3, x), math.Y0(x), math.Y1(x), math.Yn(2, x))
	}
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter32(1, 2))
	fmt.Println(math.Logb(8), math.Logb(0.1), math.Ilogb(1000), math.Logb(0), math.Ilogb(0))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(2, 3, 4))
	fmt.Println(math.Log(5e-324), math.Log(1e-310), math.Exp(-745), math.Exp(-744.5), math.Exp(709.7), math.Exp(710))
	fmt.Println(math.Exp(1), math.Exp(-1), math.Exp(0.5), math.Log(math.E), math.Log(10), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Hypot(3, 4), math.Hypot(math.Inf(-1), math.NaN()), math.Hypot(math.NaN(), 1), math.Hypot(0, 0))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Mod(5, 0), math.Mod(math.Inf(1), 1), math.Remainder(7, 3), math.Remainder(-7.5, 2))
	fmt.Println(math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-0.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(-3.5))
	neg0 := math.Copysign(0, -1)
	fmt.Println(neg0, 1/neg0, math.Signbit(neg0), neg0 == 0, math.Sqrt(neg0), math.Sqrt(-1))
	fr, e := math.Frexp(1024)
	fmt.Println(fr, e, math.Ldexp(0.5, 11), math.Ldexp(1, -1075), math.Ldexp(1, 1024))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Cbrt(-8), math.Pow(0, -1), math.Pow(-0.0, -3), math.Pow(1, math.NaN()), math.Pow10(-3), math.Pow10(400))
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/3), math.Tan(1e10), math.Sin(1e300), math.Atan2(-0.0, -1), math.Atan2(1, 0))
	fmt.Println(math.Sinh(2), math.Cosh(-2), math.Tanh(30), math.Asinh(-1), math.Acosh(1), math.Atanh(1), math.Atanh(0.5))
	fmt.Println(math.Expm1(1e-10), math.Log1p(-1), math.Log1p(1e-15), math.Exp2(10.5))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.Float64bits(-0.0), math.Float64bits(neg0), math.Float32bits(1.5), math.Float64frombits(0x4000000000000000))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.IsNaN(nan), math.IsInf(math.Inf(-1), -1), math.Max(nan, 1), math.Min(neg0, 0), math.Max(neg0, 0), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Printf("%.3f %.3e %g %v %08.3f|%-8.2f|%+.1f\n", math.Pi, math.Pi*1e10, 1e21, float32(0.1), -math.E, math.Sqrt2, math.Phi)
}
