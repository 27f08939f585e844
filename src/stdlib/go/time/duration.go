package time

import "errors"

// A Duration is the elapsed time between two instants as an int64 nanosecond
// count (about 290 years at most).
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration as "72h3m0.5s": hours, minutes and seconds with
// a decimal fraction (no trailing zeros); under one second it uses "ms", "µs"
// or "ns" so the leading digit is non-zero; zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = withFrac(u, 3) + "µs"
		default:
			s = withFrac(u, 6) + "ms"
		}
	} else {
		s = withFrac(u%uint64(Minute), 9) + "s"
		mins := u / uint64(Minute)
		if mins > 0 {
			s = utoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = utoa(hours) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// withFrac formats v / 10^prec as "I.FFF" with trailing zeros of the fraction
// (and the point, if nothing is left) removed.
func withFrac(v uint64, prec int) string {
	var frac [9]byte
	n := 0
	allZero := true
	for i := prec - 1; i >= 0; i-- {
		digit := v % 10
		v /= 10
		if digit != 0 || !allZero {
			allZero = false
			frac[i] = byte(digit) + '0'
			if n == 0 {
				n = i + 1
			}
		}
	}
	if n == 0 {
		return utoa(v)
	}
	return utoa(v) + "." + string(frac[:n])
}

func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte(v%10) + '0'
		v /= 10
	}
	return string(b[i:])
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	m := d / Minute
	nsec := d % Minute
	return float64(m) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	h := d / Hour
	nsec := d % Hour
	return float64(h) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero, saturating at the limits (d if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns |d|, with the minimum duration mapping to the maximum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a signed sequence of decimal numbers with optional
// fractions and unit suffixes ("300ms", "-1.5h", "2h45m"); units are ns, us
// (or µs), ms, s, m, h.
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var ok bool
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, ok = leadingInt(s)
		if !ok {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

// leadingInt consumes the leading [0-9]* from s; ok is false on overflow.
func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading [0-9]* from s as a fraction x/scale,
// ignoring digits that would overflow.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote is strconv.Quote for the ASCII-only texts of time's errors.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			// Keep valid UTF-8 as is (like strconv.Quote does for printable runes).
			b = append(b, c)
			continue
		}
		if c < ' ' || c == 0x7f {
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return string(append(b, '"'))
}
