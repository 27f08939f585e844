// run

// An unrecovered panic with a complex value prints it as the runtime's print does.

package main

import "fmt"

type C complex64

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		println(complex(1.5, -2))
		panic(C(complex(1, 2)))
	}()
	panic(3 - 4i)
}
