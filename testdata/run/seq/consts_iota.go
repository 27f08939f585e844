// run

// Constants: iota patterns, typed and untyped constants, exact arithmetic on big constants.

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type Flags uint

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
	FlagPointToPoint
)

const (
	_   = 1 << (10 * iota)
	KiB
	MiB
	GiB
	TiB
	PiB
	EiB
	ZiB // 1 << 70: too big for any integer type, fine as a constant
	YiB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const big = 1 << 100
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday+0, Weekday(1))
	fmt.Printf("%d %v %T\n", Monday, Monday, Monday)
	fmt.Println(FlagUp, FlagBroadcast, FlagLoopback, FlagPointToPoint)
	v := FlagUp | FlagLoopback
	fmt.Printf("%b %v %v\n", v, v&FlagLoopback != 0, v&FlagBroadcast != 0)
	fmt.Println(KiB, MiB, GiB, TiB, PiB, EiB)
	fmt.Println(YiB / ZiB, ZiB / EiB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big>>98, big/(big>>1))
	fmt.Println(pi, float32(pi))
	const third = 1.0 / 3
	fmt.Println(third, third*3 == 1)
	x := 1.0 / 3
	fmt.Println(x*3 == 1)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println(5/2, 5.0/2, 5/2.0, 'a'+1, string(rune('a'+1)))
	var f32 float32 = 1 << 24
	fmt.Println(f32, 0x1p-2, 0b1010, 0o17, 017, 1_000_000, 0x_FF)
	type Celsius float64
	const boiling Celsius = 100
	fmt.Printf("%T %v\n", boiling, boiling/3)
	fmt.Println(len("héllo"), len([3]int{}))
	const s = "const" + "ant"
	fmt.Println(s, len(s))
}
