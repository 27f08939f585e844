// errorcheck

// Importing a package that does not exist.

package p

import "nosuchpackage/really" // ERROR "package nosuchpackage/really is not in std"

var _ = really.X
