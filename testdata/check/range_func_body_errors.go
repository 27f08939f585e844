// errorcheck

// Range over functions: errors inside a loop body (which minigo compiles as a
// closure) are reported as for any loop body; return statements are checked
// against the enclosing function.

package p

func f1(yield func(int) bool)         {}
func f2(yield func(string, int) bool) {}

func h() (int, error) {
	for k, v := range f2 {
		if v > 0 {
			return k // ERROR "not enough return values"
		}
		y := v // ERROR "declared and not used: y"
	}
	var s string // ERROR "declared and not used: s"
	for s = range f1 { // ERROR "cannot use s \(value of type int\) as string value in assignment"
	}
	for i := range f1 { // ERROR "declared and not used: i"
		i = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in assignment"
		break
		continue
	}
	return 0, nil
}
