// run

// A panic raised while a deferred call handles another: Go reports both.

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("second: ", r))
	}()
	panic("first")
}
