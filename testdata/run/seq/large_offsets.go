// run

// Pointers far into an object (beyond the 32767 words a pointer word holds inline):
// &a[i] of a big array, fields after a big array, and elements of slices into it.

package main

import "fmt"

type big struct {
	pad [70000]int
	x   int
	arr [10]int
}

func main() {
	var a [50000]int
	p := &a[45000]
	*p = 7
	q := &a[45000]
	fmt.Println(a[45000], p == q, *q)
	b := new(big)
	px := &b.x
	*px = 3
	b.arr[4] = 9
	pa := &b.arr[4]
	*pa += 1
	fmt.Println(b.x, b.arr[4], *px, *pa)
	s := a[40000:40010]
	s[1] = 5
	fmt.Println(a[40001], len(s))
	ps := &s[2]
	*ps = 11
	fmt.Println(a[40002])
}
