// run
// args: -h

// -h asks the flag package for help: it prints the usage to stderr and exits 0 (the
// argument reaches the program, not minigo's own command line).
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1, "how many")
	flag.Parse()
	fmt.Println("not reached", *n)
}
