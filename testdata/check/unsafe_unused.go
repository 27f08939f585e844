// errorcheck

// Package unsafe is imported like any other: unused, it is an error.

package p

import "unsafe" // ERROR "\"unsafe\" imported and not used"
