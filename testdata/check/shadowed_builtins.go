// errorcheck

// Predeclared names can be shadowed; the shadowing name then hides the builtin.

package p

func f(s []int) {
	len := 3
	_ = len(s) // ERROR "invalid operation: cannot call len \(variable of type int\): int is not a function"
	{
		true := false
		_ = true
	}
	var nil = 1
	var p *int = nil // ERROR "cannot use nil \(variable of type int\) as \*int value in variable declaration"
	_ = p
	int := "x"
	var n int = 5 // ERROR "int \(local variable\) is not a type"
	_ = n
	string := 4
	_ = string
}

func g() {
	type int = float64
	var x int = 1.5 // ok: int is float64 here
	_ = x
	iota := 2
	_ = iota
	append := func(a, b int) int { return a + b }
	_ = append(1, 2) // ok
}
