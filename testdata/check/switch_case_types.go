// errorcheck

// Switch cases must be comparable with the tag; .(type) only in a type switch.

package p

func f(x int, s string, v any, xs []int) {
	switch x {
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	case 1.5: // ERROR "1.5 \(untyped float constant\) truncated to int"
	case 2:
	}
	switch s {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type string"
	}
	switch xs {
	case nil: // ok
	case xs: // ERROR "invalid case xs in switch on xs \(slice can only be compared to nil\)"
	}
	switch v {
	case 1, "a": // ok: interface tag
	}
	y := v.(type) // ERROR "use of .\(type\) outside type switch"
	_ = y
	switch t := 5; t {
	case 5:
	}
}
