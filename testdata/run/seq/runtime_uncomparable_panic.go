// run

// Comparing interfaces holding uncomparable dynamic types panics; so does using
// one as a map key.
package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		m := map[any]int{}
		m[[]int{1}] = 2
	}()
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
