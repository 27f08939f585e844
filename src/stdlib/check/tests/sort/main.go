package main

import (
	"fmt"
	"math/rand"
	"sort"

	s2 "std2/sort"
)

type rec struct{ k, v int }
type byK []rec

func (x byK) Len() int           { return len(x) }
func (x byK) Less(i, j int) bool { return x[i].k < x[j].k }
func (x byK) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func main() {
	bad := 0
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 3, 5, 12, 13, 20, 21, 40, 41, 100, 1000, 5000} {
		for _, mod := range []int{1, 2, 10, 1000000} {
			for pattern := 0; pattern < 4; pattern++ {
				a := make([]int, n)
				for i := range a {
					switch pattern {
					case 0:
						a[i] = r.Intn(mod)
					case 1:
						a[i] = i % mod
					case 2:
						a[i] = (n - i) % mod
					case 3:
						a[i] = 5
					}
				}
				b := append([]int(nil), a...)
				c := append([]int(nil), a...)
				s2.Ints(b)
				sort.Ints(c)
				if fmt.Sprint(b) != fmt.Sprint(c) {
					bad++
					fmt.Println("Ints differ", n, mod, pattern)
				}
				// Stable against the real stable sort.
				x := make([]rec, n)
				y := make([]rec, n)
				for i := range a {
					x[i] = rec{a[i], i}
				}
				copy(y, x)
				s2.Stable(byK(x))
				sort.Stable(byK(y))
				if fmt.Sprint(x) != fmt.Sprint(y) {
					bad++
					fmt.Println("Stable differs", n, mod, pattern)
				}
				z := make([]rec, n)
				for i := range a {
					z[i] = rec{a[i], i}
				}
				s2.SliceStable(z, func(i, j int) bool { return z[i].k < z[j].k })
				if fmt.Sprint(z) != fmt.Sprint(y) {
					bad++
					fmt.Println("SliceStable differs", n, mod, pattern)
				}
				s2.Slice(z, func(i, j int) bool { return z[i].v > z[j].v })
				if !s2.SliceIsSorted(z, func(i, j int) bool { return z[i].v > z[j].v }) {
					bad++
					fmt.Println("Slice unsorted", n, mod, pattern)
				}
				for _, q := range []int{-1, 0, 3, 5, 999999} {
					if s2.SearchInts(c, q) != sort.SearchInts(c, q) {
						bad++
					}
				}
			}
		}
	}
	s := []string{"pear", "apple", "fig", "apple", ""}
	s2.Strings(s)
	f := []float64{3, 1, -2, 0.5}
	s2.Float64s(f)
	s2.Sort(s2.Reverse(s2.IntSlice([]int{1, 2, 3})))
	x := []int{1, 2, 3}
	s2.Sort(s2.Reverse(s2.IntSlice(x)))
	fmt.Println(s, f, x, s2.IsSorted(s2.StringSlice(s)))
	i, found := s2.Find(len(s), func(i int) int {
		if "fig" < s[i] {
			return -1
		} else if "fig" == s[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	fmt.Println("sort mismatches:", bad)
}
