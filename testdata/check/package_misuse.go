// errorcheck

// A package name is not a value, and imports share the file's block.

package p

import (
	"fmt"
	"strings" // ERROR ".strings. imported and not used"
)

var strings = 3 // ERROR "strings already declared through import of package strings \(.strings.\)"

func f() {
	x := fmt // ERROR "use of package fmt not in selector"
	_ = x
	fmt.Println(fmt.Sprint) // ok
	_ = fmt.Stringer(nil)   // ok
}
