// run

// unsafe.Pointer: conversions between pointer types whose values are stored alike,
// reads and writes through the converted pointer, nil, comparison, map keys,
// interfaces, uintptr(p), and unsafe.Pointer values surviving collections.

package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Celsius float64

type Pair struct{ A, B int32 }

type Header struct {
	N    int64
	Name string
	Next *Header
}

type Prefix struct {
	N    uint64
	Name string
}

type Holder struct {
	P   unsafe.Pointer
	Tag string
}

func Float64bits(f float64) uint64     { return *(*uint64)(unsafe.Pointer(&f)) }
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Generic code converts between identical types only.
func roundTrip[T any](p *T) *T { return (*T)(unsafe.Pointer(p)) }

func main() {
	for _, f := range []float64{0, 1, -2.5, 3.141592653589793, 1e300} {
		b := Float64bits(f)
		fmt.Printf("%v %#016x %v\n", f, b, Float64frombits(b) == f)
	}

	// Writes through the converted pointer change the original variable.
	x := 1.5
	*(*uint64)(unsafe.Pointer(&x)) = 0x4000000000000000
	fmt.Println(x)
	n := int64(-1)
	fmt.Println(*(*uint64)(unsafe.Pointer(&n)))
	*(*int)(unsafe.Pointer(&n)) = 7
	fmt.Println(n)

	// Named types and their underlying types.
	c := Celsius(100)
	*(*float64)(unsafe.Pointer(&c)) += 1
	fmt.Println(c)

	// Same Go bytes, same VM words: complex128 and [2]float64, [2]int32 and Pair.
	z := complex(1.5, -2)
	parts := (*[2]float64)(unsafe.Pointer(&z))
	parts[1] = 4
	fmt.Println(z, parts[0])
	arr := [2]int32{-3, 9}
	p := (*Pair)(unsafe.Pointer(&arr))
	p.A, p.B = p.B, p.A
	fmt.Println(arr, *p)

	// A prefix of a struct read as a smaller struct.
	h := &Header{N: 42, Name: "head"}
	pre := (*Prefix)(unsafe.Pointer(h))
	pre.N++
	pre.Name += "er"
	fmt.Println(h.N, h.Name, *(*int64)(unsafe.Pointer(h)))

	// Through a slice element and an array element.
	fs := []float64{0.5, 0.25}
	fmt.Printf("%#x\n", *(*uint64)(unsafe.Pointer(&fs[1])))
	var grid [3]int64
	i := 2
	*(*uint64)(unsafe.Pointer(&grid[i])) = 1 << 63
	fmt.Println(grid)

	// Same pointer, whatever the route.
	a := unsafe.Pointer(&x)
	b := unsafe.Pointer((*uint64)(unsafe.Pointer(&x)))
	fmt.Println(a == b, a != nil, unsafe.Pointer(&grid[0]) == unsafe.Pointer(&grid[1]))
	fmt.Println(uintptr(a) == uintptr(b), uintptr(a) != 0)
	fmt.Println(uintptr(unsafe.Pointer(&grid[2]))-uintptr(unsafe.Pointer(&grid[0])),
		uintptr(unsafe.Pointer(&h.Name))-uintptr(unsafe.Pointer(&h.N)))

	// nil.
	var np unsafe.Pointer
	fmt.Println(np == nil, np, uintptr(np), (*int)(unsafe.Pointer(nil)) == nil)
	fmt.Printf("%v %p %#v %T\n", np, np, np, np)
	fmt.Printf("%v %+v\n", Holder{}, Holder{Tag: "t"})
	fmt.Println(fmt.Sprintf("%p", a) == fmt.Sprintf("%p", &x), fmt.Sprint(a) == fmt.Sprint(&x))

	// Map keys and interfaces.
	seen := map[unsafe.Pointer]string{}
	seen[unsafe.Pointer(&x)] = "x"
	seen[unsafe.Pointer(&n)] = "n"
	seen[unsafe.Pointer((*uint64)(unsafe.Pointer(&x)))] += "!"
	fmt.Println(len(seen), seen[a], seen[unsafe.Pointer(&n)])
	var e any = a
	q, ok := e.(unsafe.Pointer)
	fmt.Println(ok, q == a, e == any(b))
	switch e.(type) {
	case uintptr:
		fmt.Println("uintptr")
	case unsafe.Pointer:
		fmt.Println("unsafe.Pointer")
	}

	// An unsafe.Pointer keeps its object alive, and objects never move.
	hs := make([]Holder, 100)
	addrs := make([]uintptr, len(hs))
	for i := range hs {
		v := new([64]int64)
		v[0] = int64(i)
		hs[i] = Holder{P: unsafe.Pointer(v), Tag: fmt.Sprint(i)}
		addrs[i] = uintptr(hs[i].P)
	}
	for round := 0; round < 3; round++ {
		garbage := make([][]byte, 0)
		for j := 0; j < 200; j++ {
			garbage = append(garbage, make([]byte, 1024))
		}
		_ = garbage
		runtime.GC()
	}
	same := 0
	for i := range hs {
		if uintptr(hs[i].P) == addrs[i] {
			same++
		}
	}
	fmt.Println(same, hs[99].Tag)
	fmt.Println(*roundTrip(&c), roundTrip(h) == h, unsafe.Sizeof(*roundTrip(&arr)))
	ch := make(chan unsafe.Pointer, 1)
	ch <- a
	fmt.Println(<-ch == a)
}
