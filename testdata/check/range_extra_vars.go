// errorcheck

// A range clause with a value variable where only a key is produced: the key is
// still declared (and reported if unused), the value is not.

package p

func f() {
	ch := make(chan int)
	for i, v := range ch { // ERROR "declared and not used: i" "range over ch \(variable of type chan int\) permits only one iteration variable"
	}
	for i, v := range 10 { // ERROR "declared and not used: i" "range over 10 \(untyped int constant\) permits only one iteration variable"
	}
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		i = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in assignment"
		_ = i
	}
	var s string
	for i, v := range s { // ERROR "declared and not used: i" "declared and not used: v"
		i = 2
	}
}
