// errorcheck

// append and copy with operands of the wrong types.

package p

func f(n int, s []int, b []byte, str string, m map[int]int) {
	_ = append(n, 1)      // ERROR "invalid append: argument must be a slice; have n \(variable of type int\)"
	_ = append(s, "x")    // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	_ = append(s, s)      // ERROR "cannot use s \(variable of type \[\]int\) as int value in argument to append"
	_ = append(s, s...)   // ok
	_ = append(b, str...) // ok: special case
	_ = append()          // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	append(s, 1)          // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	_ = copy(s, b)        // ERROR "invalid copy: arguments s \(variable of type \[\]int\) and b \(variable of type \[\]byte\) have different element types int and byte"
	_ = copy(n, s)        // ERROR "invalid copy: argument must be a slice; have n \(variable of type int\)"
	_ = copy(b, str)      // ok: special case
	_ = copy(str, b)      // ERROR "invalid copy: argument must be a slice; have str \(variable of type string\)"
	_ = copy(m, s)        // ERROR "invalid copy: argument must be a slice; have m \(variable of type map\[int\]int\)"
}
