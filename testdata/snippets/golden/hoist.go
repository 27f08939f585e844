// run

// The wrapper of ../hoist.go as a package main program (see tests/snippet.rs).

package main

import (
	"fmt"
	"sort"
	"strings"
)

// Not from the notes: top-level variables that functions declared later see,
// and packages used without an import.
var n int
func triple() int { return n * 3 }

func main() {
n = 3
fmt.Println(triple())
n = 5
fmt.Println(triple(), strings.ToUpper("ok"))
words := []string{"b", "a"}
sort.Strings(words)
fmt.Println(words, len(words))
}
