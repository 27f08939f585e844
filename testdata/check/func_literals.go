// errorcheck

// Function literals are checked like declared functions.

package p

func f() {
	g := func() int {
	} // ERROR "missing return"
	_ = g
	h := func(x int) string {
		return x // ERROR "cannot use x \(variable of type int\) as string value in return statement"
	}
	_ = h
	var k func(int) int = func(s string) int { return len(s) } // ERROR "cannot use func\(s string\) int \{…\} \(value of type func\(s string\) int\) as func\(int\) int value in variable declaration"
	_ = k
	func() {
		unused := 1 // ERROR "declared and not used: unused"
	}()
	go func(n int) {}() // ERROR "not enough arguments in call to func\(n int\) \{\}"
	defer func() {}(1)  // ERROR "too many arguments in call to func\(\) \{\}"
}
