// run

// Range over functions (Go 1.23): break, continue, labeled branches out of nested
// range-over-func loops, return from inside (named results, defers), per-iteration
// variables captured by closures, recursive iterators.

package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func Three(yield func() bool) {
	_ = yield() && yield() && yield()
}

func find(xs []string, w string) (int, bool) {
	for i, s := range Pairs(xs) {
		if s == w {
			return i, true
		}
	}
	return -1, false
}

func findNamed(xs []string, w string) (idx int, err error) {
	defer func() { fmt.Println("deferred", idx) }()
	for i, s := range Pairs(xs) {
		if s == w {
			idx = i * 10
			return
		}
	}
	return -1, fmt.Errorf("no %s", w)
}

func nested() string {
outer:
	for i := range Count(4) {
		for j := range Count(4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			if i == 2 && j == 1 {
				return fmt.Sprint("returned ", i, j)
			}
			fmt.Println("pair", i, j)
		}
	}
	return "end"
}

type Tree struct {
	left, right *Tree
	val         int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.left.All(yield) && yield(t.val) && t.right.All(yield)
}

func (t *Tree) Walk() func(func(int) bool) {
	return func(yield func(int) bool) { t.All(yield) }
}

func main() {
	sum := 0
	for x := range Count(5) {
		if x == 3 {
			break
		}
		if x == 1 {
			continue
		}
		sum += x
	}
	fmt.Println("sum", sum)
	for range Three {
		fmt.Println("three")
	}
	for i := range Pairs([]string{"a", "b"}) {
		fmt.Println("key only", i)
	}
	var k int
	var v string
	for k, v = range Pairs([]string{"x", "y", "z"}) {
	}
	fmt.Println("assigned", k, v)
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a", "b", "c"}, "q"))
	fmt.Println(findNamed([]string{"a", "b", "c"}, "c"))
	fmt.Println(findNamed([]string{"a"}, "c"))
	fmt.Println(nested())
	var fs []func() int
	for x := range Count(3) {
		fs = append(fs, func() int { return x * x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	for v := range t.Walk() {
		fmt.Print(v, " ")
		if v == 3 {
			break
		}
	}
	fmt.Println()
	total := 0
	for a := range Count(3) {
		for b := range Count(3) {
			switch {
			case b == 2:
				continue
			case a == b:
				total += 100
			}
			total += a * b
		}
	}
	fmt.Println("total", total)
L:
	for i := range Count(10) {
		select {
		default:
			if i == 2 {
				break L
			}
		}
	}
	fmt.Println("done")
}
