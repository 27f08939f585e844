// run

// Arrays are values: assignment and calls copy them; they compare with ==.

package main

import "fmt"

func zero(a [4]int) { a[0] = 0 }
func zeroP(a *[4]int) { a[0] = 0 }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	zero(a)
	fmt.Println(a, b, a == b, a != b)
	zeroP(&a)
	fmt.Println(a)

	idx := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)

	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*3 + j
		}
	}
	row := grid[1]
	row[0] = 100
	fmt.Println(grid, row)

	type point [2]int
	seen := map[point]bool{{1, 2}: true}
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}])

	var counts [26]int
	for _, r := range "hello world" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	fmt.Println(counts['l'-'a'], counts['o'-'a'], counts['z'-'a'])

	for i, v := range a {
		a[3] = 99 // the range expression is a copy of the array
		if i == 3 {
			fmt.Println("range saw", v, "array has", a[3])
		}
	}
	ptr := &a
	for i := range ptr {
		ptr[i] *= 2
	}
	fmt.Println(a, len(ptr))
	arrs := [2][]int{{1}, {2, 3}}
	c := arrs
	c[1][0] = 200 // the slices inside are shared
	fmt.Println(arrs, c)
}
