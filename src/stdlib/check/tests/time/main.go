package main

import (
	"fmt"
	"time"

	t2 "std2/time"
)

var bad int

func eq(name string, a, b any) {
	if fmt.Sprint(a) != fmt.Sprint(b) {
		bad++
		fmt.Printf("%s: got %v want %v\n", name, a, b)
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	ds := []int64{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 1e9, 1500000000, 60e9, 61e9, 3600e9, 3661e9 + 5e8, 90061e9 + 1, -1, -1500000000, 1<<63 - 1, -1 << 63, 100e9 * 3600}
	for _, d := range ds {
		a, b := t2.Duration(d), time.Duration(d)
		eq("String", a.String(), b.String())
		eq("Seconds", a.Seconds(), b.Seconds())
		eq("Minutes", a.Minutes(), b.Minutes())
		eq("Hours", a.Hours(), b.Hours())
		for _, m := range []int64{0, 1, 7, 1000, 1e9, 3600e9, -5} {
			eq("Round", a.Round(t2.Duration(m)).String(), b.Round(time.Duration(m)).String())
			eq("Truncate", a.Truncate(t2.Duration(m)).String(), b.Truncate(time.Duration(m)).String())
		}
		eq("Abs", a.Abs().String(), b.Abs().String())
	}
	for _, s := range []string{"0", "1s", "-1.5h", "2h45m", "300ms", "1.5µs", "1us", "1μs", "", "1", "1x", ".5s", "5.s", ".s", "1h1h", "9223372036s", "9223372037s", "+3m", "1.0000000001s", "-9223372036854775808ns", "9223372036854775808ns"} {
		a, e1 := t2.ParseDuration(s)
		b, e2 := time.ParseDuration(s)
		eq("ParseDuration "+s, fmt.Sprint(a.String(), es(e1)), fmt.Sprint(b.String(), es(e2)))
	}
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000 Z0700 Z07 -07 -07:00:00 Z070000 __2 002 pm PM Monday January _2 _2006", "3:4:5 .999 ,000 .9", "Jan 2, 2006 at 3:04pm (MST)"}
	unixes := []int64{0, 1, -1, 86399, 86400, 951782400, 1257894000, 1700000000, -62135596800, 253402300799, -5000000000, 4102444800, 68256000}
	zones := []struct {
		n string
		o int
	}{{"UTC", 0}, {"EST", -5 * 3600}, {"IST", 5*3600 + 1800}, {"", 3723}, {"X", -3723}}
	for _, u := range unixes {
		for _, ns := range []int64{0, 5e8, 123456789, 999999999, 100} {
			for _, z := range zones {
				a := t2.Unix(u, ns).In(t2.FixedZone(z.n, z.o))
				b := time.Unix(u, ns).In(time.FixedZone(z.n, z.o))
				for _, l := range layouts {
					eq("Format "+l, a.Format(l), b.Format(l))
				}
				eq("String", a.String(), b.String())
				eq("GoString", a.UTC().GoString(), b.UTC().GoString())
				eq("Weekday", a.Weekday(), b.Weekday())
				eq("YearDay", a.YearDay(), b.YearDay())
				y1, w1 := a.ISOWeek()
				y2, w2 := b.ISOWeek()
				eq("ISOWeek", []int{y1, w1}, []int{y2, w2})
				eq("UnixNano", a.UnixNano(), b.UnixNano())
				eq("UnixMilli", a.UnixMilli(), b.UnixMilli())
				for _, d := range []time.Duration{time.Nanosecond, time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * time.Millisecond, 1000 * time.Hour} {
					eq("Truncate", a.Truncate(t2.Duration(d)).String(), b.Truncate(d).String())
					eq("Round", a.Round(t2.Duration(d)).String(), b.Round(d).String())
				}
				eq("AddDate", a.AddDate(1, 13, -40).String(), b.AddDate(1, 13, -40).String())
				eq("Add", a.Add(-36*t2.Hour+5).String(), b.Add(-36*time.Hour+5).String())
				eq("Sub", a.Sub(t2.Unix(0, 0)).String(), b.Sub(time.Unix(0, 0)).String())
				// Parse back what Format produced.
				for _, l := range layouts {
					v := b.Format(l)
					pa, e1 := t2.Parse(l, v)
					pb, e2 := time.Parse(l, v)
					eq("Parse "+l+" "+v, pa.String()+es(e1), pb.String()+es(e2))
				}
			}
		}
	}
	eq("Date", t2.Date(2023, 14, 35, 25, 61, 61, 1e9+5, t2.UTC).String(), time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC).String())
	eq("Date", t2.Date(-5, -3, -40, -1, 0, 0, -1, t2.UTC).String(), time.Date(-5, -3, -40, -1, 0, 0, -1, time.UTC).String())
	eq("Zero", t2.Time{}.String(), time.Time{}.String())
	eq("Month", t2.Month(13).String(), time.Month(13).String())
	eq("Weekday", t2.Weekday(7).String(), time.Weekday(7).String())
	bads := [][2]string{{time.RFC3339, "2006-01-02T15:04:05"}, {time.RFC3339, "2006-13-02T15:04:05Z"}, {time.DateOnly, "2023-02-29"}, {time.DateOnly, "2024-02-29"}, {time.Kitchen, "13:00PM"}, {time.DateTime, "2006-01-02 15:04:05 extra"}, {time.DateOnly, "x"}, {"Jan _2", "Feb  3"}, {"Jan _2", "feb 13"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"}, {time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +0530"}, {"15:04:05", "10:11:12.345"}, {"2006-01-02 MST", "2020-05-06 GMT+3"}, {"002 2006", "060 2020"}, {"002 2006 01", "060 2020 02"}, {"002 2006", "366 2021"}, {time.RFC3339, "2006-01-02T25:04:05Z"}, {time.RFC3339Nano, "2006-01-02T15:04:05.123456789123Z"}, {"3:04pm", "3:04pm"}, {"3:04pm", "12:30am"}}
	for _, p := range bads {
		pa, e1 := t2.Parse(p[0], p[1])
		pb, e2 := time.Parse(p[0], p[1])
		eq("Parse "+p[0]+" "+p[1], pa.String()+" | "+es(e1), pb.String()+" | "+es(e2))
	}
	n := t2.Now()
	fmt.Println(n.Sub(n), t2.Since(n) < t2.Second)
	fmt.Println("time mismatches:", bad)
}
