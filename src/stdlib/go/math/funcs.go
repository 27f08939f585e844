package math

// Rounding.
func Ceil(x float64) float64
func Floor(x float64) float64
func Trunc(x float64) float64

// Round rounds half away from zero.
func Round(x float64) float64

// RoundToEven rounds half to even.
func RoundToEven(x float64) float64

func Modf(f float64) (int float64, frac float64)
func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Mod(x, y float64) float64
func Remainder(x, y float64) float64
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func Logb(x float64) float64
func Ilogb(x float64) int
func FMA(x, y, z float64) float64

// Powers, roots, exponentials and logarithms.
func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Hypot(p, q float64) float64
func Pow(x, y float64) float64
func Pow10(n int) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64

// Trigonometric and hyperbolic functions.
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64

// Special functions.
func Gamma(x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfinv(x float64) float64
func Erfcinv(x float64) float64
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
