// Slice indexing, comparisons and recursion: a hand-written quicksort
// (Hoare partition around the middle element) of 1e6 pseudo-random ints.
package main

import "fmt"

func quicksort(a []int, lo, hi int) {
	for lo < hi {
		pivot := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		quicksort(a, lo, j)
		lo = i
	}
}

func main() {
	const n = 1000000
	a := make([]int, n)
	seed := 7
	for i := range a {
		seed = (seed*1103515245 + 12345) & 0x7fffffff
		a[i] = seed
	}
	quicksort(a, 0, n-1)
	sum, sorted := 0, true
	for i, v := range a {
		if i > 0 && a[i-1] > v {
			sorted = false
		}
		sum = (sum + v%1000003*(i+1)) % 1000000007
	}
	fmt.Println(sorted, a[0], a[n/2], a[n-1], sum)
}
