package time

// Layouts for Time.Format and time.Parse, written for the reference time
// Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".000": exactly n digits
	stdFracSecond9 // ".999": up to n digits, trailing zeros dropped
)

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// stdAt returns the layout element starting at layout[i] and its length, or
// stdNone. For fractional seconds, n is the number of digits.
func stdAt(layout string, i int) (std, length, n int) {
	switch c := layout[i]; c {
	case 'J':
		if hasPrefixAt(layout, i, "January") {
			return stdLongMonth, 7, 0
		}
		if hasPrefixAt(layout, i, "Jan") {
			return stdMonth, 3, 0
		}
	case 'M':
		if hasPrefixAt(layout, i, "Monday") {
			return stdLongWeekDay, 6, 0
		}
		if hasPrefixAt(layout, i, "Mon") {
			return stdWeekDay, 3, 0
		}
		if hasPrefixAt(layout, i, "MST") {
			return stdTZ, 3, 0
		}
	case '0':
		if hasPrefixAt(layout, i, "002") {
			return stdZeroYearDay, 3, 0
		}
		if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
			return [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1'], 2, 0
		}
	case '1':
		if hasPrefixAt(layout, i, "15") {
			return stdHour, 2, 0
		}
		return stdNumMonth, 1, 0
	case '2':
		if hasPrefixAt(layout, i, "2006") {
			return stdLongYear, 4, 0
		}
		return stdDay, 1, 0
	case '_':
		if hasPrefixAt(layout, i, "_2") && !hasPrefixAt(layout, i, "_2006") {
			return stdUnderDay, 2, 0
		}
		if hasPrefixAt(layout, i, "__2") {
			return stdUnderYearDay, 3, 0
		}
	case '3':
		return stdHour12, 1, 0
	case '4':
		return stdMinute, 1, 0
	case '5':
		return stdSecond, 1, 0
	case 'P':
		if hasPrefixAt(layout, i, "PM") {
			return stdPM, 2, 0
		}
	case 'p':
		if hasPrefixAt(layout, i, "pm") {
			return stdpm, 2, 0
		}
	case '-':
		switch {
		case hasPrefixAt(layout, i, "-07:00:00"):
			return stdNumColonSecondsTZ, 9, 0
		case hasPrefixAt(layout, i, "-070000"):
			return stdNumSecondsTz, 7, 0
		case hasPrefixAt(layout, i, "-07:00"):
			return stdNumColonTZ, 6, 0
		case hasPrefixAt(layout, i, "-0700"):
			return stdNumTZ, 5, 0
		case hasPrefixAt(layout, i, "-07"):
			return stdNumShortTZ, 3, 0
		}
	case 'Z':
		switch {
		case hasPrefixAt(layout, i, "Z07:00:00"):
			return stdISO8601ColonSecondsTZ, 9, 0
		case hasPrefixAt(layout, i, "Z070000"):
			return stdISO8601SecondsTZ, 7, 0
		case hasPrefixAt(layout, i, "Z07:00"):
			return stdISO8601ColonTZ, 6, 0
		case hasPrefixAt(layout, i, "Z0700"):
			return stdISO8601TZ, 5, 0
		case hasPrefixAt(layout, i, "Z07"):
			return stdISO8601ShortTZ, 3, 0
		}
	case '.', ',':
		if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			ch := layout[i+1]
			j := i + 1
			for j < len(layout) && layout[j] == ch {
				j++
			}
			if !isDigitAt(layout, j) {
				if ch == '0' {
					return stdFracSecond0, j - i, j - i - 1
				}
				return stdFracSecond9, j - i, j - i - 1
			}
		}
	}
	return stdNone, 0, 0
}

// appendInt appends x in decimal, zero-padded to at least width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte(u%10) + '0'
		u /= 10
	}
	i--
	buf[i] = byte(u) + '0'
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction nsec/1e9 with n digits and separator sep;
// with trim, trailing zeros are dropped (and everything if they all are).
func appendFrac(b []byte, nsec int, n int, sep byte, trim bool) []byte {
	var digits [9]byte
	v := nsec
	for i := 8; i >= 0; i-- {
		digits[i] = byte(v%10) + '0'
		v /= 10
	}
	if n > 9 {
		n = 9
	}
	if trim {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, digits[:n]...)
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by " m=±<seconds>" when t has a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		b := []byte(" m=")
		b = append(b, sign)
		b = appendInt(b, int(m/1e9), 1)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString returns t as Go syntax (time.Date(...)).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, `time.Location(`...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Format returns t formatted by layout, which shows how the reference time
// Mon Jan 2 15:04:05 -0700 MST 2006 would look.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	abs, name, offset := t.abs()
	days := floorDiv(abs, secondsPerDay)
	year, month, day := civil(days - unixEpochDays)
	yday := int(days-unixEpochDays-daysFromCivil(int64(year), January, 1)) + 1
	secOfDay := int(abs - days*secondsPerDay)
	hour, min, sec := secOfDay/secondsPerHour, secOfDay%secondsPerHour/secondsPerMinute, secOfDay%secondsPerMinute
	weekday := Weekday((days+1)%7+7) % 7
	for i := 0; i < len(layout); {
		std, length, n := stdAt(layout, i)
		if std == stdNone {
			b = append(b, layout[i])
			i++
			continue
		}
		switch std {
		case stdYear:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, shortMonthNames[month-1]...)
		case stdLongMonth:
			b = append(b, longMonthNames[month-1]...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, shortDayNames[weekday]...)
		case stdLongWeekDay:
			b = append(b, longDayNames[weekday]...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ,
			stdISO8601ColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumSecondsTz,
			stdNumShortTZ, stdNumColonSecondsTZ:
			if offset == 0 && (std == stdISO8601TZ || std == stdISO8601ColonTZ ||
				std == stdISO8601SecondsTZ || std == stdISO8601ShortTZ ||
				std == stdISO8601ColonSecondsTZ) {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60 // minutes
			absoff := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoff = -absoff
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			if std == stdISO8601ColonTZ || std == stdNumColonTZ ||
				std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
				b = append(b, ':')
			}
			if std != stdNumShortTZ && std != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if std == stdISO8601SecondsTZ || std == stdNumSecondsTz ||
				std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
				if std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
					b = append(b, ':')
				}
				b = appendInt(b, absoff%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0:
			b = appendFrac(b, int(t.nsec), n, layout[i], false)
		case stdFracSecond9:
			b = appendFrac(b, int(t.nsec), n, layout[i], true)
		}
		i += length
	}
	return b
}
