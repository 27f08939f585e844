package time

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns Go's text: `parsing time "x" as "2006": cannot parse "x" as
// "2006"`, or `parsing time "x"` followed by the Message.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// getnum reads a one- or two-digit number (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads a one- to three-digit number (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip consumes the literal prefix from value; a run of spaces in prefix
// matches a run of spaces in value.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lookup finds the name in tab that prefixes val, ignoring ASCII case.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) {
			match := true
			for j := 0; j < len(v); j++ {
				if lowerASCII(val[j]) != lowerASCII(v[j]) {
					match = false
					break
				}
			}
			if match {
				return i, val[len(v):], nil
			}
		}
	}
	return -1, val, errBad
}

func atoiDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s, i) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// parseTimeZone returns the length of the zone abbreviation at the start of
// value (three to five upper-case letters, or GMT with an offset), or false.
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		// GMT, or GMT+h / GMT-h with h in [0, 23].
		if len(value) == 3 || value[3] != '+' && value[3] != '-' {
			return 3, true
		}
		i := 4
		for i < len(value) && isDigit(value, i) && i < 6 {
			i++
		}
		h, ok := atoiDigits(value[4:i])
		if !ok || h > 23 {
			return 3, true
		}
		return i, true
	}
	n := 0
	for n < len(value) && n < 6 && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3, 4, 5:
		if n == 4 && value[3] != 'T' {
			// Four-letter zones end in T (like EEST); PDT-like otherwise.
			if value[2] == 'T' {
				return 3, true
			}
			return 0, false
		}
		if n == 5 && value[4] != 'T' {
			return 0, false
		}
		return n, true
	}
	return 0, false
}

// parseNanoseconds reads the fraction value[1:nbytes] (value[0] is the
// separator) as nanoseconds.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErr string, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	ns, ok := atoiDigits(value[1:nbytes])
	if !ok {
		return 0, "", errBad
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return ns, "", nil
}

func daysIn(m Month, year int) int {
	if m == February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return int(31 - (m-1)%7%2)
}

// Parse parses a formatted string as described by layout (see Format). Without
// a zone in the value the time is UTC; with a numeric offset matching the
// local zone it is Local, otherwise a fabricated fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse, interpreting a time without zone information in
// loc, and a zone offset or name against loc's rules.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	var (
		year       int
		month      int = -1
		day        int = -1
		yday       int = -1
		hour       int
		min        int
		sec        int
		nsec       int
		z          *Location
		zoneOffset int = -1
		zoneName   string
	)
	for i := 0; ; {
		// The literal text up to the next element.
		j := i
		var std, length, n int
		for j < len(layout) {
			std, length, n = stdAt(layout, j)
			if std != stdNone {
				break
			}
			j++
		}
		var err error
		value, err = skip(value, layout[i:j])
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, layout[i:j], value, ""}
		}
		if j == len(layout) {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		stdstr := layout[j : j+length]
		i = j + length
		hold := value
		switch std {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[0:2]
			value = value[2:]
			year, err = atoiStrict(p)
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p := value[0:4]
			value = value[4:]
			year, err = atoiStrict(p)
		case stdMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, err = lookup(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for k := 0; k < 2; k++ {
				if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction in the value that the layout does not mention is
			// accepted after the seconds.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigit(value, 1) {
				next := stdNone
				for k := i; k < len(layout); k++ {
					if s, _, _ := stdAt(layout, k); s != stdNone {
						next = s
						break
					}
				}
				if next == stdFracSecond0 || next == stdFracSecond9 {
					break
				}
				k := 2
				for ; k < len(value) && isDigit(value, k); k++ {
				}
				nsec, rangeErr, err = parseNanoseconds(value, k)
				value = value[k:]
			}
		case stdPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[0:2]
			value = value[2:]
			switch p {
			case "PM":
				pmSet = true
			case "AM":
				amSet = true
			default:
				err = errBad
			}
		case stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[0:2]
			value = value[2:]
			switch p {
			case "pm":
				pmSet = true
			case "am":
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			iso := std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ ||
				std == stdISO8601SecondsTZ || std == stdISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch {
			case std == stdISO8601ColonTZ || std == stdNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case std == stdNumShortTZ || std == stdISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case std == stdISO8601SecondsTZ || std == stdNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hr, mn, sc int
			hr, _, err = getnum(hh, true)
			if err == nil {
				mn, _, err = getnum(mm, true)
			}
			if err == nil {
				sc, _, err = getnum(ss, true)
			}
			if hr > 24 {
				rangeErr = "time zone offset hour"
			}
			if mn > 60 {
				rangeErr = "time zone offset minute"
			}
			if sc > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (hr*60+mn)*60 + sc
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			ndigit := 1 + n
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || !(value[0] == '.' || value[0] == ',') || value[1] < '0' || '9' < value[1] {
				break
			}
			k := 0
			for k+1 < len(value) && isDigit(value, k+1) {
				k++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+k)
			value = value[1+k:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		var d, m int
		if yday < 1 || yday > 366 || yday == 366 && daysIn(February, year) == 28 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		y, mo, dd := civil(daysFromCivil(int64(year), January, 1) + int64(yday) - 1)
		_ = y
		m, d = int(mo), dd
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// Use the local zone if it had this offset (and name) at that time.
		name, offset := local.lookup(t.sec - unixToInternal)
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.loc = local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		name, offset := local.lookup(t.sec - unixToInternal - int64(0))
		if name == zoneName {
			t.sec -= int64(offset)
			t.loc = local
			return t, nil
		}
		// An unknown zone: keep its name, with an offset of zero (or GMT's).
		offset = 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			h, ok := atoiDigits(zoneName[4:])
			if ok {
				offset = h * 3600
				if zoneName[3] == '-' {
					offset = -offset
				}
			}
		}
		t.loc = FixedZone(zoneName, offset)
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// atoiStrict parses an unsigned decimal number made only of digits.
func atoiStrict(s string) (int, error) {
	n, ok := atoiDigits(s)
	if !ok {
		return 0, errBad
	}
	return n, nil
}
