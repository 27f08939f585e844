// errorcheck

// Sizes past MaxInt64 are errors; unsafe's constants cannot be discarded by go.

package p

import "unsafe"

type Big struct {
	a [1 << 62]int64
	b int
}

type S struct{ a, b int }

func f() {
	var x int
	var p *Big
	var pp **S
	go unsafe.Sizeof(x)                 // ERROR "go discards result of unsafe.Sizeof\(x\) \(constant 8 of type uintptr\)"
	_ = unsafe.Sizeof([1 << 60]int64{}) // ERROR "is too large"
	_ = unsafe.Offsetof(p.b)            // ERROR "p \(variable of type \*Big\) is too large"
	_ = unsafe.Offsetof(p.a)
	_ = unsafe.Offsetof(pp.a) // ERROR "invalid argument: \*\*S has no single field a"
	_ = unsafe.Alignof(p.a)
}
