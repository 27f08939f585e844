// run
// args: -n 3 -bogus

// An undefined flag: the flag package prints the error and the usage to stderr and
// exits with status 2, as Go's ExitOnError does.
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
