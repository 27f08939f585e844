// errorcheck

// Calls with the wrong number or types of arguments.

package p

func two(a, b int) int         { return a + b }
func vari(s string, xs ...int) {}
func none()                    {}
func pair() (int, int)         { return 1, 2 }

func f() {
	two(1)            // ERROR "not enough arguments in call to two"
	two(1, 2, 3)      // ERROR "too many arguments in call to two"
	none(1)           // ERROR "too many arguments in call to none"
	two("a", 2)       // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to two"
	vari()            // ERROR "not enough arguments in call to vari"
	vari("x", 1, "y") // ERROR "cannot use .y. \(untyped string constant\) as int value in argument to vari"
	vari("x", []int{1}...)
	vari("x", 1, []int{1}...) // ERROR "too many arguments in call to vari"
	two(pair())
	vari(pair()) // ERROR "cannot use pair\(\) \(value of type int\) as string value in argument to vari"
	var s []string
	vari("x", s...) // ERROR "cannot use s \(variable of type \[\]string\) as \[\]int value in argument to vari"
}
