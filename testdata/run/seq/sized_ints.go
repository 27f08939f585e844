// run

// Integer overflow and wrapping for every sized type, shifts by large and
// variable counts, signed/unsigned conversions, and integer division rules.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MaxInt64
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	var ui uint = math.MaxUint
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	ui++
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64, ui)
	i8--
	i16--
	i32--
	i64--
	u8--
	u16--
	u32--
	u64--
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64)
	var m8 int8 = -128
	var i100 int8 = 100
	var u200 uint8 = 200
	var u300 uint16 = 300
	one32, a5, a5a5 := int32(1), uint8(0xA5), uint16(0xA5A5)
	fmt.Println(-m8, m8*-1, m8/-1, m8%-1, m8*m8, i100*3, u200+100, u300*300)
	var mi int64 = math.MinInt64
	neg := int64(-1)
	fmt.Println(mi/neg, mi%neg, -mi, mi-1)
	fmt.Println(7/2, -7/2, 7/-2, -7/-2, 7%3, -7%3, 7%-3, -7%-3)
	fmt.Println(uint8(7)/2, uint32(1)<<31, one32<<31, int16(-32768)>>15, uint16(0x8000)>>15)

	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, uint8(1)<<s, int8(1)<<s, int8(-128)>>s, uint16(0xFFFF)>>s, int32(-1)<<s, int64(1)<<s, uint64(1<<63)>>s, -1>>s)
	}
	x := 0xDEADBEEF
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), int64(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	f := 3.99
	nf := -3.99
	fmt.Println(int(f), int(nf), int8(f), uint8(f), int64(1e18), uint64(f*1e10))
	fmt.Println(float32(16777217), float64(float32(0.1)), float32(1)/3, int64(float32(1<<40)))
	fmt.Println(^0, ^uint8(0), ^int8(0), 5&^3, 6|9, 6^3, -5&3, uint8(0xF0)&^0x30)
	fmt.Printf("%08b %08b %016b\n", a5<<1, a5>>1, a5a5<<4)
	var acc uint32 = 2166136261
	for _, c := range []byte("hash me") {
		acc ^= uint32(c)
		acc *= 16777619
	}
	fmt.Println("fnv32a", acc)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("hash me") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println("fnv64a", h)
	var sum int16
	for i := 0; i < 1000; i++ {
		sum += int16(i * 37)
	}
	fmt.Println(sum)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxUint16, math.MaxInt32, math.MinInt32, math.MaxUint32)
}
