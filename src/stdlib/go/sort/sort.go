// Package sort: sorting slices and user-defined collections, and binary search.
// minigo's own declaration, in Go. sliceLen and sliceSwap (reflection on the
// slice passed to Slice and friends) have no body and are implemented in Rust.
//
// Sort is an introsort (quicksort with median-of-three pivots, insertion sort
// for short ranges, heapsort past a depth limit); Stable is insertion-sorted
// blocks merged in place with rotations. Both call only Len, Less and Swap.
// Like Go's, Sort is not stable, but the order it leaves equal elements in
// differs from Go's pattern-defeating quicksort.
package sort

// An Interface is a collection that can be sorted by index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether element i must sort before element j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by Less; not stable.
func Sort(data Interface) {
	n := data.Len()
	if n < 2 {
		return
	}
	limit := 0
	for i := n; i > 0; i >>= 1 {
		limit++
	}
	introSort(data, 0, n, 2*limit)
}

func introSort(data Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		// Recurse into the smaller side, loop on the larger.
		if p-lo < hi-p-1 {
			introSort(data, lo, p, depth)
			lo = p + 1
		} else {
			introSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// partition moves a median-of-three pivot to lo, partitions data[lo+1:hi]
// around it, puts it in its final place and returns that index.
func partition(data Interface, lo, hi int) int {
	mid := lo + (hi-lo)/2
	last := hi - 1
	// Order lo, mid, last so that the median ends up at mid.
	if data.Less(mid, lo) {
		data.Swap(mid, lo)
	}
	if data.Less(last, mid) {
		data.Swap(last, mid)
		if data.Less(mid, lo) {
			data.Swap(mid, lo)
		}
	}
	data.Swap(lo, mid) // pivot at lo
	i, j := lo+1, last
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, lo)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(lo, lo+i)
		siftDown(data, 0, i, lo)
	}
}

// siftDown restores the max-heap property of data[lo:lo+n] from root down.
func siftDown(data Interface, root, n, lo int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

// Stable sorts data in ascending order as determined by Less, keeping equal
// elements in their original order.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		insertionSort(data, lo, hi)
	}
	for width := block; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			merge(data, lo, lo+width, hi)
		}
	}
}

// merge merges the sorted runs data[lo:mid] and data[mid:hi] in place, stably:
// it splits the longer run in half, finds where that element's equals belong in
// the other run, rotates the middle parts past each other and recurses.
func merge(data Interface, lo, mid, hi int) {
	n1, n2 := mid-lo, hi-mid
	if n1 == 0 || n2 == 0 {
		return
	}
	if n1+n2 == 2 {
		if data.Less(mid, lo) {
			data.Swap(lo, mid)
		}
		return
	}
	var cut1, cut2 int
	if n1 >= n2 {
		cut1 = lo + n1/2
		// First element of the right run not less than data[cut1].
		cut2 = mid + searchRange(n2, func(k int) bool { return !data.Less(mid+k, cut1) })
	} else {
		cut2 = mid + n2/2
		// First element of the left run greater than data[cut2].
		cut1 = lo + searchRange(n1, func(k int) bool { return data.Less(cut2, lo+k) })
	}
	rotate(data, cut1, mid, cut2)
	newMid := cut1 + (cut2 - mid)
	merge(data, lo, cut1, newMid)
	merge(data, newMid, cut2, hi)
}

// searchRange is Search without a closure over its result type.
func searchRange(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by three reversals.
func rotate(data Interface, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, a, b int) {
	for b--; a < b; a, b = a+1, b-1 {
		data.Swap(a, b)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverseSorter struct {
	Interface
}

func (r reverseSorter) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverseSorter{data} }

// sliceLen returns len(x) for a slice x; any other x panics as Go's reflect
// does ("reflect: call of Swapper on int Value" style texts, with the kind).
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x (x[i], x[j] = x[j], x[i]).
func sliceSwap(x any, i, j int)

// sliceSorter sorts any slice through reflection and a less function.
type sliceSorter struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *sliceSorter) Len() int           { return s.n }
func (s *sliceSorter) Less(i, j int) bool { return s.less(i, j) }
func (s *sliceSorter) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// Slice sorts the slice x given less; not stable. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	Sort(&sliceSorter{x, sliceLen(x), less})
}

// SliceStable sorts the slice x given less, keeping equal elements in order.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(&sliceSorter{x, sliceLen(x), less})
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
