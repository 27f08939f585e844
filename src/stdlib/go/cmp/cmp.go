// Package cmp: the Ordered constraint and comparison of ordered values.
// minigo's own declaration, in Go.
package cmp

// Ordered is a constraint permitting any ordered type: one that supports the
// operators < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// isNaN reports whether x is a NaN without requiring math.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Less reports whether x is less than y; a NaN is less than any non-NaN, and
// -0.0 is not less than 0.0.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1 if x is less than y, 0 if x equals y, +1 if x is greater
// than y; a NaN is less than any non-NaN and equal to a NaN.
func Compare[T Ordered](x, y T) int {
	xNaN := isNaN(x)
	yNaN := isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// Or returns the first of its arguments that is not the zero value, or the
// zero value if none is.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
