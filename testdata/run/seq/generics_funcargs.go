// run

// Generic functions passed uninstantiated as arguments (Go 1.21): their type arguments
// come from the parameter type, for generic and non-generic callees alike.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Double[T ~int | ~float64](x T) T { return x * 2 }

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	xs := []string{"pear", "fig", "apple"}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
	slices.SortFunc(xs, strings.Compare)
	fmt.Println(apply([]int{1, 2}, Double), Map([]float64{1.5}, Double[float64]))
	ys := []int{3, 1, 2}
	slices.SortFunc(ys, cmp.Compare[int])
	fmt.Println(ys, slices.MaxFunc(ys, cmp.Compare))
}
