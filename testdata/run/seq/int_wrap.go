// run

// Sized integers wrap around on overflow; division truncates toward zero.

package main

import (
	"fmt"
	"math"
)

func main() {
	var u8 uint8 = 250
	u8 += 10
	fmt.Println("uint8 250+10 =", u8)

	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)

	var i16 int16 = -32768
	i16--
	fmt.Println("int16 -32768-1 =", i16)

	var u32 uint32 = 0
	u32--
	fmt.Println("uint32 0-1 =", u32)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1 =", i64)

	var u64 uint64 = math.MaxUint64
	u64 *= 3
	fmt.Println("uint64 max*3 =", u64)

	x := math.MinInt64
	y := -1
	fmt.Println("MinInt64 / -1 =", x/y, "MinInt64 % -1 =", x%y)

	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)

	var sh uint8 = 1
	for i := 0; i < 10; i++ {
		sh <<= 1
	}
	fmt.Println("1<<10 in uint8 =", sh)

	n := 70
	fmt.Println("int64(1)<<70 =", int64(1)<<n, "uint32(1)<<33 =", uint32(1)<<(n-37), "1<<64 as uint64 =", uint64(1)<<(n-6))
	fmt.Println("-8>>1 =", -8>>1, "-1>>63 =", int64(-1)>>63)

	big := 300
	fmt.Println(byte(big), int8(big), uint16(-1*big))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+254))
	fmt.Println(^0, ^uint8(5), 6&^3, 5|2, 6^3)
}
