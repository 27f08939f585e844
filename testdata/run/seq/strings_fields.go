// run

// strings.Fields: its ASCII fast path and its Unicode path give Go's fields.

package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", " ", "a", " a ", "\ta\nb\v c\f\rd  ", "héllo wörld  x", "a\u00a0b c", "\x00 \x7f\x80", "  lead trail  ", "one"} {
		f := strings.Fields(s)
		fmt.Printf("%q %d %v\n", f, len(f), f == nil)
	}
}
