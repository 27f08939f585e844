// run

// unsafe.Sizeof, Alignof and Offsetof for every kind of type, with gc's amd64 layout:
// padding, trailing padding, the zero-size final field, embedded fields, constants.

package main

import (
	"fmt"
	"unsafe"
)

type Celsius float64

type Point struct{ X, Y int32 }

type Inner struct {
	A byte
	B int64
}

type Outer struct {
	Flag bool
	Inner
	P     Point
	Tail  [0]int
}

type ZeroTail struct {
	N int32
	Z struct{}
}

type AllZero struct {
	A [0]int64
	B struct{}
}

type Mixed struct {
	a byte
	b int32
	c byte
	d int64
	e byte
}

type Reordered struct {
	d int64
	b int32
	a, c, e byte
}

type Shape interface{ Area() float64 }

type Node struct {
	next *Node
	val  int
}

const (
	sizeInt   = unsafe.Sizeof(0)
	sizeMixed = unsafe.Sizeof(Mixed{})
	offD      = unsafe.Offsetof(Mixed{}.d)
)

var buf [unsafe.Sizeof(Point{}) * 2]byte

func main() {
	var (
		b    bool
		i8   int8
		i16  int16
		i32  int32
		i64  int64
		i    int
		u    uint
		up   uintptr
		f32  float32
		f64  float64
		c64  complex64
		c128 complex128
		s    string
		sl   []string
		m    map[string]int
		ch   chan int
		fn   func()
		p    *int
		e    any
		sh   Shape
		r    rune
		by   byte
		cel  Celsius
		arr  [3]int16
		arr0 [0]int
		ua   unsafe.Pointer
	)
	fmt.Println("bool", unsafe.Sizeof(b), unsafe.Alignof(b))
	fmt.Println("int8", unsafe.Sizeof(i8), unsafe.Alignof(i8))
	fmt.Println("int16", unsafe.Sizeof(i16), unsafe.Alignof(i16))
	fmt.Println("int32", unsafe.Sizeof(i32), unsafe.Alignof(i32))
	fmt.Println("int64", unsafe.Sizeof(i64), unsafe.Alignof(i64))
	fmt.Println("int", unsafe.Sizeof(i), unsafe.Alignof(i))
	fmt.Println("uint", unsafe.Sizeof(u), unsafe.Alignof(u))
	fmt.Println("uintptr", unsafe.Sizeof(up), unsafe.Alignof(up))
	fmt.Println("float32", unsafe.Sizeof(f32), unsafe.Alignof(f32))
	fmt.Println("float64", unsafe.Sizeof(f64), unsafe.Alignof(f64))
	fmt.Println("complex64", unsafe.Sizeof(c64), unsafe.Alignof(c64))
	fmt.Println("complex128", unsafe.Sizeof(c128), unsafe.Alignof(c128))
	fmt.Println("string", unsafe.Sizeof(s), unsafe.Alignof(s))
	fmt.Println("slice", unsafe.Sizeof(sl), unsafe.Alignof(sl))
	fmt.Println("map", unsafe.Sizeof(m), unsafe.Alignof(m))
	fmt.Println("chan", unsafe.Sizeof(ch), unsafe.Alignof(ch))
	fmt.Println("func", unsafe.Sizeof(fn), unsafe.Alignof(fn))
	fmt.Println("pointer", unsafe.Sizeof(p), unsafe.Alignof(p))
	fmt.Println("any", unsafe.Sizeof(e), unsafe.Alignof(e))
	fmt.Println("Shape", unsafe.Sizeof(sh), unsafe.Alignof(sh))
	fmt.Println("rune", unsafe.Sizeof(r), unsafe.Alignof(r))
	fmt.Println("byte", unsafe.Sizeof(by), unsafe.Alignof(by))
	fmt.Println("Celsius", unsafe.Sizeof(cel), unsafe.Alignof(cel))
	fmt.Println("[3]int16", unsafe.Sizeof(arr), unsafe.Alignof(arr))
	fmt.Println("[0]int", unsafe.Sizeof(arr0), unsafe.Alignof(arr0))
	fmt.Println("unsafe.Pointer", unsafe.Sizeof(ua), unsafe.Alignof(ua))
	fmt.Println("struct{}", unsafe.Sizeof(struct{}{}), unsafe.Alignof(struct{}{}))

	// Untyped constants take their default type.
	fmt.Println("consts", unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'),
		unsafe.Sizeof("hello"), unsafe.Sizeof(2i), unsafe.Sizeof(true))

	var o Outer
	fmt.Println("Outer", unsafe.Sizeof(o), unsafe.Alignof(o))
	fmt.Println("Outer.Flag", unsafe.Offsetof(o.Flag))
	fmt.Println("Outer.Inner", unsafe.Offsetof(o.Inner), unsafe.Sizeof(o.Inner))
	// Through the embedded field: the offset is relative to Outer.
	fmt.Println("Outer.B (promoted)", unsafe.Offsetof(o.B), unsafe.Offsetof(o.Inner.B))
	fmt.Println("Outer.P", unsafe.Offsetof(o.P), "P.Y", unsafe.Offsetof(o.P.Y))
	fmt.Println("Outer.Tail", unsafe.Offsetof(o.Tail))
	po := &o
	fmt.Println("via pointer", unsafe.Offsetof(po.P), unsafe.Offsetof((po.A)))

	fmt.Println("ZeroTail", unsafe.Sizeof(ZeroTail{}), unsafe.Offsetof(ZeroTail{}.Z))
	fmt.Println("AllZero", unsafe.Sizeof(AllZero{}))
	var mx Mixed
	fmt.Println("Mixed", unsafe.Sizeof(mx), unsafe.Offsetof(mx.a), unsafe.Offsetof(mx.b),
		unsafe.Offsetof(mx.c), unsafe.Offsetof(mx.d), unsafe.Offsetof(mx.e))
	var re Reordered
	fmt.Println("Reordered", unsafe.Sizeof(re), unsafe.Offsetof(re.e))
	fmt.Println("Node", unsafe.Sizeof(Node{}), unsafe.Offsetof(Node{}.val))
	fmt.Println("[4]Mixed", unsafe.Sizeof([4]Mixed{}))
	fmt.Println("struct{a int8; b [3]int16}", unsafe.Sizeof(struct {
		a int8
		b [3]int16
	}{}))
	fmt.Println("complex fields", unsafe.Offsetof(struct {
		a byte
		c complex64
	}{}.c), unsafe.Offsetof(struct {
		a byte
		c complex128
	}{}.c))

	// Constant expressions.
	fmt.Printf("%d %d %d %T\n", sizeInt, sizeMixed, offD, sizeMixed)
	fmt.Println(len(buf), sizeMixed*2+1)
	const n = unsafe.Sizeof(mx) / unsafe.Alignof(mx)
	var a [n]bool
	fmt.Println(len(a))
	// Not constant-folded away: the function still runs.
	fmt.Println(unsafe.Sizeof(get()))
}

func get() int32 {
	fmt.Println("get called?")
	return 1
}
