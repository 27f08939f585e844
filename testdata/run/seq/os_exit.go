// run

// os.Exit ends the program at once, with the given status, without running defers.

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "bye from stderr")
	os.Exit(3)
}
