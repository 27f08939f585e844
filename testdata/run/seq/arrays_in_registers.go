// run

// Small arrays that do not escape live in registers and are indexed dynamically:
// reads and writes at computed indexes, nested arrays, arrays of structs and of
// multi-word values, structs holding arrays, swaps, op-assignments, copies by value
// (parameters, assignment, results), comparison, and the index panic.

package main

import "fmt"

type cell struct {
	name string
	hits [3]int
}

type grid [3][4]int

func sum(a [5]int) int {
	t := 0
	for i := 0; i < len(a); i++ {
		t += a[i]
	}
	a[0] = 100 // a copy: the caller's array is unchanged
	return t
}

func fill(n int) (g grid) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			g[i][j] = i*n + j
		}
	}
	return g
}

func rev(a [6]string) [6]string {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

func main() {
	var a [5]int
	for i := range 5 {
		a[(i*3)%5] = i * i
	}
	fmt.Println(a, sum(a), a)

	k := 2
	a[k] += 10
	a[k+1]++
	a[k-2] *= 3
	fmt.Println(a, a[k], a[len(a)-1])

	g := fill(10)
	i, j := 1, 3
	g[i][j] = -1
	g[i+1][j-3] += 7
	row := g[i]
	row[0] = 99
	fmt.Println(g, row, g[2][0], len(g[i]))

	var cs [3]cell
	for n := range cs {
		cs[n].name = fmt.Sprint("c", n)
		cs[n].hits[n] = n + 1
		cs[2-n].hits[0] += 5
	}
	fmt.Println(cs)
	idx := 1
	c := cs[idx]
	c.hits[idx] = 42
	fmt.Println(c, cs[idx])

	words := [6]string{"a", "bb", "ccc", "dddd", "e", "ff"}
	fmt.Println(rev(words), words)
	var ifs [4]any
	for n := range ifs {
		if n%2 == 0 {
			ifs[n] = n
		} else {
			ifs[n] = fmt.Sprint("s", n)
		}
	}
	fmt.Println(ifs, ifs[k] == 2)

	x := [3]float64{1.5, 2.5, 3.5}
	y := x
	y[k] = 0
	fmt.Println(x == y, x != y, x, y)
	y[k] = 3.5
	fmt.Println(x == y)

	var counts [26]int
	for _, r := range "hello, world" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	fmt.Println(counts['l'-'a'], counts['o'-'a'], counts)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	bad := 7
	fmt.Println(a[bad%8])
}
