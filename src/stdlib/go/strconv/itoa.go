package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in the given base (2 to 36), lower-case letters for
// digits >= 10.
func FormatUint(i uint64, base int) string {
	return string(appendUint(nil, i, base, false))
}

// FormatInt returns i in the given base (2 to 36).
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(appendUint(nil, uint64(-i), base, true))
	}
	return string(appendUint(nil, uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the string form of i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendUint(dst, uint64(-i), base, true)
	}
	return appendUint(dst, uint64(i), base, false)
}

// AppendUint appends the string form of i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendUint(dst, i, base, false)
}

func appendUint(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte // enough for base 2 and a sign
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// formatFloat formats f as Go's strconv.FormatFloat does: fmt is one of
// 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' (any other gives "%" + fmt), prec -1
// is the shortest representation that reads back exactly at bitSize (32 or
// 64) bits; Inf and NaN print as "+Inf", "-Inf", "NaN".
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatFloat converts f to a string according to fmt and prec, assuming it
// came from a float of bitSize bits.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// FormatComplex converts the complex number c to a string of the form (a+bi) where a
// and b are the real and imaginary parts, formatted as FormatFloat does; bitSize is 64
// for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// AppendFloat appends the FormatFloat form of f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}
