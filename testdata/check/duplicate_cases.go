// errorcheck

// Duplicate constant cases in expression switches and duplicate types in type switches.

package p

func f(x int, s string, v any) {
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case 3, 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch"
	}
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
	const one = 1
	switch x {
	case one:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	switch v.(type) {
	case int, string:
	case int: // ERROR "duplicate case int in type switch"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch {
	case x > 0:
	default:
	default: // ERROR "multiple defaults \(first at"
	}
}
