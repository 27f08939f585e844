// errorcheck

// Qualified identifiers that the package does not export or does not have.

package p

import (
	"fmt"
	"strings"
)

func f() {
	fmt.Printline("x")          // ERROR "undefined: fmt.Printline"
	_ = strings.NoSuchFunc("a") // ERROR "undefined: strings.NoSuchFunc"
	fmt.println("x")            // ERROR "undefined: fmt.println \(but have Println\)"
}
