// run

// Slices share their backing array until append has to grow it.

package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b[0] = 20
	fmt.Println(a)
	b = append(b, 30) // fits in cap: overwrites a[3]
	fmt.Println(a, b)
	c := a[1:3:3]     // full slice expression: cap 2
	c = append(c, 99) // must grow: a is untouched
	c[0] = -1
	fmt.Println(a, c, len(c))

	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice), cap(nilSlice))
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice, nilSlice == nil)

	src := []int{7, 8, 9}
	dst := make([]int, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src) // overlapping copy
	fmt.Println(n, src)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	s := []string{"a", "b", "c", "d"}
	s = append(s[:1], s[2:]...) // delete index 1
	fmt.Println(s, len(s))
	s = append(s, s...)
	fmt.Println(s)

	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[3] = 40
	fmt.Println(arr, sl[len(sl)-1])
	p := &arr
	fmt.Println(len(p), p[0], p[1:2])

	var grow []int
	caps := map[int]bool{}
	for i := 0; i < 100; i++ {
		grow = append(grow, i)
		caps[cap(grow)] = true
	}
	fmt.Println(len(grow), grow[99], len(caps) > 3)
}
