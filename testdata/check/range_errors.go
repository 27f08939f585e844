// errorcheck

// range clauses over things that cannot be ranged over, or with too many variables.

package p

func f(n int, fl float64, p *[]int, s []int, ch chan int, m map[string]int) {
	for i := range fl { // ERROR "cannot range over fl \(variable of type float64\)"
		_ = i
	}
	for i := range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
		_ = i
	}
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	for i, v := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, v
	}
	for i := range n { // ok: Go 1.22 range over int
		_ = i
	}
	for k, v := range m { // ok
		_, _ = k, v
	}
	for i, r := range "héllo" { // ok
		_, _ = i, r
	}
	var k int         // ERROR "declared and not used: k"
	for k = range m { // ERROR "cannot use k \(value of type string\) as int value in assignment"
	}
	for range 3 { // ok
	}
	for i := range 2.5 { // ERROR "cannot range over 2.5 \(untyped float constant\)"
		_ = i
	}
}
