// run

// Every form of for and range.

package main

import (
	"fmt"
	"sort"
)

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()

	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for i, v := range s {
		fmt.Print(i, v)
	}
	fmt.Println()

	// the range expression is evaluated once: appending does not extend the loop
	for i := range s {
		s = append(s, fmt.Sprint(i))
	}
	fmt.Println(s)

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := make([]string, 0, len(m))
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)

	// deleting entries not yet reached during iteration is allowed
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))

	for i, r := range "aé" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()

	i := 0
	for i < 3 {
		i++
	}
	fmt.Println(i)
	for {
		i--
		if i == 0 {
			break
		}
	}
	fmt.Println(i)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ",", b, " ")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr)
}
