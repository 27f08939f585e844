// run

// Zones of the system zoneinfo database through time.LoadLocation: offsets and
// abbreviations across DST changes, before the first transition, after the last (the
// POSIX rule), Date in a zone, and the errors for unknown and invalid names.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Nowhere/City", "../etc/passwd", "UTC", "Local"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, u := range []int64{0, 1700000000, 1710054000, 2240000000, 2260000000, 2300000000, -2000000000} {
			t := time.Unix(u, 0).In(loc)
			fmt.Println(loc, t, t.Format(time.RFC1123Z))
		}
		fmt.Println(time.Date(2050, 6, 1, 12, 0, 0, 0, loc))
	}
}
