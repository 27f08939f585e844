// run

// Calling a nil func value is a nil dereference.
package main

import "fmt"

var handlers = map[string]func(int) int{"double": func(x int) int { return 2 * x }}

func main() {
	fmt.Println(handlers["double"](21))
	f := handlers["triple"]
	fmt.Println(f == nil)
	fmt.Println(f(1))
}
