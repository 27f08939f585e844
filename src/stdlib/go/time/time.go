// Package time: measuring and displaying time.
// minigo's own declaration. now, Sleep, localZone and the runtime timer
// functions have no body: the VM implements them (timers on the scheduler's
// timer heaps, Go 1.23 semantics). Calendar arithmetic, Duration, formatting
// and parsing are Go.
package time

import "errors"

// A Time is an instant with nanosecond precision, in a Location. The zero
// value is January 1, year 1, 00:00:00 UTC.
//
// minigo's representation: sec counts seconds since the zero time (so the
// zero struct is the zero Time), nsec is in [0, 1e9), mono is a monotonic
// clock reading in nanoseconds since the program started (valid when hasMono;
// only Now sets it), loc nil means UTC.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64
	loc     *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// Days from January 1, year 1 to January 1, 1970.
	unixEpochDays = 719162
	// Seconds from the zero Time to the Unix epoch.
	unixToInternal int64 = unixEpochDays * secondsPerDay
)

// now returns the wall clock as Unix seconds and nanoseconds, and the
// monotonic clock in nanoseconds since the program started.
func now() (sec int64, nsec int32, mono int64)

// Now returns the current local time (with a monotonic clock reading).
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono, loc: Local}
}

// Unix returns the local Time of the given Unix time; nsec may be outside
// [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time of msec milliseconds since the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time of usec microseconds since the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t (Now().Sub(t)).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t (t.Sub(Now())).
func Until(t Time) Duration { return t.Sub(Now()) }

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
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

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(i int) string {
	if i < 0 {
		return "-" + utoa(uint64(-i))
	}
	return utoa(uint64(i))
}

// A Location maps instants to the zone in use at that time.
type Location struct {
	name   string
	zone   string // abbreviation of a fixed zone
	offset int    // seconds east of UTC of a fixed zone
	local  bool   // the system's zone rules decide (localZone)
	tz     string // a zoneinfo name whose rules decide (zoneLookup)
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: localName(), local: true}

// localName returns the name Go gives Local: "Local" for /etc/localtime, the
// zone $TZ names, or "UTC" when no zone loads.
func localName() string

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone (from TZ or /etc/localtime).
var Local *Location = &localLoc

// localZone returns the abbreviation and offset (seconds east of UTC) of the
// system's local zone at the given Unix time.
func localZone(unix int64) (name string, offset int)

// zoneLookup returns the abbreviation and offset of zoneinfo zone tz (such as
// "America/New_York") at the given Unix time; ok is false if the zone cannot
// be loaded.
func zoneLookup(tz string, unix int64) (name string, offset int, ok bool)

// String returns the location's name ("UTC", "Local", or a fixed zone's name).
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func (l *Location) lookup(unix int64) (name string, offset int) {
	switch {
	case l == nil:
		return "UTC", 0
	case l.local:
		return localZone(unix)
	case l.tz != "":
		name, offset, _ = zoneLookup(l.tz, unix)
		return name, offset
	}
	return l.zone, l.offset
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC,
// "Local" is Local, and any other name is looked up in the system's zoneinfo
// database ("America/New_York").
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	if _, _, ok := zoneLookup(name, 0); !ok {
		return nil, errors.New("unknown time zone " + name)
	}
	return &Location{name: name, tz: name}, nil
}

var errLocation = errors.New("time: invalid location name")

// containsDotDot reports whether s contains a ".." path element.
func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' && (i == 0 || s[i-1] == '/') && (i+2 == len(s) || s[i+2] == '/') {
			return true
		}
	}
	return false
}

