// errorcheck

// Range over functions: the iterator's shape and the number of iteration variables.

package p

func f0(yield func() bool)              {}
func f1(yield func(int) bool)           {}
func bad1(a, b func(int) bool)          {}
func bad2(yield func(int) int)          {}
func bad3(yield int)                    {}
func bad4(yield func(int) bool) int     { return 0 }
func bad5(yield func(a, b, c int) bool) {}

type B bool

func bad6(yield func(int) B)       {}
func bad7(yield func(...int) bool) {}

func g() int {
	for x := range f0 { // ERROR "range over f0 \(value of type func\(yield func\(\) bool\)\) permits no iteration variables"
	}
	for x, y := range f1 { // ERROR "declared and not used: x" "range over f1 \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable"
	}
	for range bad1 { // ERROR "cannot range over bad1 \(value of type func\(a func\(int\) bool, b func\(int\) bool\)\): func must be func\(yield func\(...\) bool\): wrong argument count"
	}
	for range bad2 { // ERROR "func must be func\(yield func\(...\) bool\): yield func does not return bool"
	}
	for range bad3 { // ERROR "func must be func\(yield func\(...\) bool\): argument is not func"
	}
	for range bad4 { // ERROR "func must be func\(yield func\(...\) bool\): unexpected results"
	}
	for range bad5 { // ERROR "func must be func\(yield func\(...\) bool\): yield func has too many parameters"
	}
	for range bad6 { // ERROR "yield func returns user-defined boolean, not bool"
	}
	for range bad7 { // ERROR "yield func of type func\(...int\) bool cannot be variadic"
	}
	return 0
}
