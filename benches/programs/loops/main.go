// Integer arithmetic in nested counted loops (no calls, no memory): a
// multiply-add chain the compiler cannot shortcut.
package main

import "fmt"

func main() {
	const n = 6000
	x := 1
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x = (x*1103515245 + (i ^ j)) & 0x7fffffff
		}
	}
	fmt.Println(x)
}
