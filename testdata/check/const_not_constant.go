// errorcheck

// Constant initializers must be constant expressions.

package p

import "math"

var v = 3

func g() int { return 1 }

const (
	a     = v            // ERROR "v \(variable of type int\) is not constant"
	b     = g()          // ERROR "g\(\) \(value of type int\) is not constant"
	c     = len("abc")   // ok
	d     = math.Pi      // ok
	e     = math.Sqrt(4) // ERROR "math.Sqrt\(4\) \(value of type float64\) is not constant"
	h     = []int{1}     // ERROR "\[\]int\{…\} \(value of type \[\]int\) is not constant"
	k int = "s"          // ERROR "cannot use .s. \(untyped string constant\) as int value in constant declaration"
)

func f(s []int) {
	const n = len(s) // ERROR "len\(s\) \(value of type int\) is not constant"
	_ = n
}
