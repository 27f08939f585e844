// errorcheck

// unsafe.Offsetof's argument must select a field, never through an embedded pointer;
// unsafe's functions take expressions and give uintptr constants.

package p

import "unsafe"

type B struct{ X, Y int }

type T struct {
	A int
	*B
}

func (t T) Method() {}

var t T
var p *T

const N1 = unsafe.Offsetof(t.X) // ERROR "invalid argument: field X is embedded via a pointer in T"
const N2 = unsafe.Offsetof(p.X) // ERROR "invalid argument: field X is embedded via a pointer in T"
const N3 = unsafe.Offsetof(t.B.X)
const N4 = unsafe.Offsetof(p.B.X)
const N5 = unsafe.Offsetof(t.Method) // ERROR "invalid argument: t.Method is a method value"
const N6 = unsafe.Offsetof(t)        // ERROR "invalid argument: t is not a selector expression"
const N7 = unsafe.Offsetof(t.Z)      // ERROR "invalid argument: T has no single field Z"
const N8 = unsafe.Offsetof((t.A))
const N9 = unsafe.Offsetof(T.Method) // ERROR "T \(type\) is not an expression"

var _ = unsafe.Foo // ERROR "undefined: unsafe.Foo"
