// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package sort

import "math/bits"

// minigo: Go's slice.go with internal/reflectlite replaced by two natives:
// sliceLen(x) is reflectlite.ValueOf(x).Len() after reflectlite.Swapper(x) has
// checked that x is a slice (it panics with Swapper's text otherwise), and
// sliceSwap(x, i, j) is what Swapper(x)(i, j) does.

// sliceLen returns len(x) for a slice x; any other x panics as Go's reflect
// does ("reflect: call of Swapper on int Value" style texts, with the kind).
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x (x[i], x[j] = x[j], x[i]).
func sliceSwap(x any, i, j int)

func swapper(x any) func(i, j int) {
	return func(i, j int) { sliceSwap(x, i, j) }
}

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use [SliceStable].
func Slice(x any, less func(i, j int) bool) {
	length := sliceLen(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swapper(x)}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	length := sliceLen(x)
	stable_func(lessSwap{less, swapper(x)}, length)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
