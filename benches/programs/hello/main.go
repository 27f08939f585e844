// Start-up time: the whole run of the smallest program.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
