// errorcheck

// The variable bound by a type switch must be used in at least one clause.

package p

func f(v any) {
	switch x := v.(type) { // ERROR "x declared and not used"
	case int:
	case string:
	}
	switch y := v.(type) { // ok: used in one clause
	case int:
		_ = y + 1
	case string:
	}
	switch z := v.(type) {
	case int:
		_ = z + "s" // ERROR "invalid operation: z \+ .s. \(mismatched types int and untyped string\)"
	case string:
		_ = z + 1 // ERROR "invalid operation: z \+ 1 \(mismatched types string and untyped int\)"
	}
}
