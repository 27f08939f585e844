// run

// Unbounded recursion: past Go's 1 GB stack limit the program dies with a fatal error, exit 2.

package main

import "fmt"

func down(n int) int {
	var pad [8]int // a few words per frame
	pad[n%8] = n
	return down(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing")
	fmt.Println(down(0))
}
