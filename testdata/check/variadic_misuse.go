// errorcheck

// Passing slices to variadic and non-variadic functions.

package p

func sum(xs ...int) int       { return len(xs) }
func two(a, b int)            {}
func pre(s string, xs ...int) {}

func f(xs []int, ys []string, arr [2]int) {
	_ = sum(xs...)     // ok
	_ = sum(1, xs...)  // ERROR "too many arguments in call to sum"
	two(xs...)         // ERROR "cannot use ... in call to non-variadic two"
	_ = sum(ys...)     // ERROR "cannot use ys \(variable of type \[\]string\) as \[\]int value in argument to sum"
	_ = sum(arr...)    // ERROR "cannot use arr \(variable of type \[2\]int\) as \[\]int value in argument to sum"
	pre("a", xs...)    // ok
	_ = sum(xs)        // ERROR "cannot use xs \(variable of type \[\]int\) as int value in argument to sum"
	_ = append(xs, xs) // ERROR "cannot use xs \(variable of type \[\]int\) as int value in argument to append"
	_ = len(xs...)     // ERROR "invalid operation: invalid use of ... with built-in len"
}
