// errorcheck

// Return statements with the wrong number or types of values.

package p

func a() int {
	return // ERROR "not enough return values"
}

func b() int {
	return 1, 2 // ERROR "too many return values"
}

func c() {
	return 1 // ERROR "too many return values"
}

func d() (int, string) {
	return 1 // ERROR "not enough return values"
}

func e() (int, string) {
	return "x", 1 // ERROR "cannot use .x. \(untyped string constant\) as int value in return statement" "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func g() (x int, err error) {
	return // ok: named results
}

func h() error {
	return 5 // ERROR "cannot use 5 \(constant of type int\) as error value in return statement: int does not implement error \(missing method Error\)"
}
