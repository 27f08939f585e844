// errorcheck

// Binary operations between operands of different types.

package p

type Celsius float64
type Fahrenheit float64

func f(i int, s string, f64 float64, i32 int32, c Celsius, fa Fahrenheit, b bool) {
	_ = i + s    // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i * f64  // ERROR "invalid operation: i \* f64 \(mismatched types int and float64\)"
	_ = i == i32 // ERROR "invalid operation: i == i32 \(mismatched types int and int32\)"
	_ = c - fa   // ERROR "invalid operation: c - fa \(mismatched types Celsius and Fahrenheit\)"
	_ = b && i   // ERROR "invalid operation: b && i \(mismatched types bool and int\)"
	_ = s < i32  // ERROR "invalid operation: s < i32 \(mismatched types string and int32\)"
	i += f64     // ERROR "invalid operation: i \+= f64 \(mismatched types int and float64\)"
}
