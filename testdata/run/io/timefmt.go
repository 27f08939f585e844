// run

// time formatting and parsing of fixed instants in UTC and fixed zones: every reference
// layout constant, custom layouts, Time.String, Unix, Add, Sub, Truncate, Round, In,
// AddDate, ISOWeek, Parse and ParseDuration with their errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"15:04:05", "2006-01-02", "Jan _2 06 3:4:5 pm", "Monday Mon January Jan 1 01 _2 02 __2 002", ".000 .999 ,000000 .9", "-0700 -07:00 Z07:00 MST", "2006-01-02T15:04:05.999999999Z07:00"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t)
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())
	u := t.Add(90 * time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Truncate(24*time.Hour))
	fz := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(fz), t.In(fz).Format(time.RFC3339), t.In(fz).Format(time.RFC1123Z))
	for _, s := range []string{"2021-03-04T05:06:07Z", "2021-03-04T05:06:07+02:00", "2021-03-04T05:06:07.5-07:00", "bad"} {
		p, err := time.Parse(time.RFC3339, s)
		fmt.Println(p, err)
	}
	p, err := time.Parse("2006-01-02 15:04", "2020-02-29 13:45")
	fmt.Println(p, err, p.Weekday(), p.YearDay())
	p, err = time.Parse("2006-01-02", "2020-02-30")
	fmt.Println(p, err)
	p, err = time.Parse(time.Kitchen, "3:04PM")
	fmt.Println(p, err)
	d, err := time.ParseDuration("1h2m3.5s")
	fmt.Println(d, err, d.Seconds(), d.Round(time.Minute), d.Truncate(time.Minute))
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(0, 0).UTC().Format(time.RFC3339))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.AddDate(0, 3, 25), t.Before(u), t.After(u), t.Equal(t.In(fz)))
	var z time.Time
	fmt.Println(z, z.IsZero())
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), 2*time.Hour+3*time.Millisecond)
	fmt.Printf("%v %s %d\n", time.Second, time.Minute, time.Millisecond)
}
