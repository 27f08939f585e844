// errorcheck

// Assignability between distinct types.

package p

type MyInt int
type Miles float64
type Km float64

func f(i int, m MyInt, s string, mi Miles, km Km, xs []int, any1 any, bs []byte) {
	i = m          // ERROR "cannot use m \(variable of int type MyInt\) as int value in assignment"
	m = i          // ERROR "cannot use i \(variable of type int\) as MyInt value in assignment"
	m = 5          // ok: untyped constant
	i = s          // ERROR "cannot use s \(variable of type string\) as int value in assignment"
	mi = km        // ERROR "cannot use km \(variable of float64 type Km\) as Miles value in assignment"
	mi = Miles(km) // ok
	xs = bs        // ERROR "cannot use bs \(variable of type \[\]byte\) as \[\]int value in assignment"
	any1 = xs      // ok
	i = any1       // ERROR "cannot use any1 \(variable of interface type any\) as int value in assignment: need type assertion"
	var f32 float32 = 1.5
	var f64 float64 = f32 // ERROR "cannot use f32 \(variable of type float32\) as float64 value in variable declaration"
	_ = f64
	var r rune = 'a'
	var b byte = r // ERROR "cannot use r \(variable of type rune\) as byte value in variable declaration"
	_ = b
	var u uint = i // ERROR "cannot use i \(variable of type int\) as uint value in variable declaration"
	_ = u
}
