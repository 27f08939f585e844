// run

// Go 1.17/1.20 slice to array conversions: [N]T(s) copies, (*[N]T)(s) aliases the
// slice's backing array (writes either way are seen by the other), nil and empty slices
// with N == 0, byte slices, multi-word elements, offsets into the array, and the
// length-check panic recovered.

package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a int
	s string
}

type Arr3 [3]int

func convert(s []int) (a [4]int, err any) {
	defer func() { err = recover() }()
	a = [4]int(s)
	return
}

func convertPtr(s []int) (p *[4]int, err any) {
	defer func() { err = recover() }()
	p = (*[4]int)(s)
	return
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)

	p := (*[3]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	s[2] = 300
	fmt.Println(p[2], len(p), cap(s))

	// An offset into the backing array.
	q := (*[2]int)(s[3:])
	q[0] = 400
	fmt.Println(s, *q)
	for i, v := range q {
		fmt.Println("range", i, v)
	}
	t := q[:]
	t[1] = 500
	fmt.Println(s, len(t), cap(t))

	// Named array types and a defined slice type.
	type ints []int
	var n Arr3 = Arr3(ints(s))
	fmt.Println(n)
	np := (*Arr3)(s)
	np[0] = -1
	fmt.Println(s[0])

	// Multi-word elements.
	ps := []pair{{1, "one"}, {2, "two"}, {3, "three"}}
	pa := [2]pair(ps[1:])
	pp := (*[2]pair)(ps)
	pp[1].s = "TWO"
	fmt.Println(pa, ps, pp[0].s)

	// Bytes.
	b := []byte("hello, world")
	ba := [5]byte(b)
	bp := (*[5]byte)(b[7:])
	bp[0] = 'W'
	b[8] = 'O'
	fmt.Println(string(ba[:]), string(b), string(bp[:]), bp[1])
	*bp = [5]byte{'x', 'y', 'z', 'z', 'y'}
	fmt.Println(string(b))

	// Zero lengths: a nil slice gives a nil pointer, an empty one does not.
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, (*[0]int)([]int{}) == nil, [0]int(nilS))
	fmt.Println((*[0]int)(s[5:]) != nil, len([0]int(s)))

	// len of a converted array is a constant: the conversion is not evaluated.
	const three = len([3]int(nilS))
	fmt.Println(three, len((*[2]int)(nilS)), cap([4]int(nilS)))

	// Pointer identity: the same element.
	fmt.Println(&p[0] == &s[0], &q[1] == &s[4])

	// The length check panics, with Go's text.
	_, err := convert(s[:2])
	fmt.Println(err)
	_, err = convertPtr(nil)
	fmt.Println(err)
	x, err := convert(s[1:])
	fmt.Println(x, err)
	_, isRT := err.(runtime.Error)
	fmt.Println(isRT)
	_, err = convertPtr(s[:3])
	_, isErr := err.(error)
	fmt.Println(err, isErr)

	// A big array, pointer into a long slice at a large offset.
	big := make([]int, 70000)
	big[69999] = 7
	bigp := (*[10]int)(big[69990:])
	bigp[0] = 9
	fmt.Println(bigp[9], big[69990], bigp == (*[10]int)(big[69990:]))

	// Unrecovered.
	short := s[:2]
	fmt.Println([3]int(short))
}
