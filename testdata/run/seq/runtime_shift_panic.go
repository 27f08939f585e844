// run

// A negative shift count at run time panics.
package main

import "fmt"

func shift(x, n int) int { return x << n }

func main() {
	fmt.Println(shift(1, 10), shift(1, 70))
	fmt.Println(shift(1, -1))
}
