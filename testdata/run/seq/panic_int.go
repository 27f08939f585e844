// run

// Unrecovered panics with non-string values print them with their type.

package main

type code int

func main() {
	panic(code(3))
}