// floorDiv is a / b rounded toward negative infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// civil returns the proleptic Gregorian date of a day count since 1970-01-01
// (the days-to-civil algorithm over 400-year eras).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365], from March 1
	mp := (5*doy + 2) / 153                  // [0, 11], March = 0
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is the inverse of civil; day may be outside the month (it
// counts on linearly), month must be in [1, 12].
func daysFromCivil(year int64, month Month, day int64) int64 {
	y := year
	if month <= February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	m := int64(month)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	doy := (153*m+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// abs returns the local seconds since the zero time (the instant shifted by
// the zone offset), and the zone.
func (t Time) abs() (sec int64, name string, offset int) {
	name, offset = t.loc.lookup(t.sec - unixToInternal)
	return t.sec + int64(offset), name, offset
}

// Date returns the year, month and day in which t occurs, in t's location.
func (t Time) Date() (year int, month Month, day int) {
	sec, _, _ := t.abs()
	return civil(floorDiv(sec, secondsPerDay) - unixEpochDays)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year in which t occurs.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month in which t occurs.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	sec, _, _ := t.abs()
	// The zero time, January 1 of year 1, was a Monday.
	return Weekday((floorDiv(sec, secondsPerDay)+1)%7+7) % 7
}

// YearDay returns the day of the year of t, in [1, 365] or [1, 366].
func (t Time) YearDay() int {
	sec, _, _ := t.abs()
	days := floorDiv(sec, secondsPerDay) - unixEpochDays
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), January, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number of t.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week belongs to the year of its Thursday.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// Clock returns the hour, minute and second within the day of t.
func (t Time) Clock() (hour, min, sec int) {
	s, _, _ := t.abs()
	s -= floorDiv(s, secondsPerDay) * secondsPerDay
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour within the day, in [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute within the hour, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second within the minute, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond within the second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// Location returns t's location (UTC for the zero Time).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation and offset of the zone in effect at t.
func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup(t.sec - unixToInternal)
}

// UTC returns t in UTC (without a monotonic reading).
func (t Time) UTC() Time {
	t.loc = nil
	t.hasMono = false
	return t
}

// Local returns t in the local time zone.
func (t Time) Local() Time {
	t.loc = Local
	t.hasMono = false
	return t
}

// In returns t in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
	t.hasMono = false
	return t
}

// Unix returns t as Unix seconds.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as Unix milliseconds.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as Unix microseconds.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as Unix nanoseconds (undefined beyond int64's range).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant (whatever their locations).
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

// Add returns t + d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

// Sub returns t - u, saturating at the Duration limits.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns t plus the given years, months and days, normalized as Date
// does (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Date returns the Time of the given local date and clock in loc, normalizing
// out-of-range values (October 32 is November 1). It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Normalize month, then carry nsec, sec, min and hour into day.
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	s := int64(sec) + floorDiv(int64(nsec), 1e9)
	ns := int64(nsec) - floorDiv(int64(nsec), 1e9)*1e9
	days := daysFromCivil(y, Month(m+1), int64(day)) + unixEpochDays
	local := days*secondsPerDay + int64(hour)*secondsPerHour + int64(min)*secondsPerMinute + s
	// local is in loc's clock: find the offset in effect then. Try the offset
	// at the local reading taken as UTC, then correct once.
	unix := local - unixToInternal
	_, offset := loc.lookup(unix)
	if _, off2 := loc.lookup(unix - int64(offset)); off2 != offset {
		offset = off2
	}
	t := Time{sec: local - int64(offset), nsec: int32(ns), loc: loc}
	if loc == &utcLoc {
		t.loc = nil
	}
	return t
}

// Truncate returns t rounded down to a multiple of d since the zero time
// (without a monotonic reading); t itself if d <= 0.
func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round returns t rounded to the nearest multiple of d since the zero time,
// halfway values up (without a monotonic reading); t itself if d <= 0.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod returns (t - zero time) mod d, for d > 0.
func (t Time) mod(d Duration) Duration {
	m := uint64(d)
	sec := t.sec
	neg := sec < 0
	if neg {
		sec = -sec
	}
	// (sec*1e9 + nsec) mod m without overflowing 64 bits.
	r := addMod(mulMod(uint64(sec), 1e9, m), 0, m)
	if neg {
		r = (m - r) % m
	}
	r = addMod(r, uint64(t.nsec)%m, m)
	return Duration(r)
}

func addMod(x, y, m uint64) uint64 {
	x %= m
	y %= m
	if x >= m-y {
		return x - (m - y)
	}
	return x + y
}

func mulMod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}
