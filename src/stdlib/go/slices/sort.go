package slices

import "cmp"

// Sort sorts a slice of any ordered type in ascending order (NaNs first).
// Like Go's it is not stable; it is an introsort (see package sort), so equal
// elements may end in a different order than Go's pdqsort leaves them.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts x in ascending order as determined by cmp (negative when
// a < b, positive when a > b, zero when equal); not stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	limit := 0
	for i := n; i > 0; i >>= 1 {
		limit++
	}
	introSort(x, cmp, 0, n, 2*limit)
}

func introSort[E any](x []E, cmp func(a, b E) int, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(x, cmp, lo, hi)
			return
		}
		depth--
		p := partition(x, cmp, lo, hi)
		if p-lo < hi-p-1 {
			introSort(x, cmp, lo, p, depth)
			lo = p + 1
		} else {
			introSort(x, cmp, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(x, cmp, lo, hi)
}

func partition[E any](x []E, cmp func(a, b E) int, lo, hi int) int {
	mid := lo + (hi-lo)/2
	last := hi - 1
	if cmp(x[mid], x[lo]) < 0 {
		x[mid], x[lo] = x[lo], x[mid]
	}
	if cmp(x[last], x[mid]) < 0 {
		x[last], x[mid] = x[mid], x[last]
		if cmp(x[mid], x[lo]) < 0 {
			x[mid], x[lo] = x[lo], x[mid]
		}
	}
	x[lo], x[mid] = x[mid], x[lo]
	i, j := lo+1, last
	for {
		for i <= j && cmp(x[i], x[lo]) < 0 {
			i++
		}
		for i <= j && cmp(x[lo], x[j]) < 0 {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

func insertionSort[E any](x []E, cmp func(a, b E) int, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func heapSort[E any](x []E, cmp func(a, b E) int, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(x, cmp, i, n, lo)
	}
	for i := n - 1; i >= 0; i-- {
		x[lo], x[lo+i] = x[lo+i], x[lo]
		siftDown(x, cmp, 0, i, lo)
	}
}

func siftDown[E any](x []E, cmp func(a, b E) int, root, n, lo int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && cmp(x[lo+child], x[lo+child+1]) < 0 {
			child++
		}
		if cmp(x[lo+root], x[lo+child]) >= 0 {
			return
		}
		x[lo+root], x[lo+child] = x[lo+child], x[lo+root]
		root = child
	}
}

// SortStableFunc sorts x as SortFunc does, keeping equal elements in their
// original order (a merge sort through a buffer).
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	if len(x) < 2 {
		return
	}
	buf := make([]E, len(x))
	mergeSort(x, buf, cmp)
}

func mergeSort[E any](x, buf []E, cmp func(a, b E) int) {
	n := len(x)
	if n <= 12 {
		insertionSort(x, cmp, 0, n)
		return
	}
	m := n / 2
	mergeSort(x[:m], buf[:m], cmp)
	mergeSort(x[m:], buf[m:], cmp)
	copy(buf, x)
	i, j, k := 0, m, 0
	for i < m && j < n {
		if cmp(buf[j], buf[i]) < 0 {
			x[k] = buf[j]
			j++
		} else {
			x[k] = buf[i]
			i++
		}
		k++
	}
	for i < m {
		x[k] = buf[i]
		i++
		k++
	}
	for j < n {
		x[k] = buf[j]
		j++
		k++
	}
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice and returns the earliest
// position where target is found, or the position where it would appear in
// the sort order, and whether it was found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

// BinarySearchFunc works like BinarySearch with a comparison function.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}
