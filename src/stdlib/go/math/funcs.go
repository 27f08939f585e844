package math

// The functions that are natives (Rust), exact as Go's: on amd64, Go computes these
// with single instructions (Sqrt, FMA) or SSE4 rounding (Floor, Ceil, Trunc), and
// Round/RoundToEven are exact operations. Everything else in this package is Go's own
// source (copied from Go's src/math with amd64's build choices), so results are Go's
// bit for bit; archExp, archLog and archHypot (Go's amd64 assembly) are natives that
// follow that assembly step by step.

func Ceil(x float64) float64
func Floor(x float64) float64
func Trunc(x float64) float64

// Round rounds half away from zero.
func Round(x float64) float64

// RoundToEven rounds half to even.
func RoundToEven(x float64) float64

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Sqrt returns the square root of x.
func Sqrt(x float64) float64
