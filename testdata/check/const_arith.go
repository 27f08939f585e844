// errorcheck

// Constant arithmetic is exact, but results must still fit where they are used.

package p

const huge = 1 << 100
const ok = huge >> 98 // ok: 4

const (
	f32 float32 = 1e40      // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in constant declaration \(overflows\)"
	u   uint    = -1        // ERROR "cannot use -1 \(untyped int constant\) as uint value in constant declaration \(overflows\)"
	i8  int8    = 1 << 7    // ERROR "cannot use 1 << 7 \(untyped int constant 128\) as int8 value in constant declaration \(overflows\)"
	r   rune    = 'a' + 1   // ok
	s   string  = "a" + 'b' // ERROR "invalid operation: .a. \+ 'b' \(mismatched types untyped string and untyped rune\)"
)

var (
	_     = uint8(255) + 1 // ERROR "uint8\(255\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
	_     = -uint(1)       // ERROR "-uint\(1\) \(constant -1 of type uint\) overflows uint"
	_     = int64(huge)    // ERROR "constant 1267650600228229401496703205376 overflows int64"
	_     = huge           // ERROR "cannot use huge \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_     = float32(huge)  // ok: about 1.27e30
	_     = 1 << 1.0       // ok: 1.0 is an integer value
	_     = 'a' * 1.5      // ok: untyped float 145.5
	_ int = 'a' * 1.5      // ERROR "cannot use 'a' \* 1.5 \(untyped float constant 145.5\) as int value in variable declaration \(truncated\)"
	_     = ^uint8(0) + 0  // ok: 255
)
