// errorcheck

// Imports that are never used.

package p

import (
	"fmt" // ERROR ".fmt. imported and not used"
	"os"  // ERROR ".os. imported and not used"
	_ "sort"
	"strconv"
	str "strings" // ERROR ".strings. imported as str and not used"
)

var _ = strconv.Itoa(1)
