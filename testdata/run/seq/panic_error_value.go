// run

// An unrecovered panic with an error value prints its Error() text; deferred calls run first.

package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred runs before the crash")
	fmt.Println("start")
	panic(errors.New("something failed"))
}
