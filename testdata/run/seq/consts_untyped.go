// run

// Constants: iota patterns, typed and untyped constants, huge untyped arithmetic
// that fits only once divided, constant conversions, and the book's KB..YB.
package main

import (
	"fmt"
	"math"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Flags uint

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
	FlagPointToPoint
	FlagMulticast
)

func IsUp(v Flags) bool     { return v&FlagUp == FlagUp }
func TurnDown(v *Flags)     { *v &^= FlagUp }
func SetBroadcast(v *Flags) { *v |= FlagBroadcast }
func IsCast(v Flags) bool   { return v&(FlagBroadcast|FlagMulticast) != 0 }

const (
	_ = 1 << (10 * iota)
	KiB
	MiB
	GiB
	TiB
	PiB
	EiB
	ZiB
	YiB
)

const (
	KB = 1000
	MB = KB * KB
	GB = MB * KB
	TB = GB * KB
	PB = TB * KB
	EB = PB * KB
	ZB = EB * KB
	YB = ZB * KB
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota * 100
	g, h
)

const big = 1 << 100
const huge = big * big
const Pi2 = math.Pi * 2
const typedF float32 = 1.0 / 3

func main() {
	fmt.Println(Sunday, Saturday, Weekday(3), Monday+2, int(Friday))
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	var v Flags = FlagMulticast | FlagUp
	fmt.Printf("%b %t\n", v, IsUp(v))
	TurnDown(&v)
	fmt.Printf("%b %t\n", v, IsUp(v))
	SetBroadcast(&v)
	fmt.Printf("%b %t %t\n", v, IsUp(v), IsCast(v))
	fmt.Println(KiB, MiB, GiB, TiB, PiB, EiB)
	fmt.Println(YiB/ZiB, YB/ZB, float64(YiB), float64(YB))
	fmt.Println(a, b, d, e, f, g, h)
	fmt.Println(big>>98, huge>>199, big/(1<<90), float64(big))
	fmt.Println(Pi2, typedF, float64(typedF), 5/2, 5.0/2, 5/2.0, 'a'+1, string(rune('a'+1)))
	const c = 'x' - 'a'
	var r rune = c
	var by byte = c
	fmt.Printf("%T %v %T %v %T\n", r, r, by, by, c)
	const s = "const" + "ant"
	fmt.Println(len(s), s[1:3], len([10]int{}), cap([4]string{}))
	var u8 uint8 = 255
	fmt.Println(u8+1 == 0, 1e3, 1e100/1e98, math.MaxUint64/3, uint64(math.MaxUint64))
	fmt.Println(time.Duration(1.5*float64(time.Second)), 3*time.Millisecond, time.Hour/time.Minute)
	type Celsius float64
	const boiling Celsius = 100
	fmt.Printf("%T %v %g\n", boiling, boiling, boiling/3)
	x := 1 << 62
	fmt.Println(x, 1<<62 == x, -1<<63)
	var f32 float32 = 1 << 24
	fmt.Println(f32+1, float32(1<<24+1))
	const eps = 1e-300 * 1e-300
	fmt.Println(eps == 0, 1/(1+eps))
}
