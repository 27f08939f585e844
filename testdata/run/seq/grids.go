// run

// Arrays as values, multi-dimensional arrays and slices, maps of structs and of
// slices, labeled break/continue and goto.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type cell struct {
	alive bool
	age   int
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func life(board [5][5]bool) [5][5]bool {
	var next [5][5]bool
	for y := 0; y < 5; y++ {
		for x := 0; x < 5; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+5)%5, (x+dx+5)%5
					if board[yy][xx] {
						n++
					}
				}
			}
			next[y][x] = n == 3 || n == 2 && board[y][x]
		}
	}
	return next
}

func show(b [5][5]bool) string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	pa := &a
	pa[1] = 200
	fmt.Println(a, b, a == [3]int{1, 200, 3}, len(pa))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2, grid != g2)
	rows := grid[:]
	rows[0][0] = -1
	fmt.Println(grid[0], len(rows), cap(rows[1][:2]))

	m := Matrix{{1, 2}, {3, 4}}
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(m.Mul(id), m.Mul(m), NewMatrix(2, 3))
	jag := [][]int{{1}, {2, 3}, {}, {4, 5, 6}}
	jag[2] = append(jag[2], 9)
	fmt.Println(jag, len(jag[3]))

	var board [5][5]bool
	board[1][2], board[2][3], board[3][1], board[3][2], board[3][3] = true, true, true, true, true
	for gen := 0; gen < 3; gen++ {
		board = life(board)
	}
	fmt.Print(show(board))

	cells := map[string]cell{"a": {true, 1}, "b": {false, 0}}
	c := cells["a"]
	c.age++
	cells["a"] = c
	cells["c"] = cell{alive: true}
	ptrs := map[string]*cell{"x": {age: 5}}
	ptrs["x"].age *= 2
	fmt.Println(cells, *ptrs["x"], cells["missing"])
	groups := map[bool][]string{}
	for _, w := range strings.Fields("apple Banana cherry Date elder") {
		up := strings.ToUpper(w[:1]) == w[:1]
		groups[up] = append(groups[up], w)
	}
	fmt.Println(groups[true], groups[false])
	type key struct{ x, y int }
	visits := map[key]int{}
	for _, k := range []key{{1, 2}, {3, 4}, {1, 2}} {
		visits[k]++
	}
	keys := make([]key, 0, len(visits))
	for k := range visits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].x < keys[j].x })
	fmt.Println(keys, visits[key{1, 2}])
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		if nested[pair[0]] == nil {
			nested[pair[0]] = map[string]int{}
		}
		nested[pair[0]][pair[1]]++
	}
	fmt.Println(nested)

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == i:
				continue outer
			case i+j == 5:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	if n < 5 {
		n += 2
		goto loop
	}
	fmt.Println("n =", n)
	found := false
search:
	for _, row := range grid {
		for _, v := range row {
			if v == 5 {
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
}
