// run

// The book's track sorting (ch. 7) without tabwriter: sort.Sort on named slice
// types, sort.Reverse, a customSort with a less closure, multi-key ordering, and
// a table printed with Printf widths.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Track struct {
	Title  string
	Artist string
	Album  string
	Year   int
	Length time.Duration
}

func length(s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(s)
	}
	return d
}

var tracks = []*Track{
	{"Go", "Delilah", "From the Roots Up", 2012, length("3m38s")},
	{"Go", "Moby", "Moby", 1992, length("3m37s")},
	{"Go Ahead", "Alicia Keys", "As I Am", 2007, length("4m36s")},
	{"Ready 2 Go", "Martin Solveig", "Smash", 2011, length("4m24s")},
	{"Go", "Moby", "Play", 1999, length("3m12s")},
}

func printTracks(tracks []*Track) {
	const format = "%-12v %-16v %-18v %5v %8v\n"
	fmt.Printf(format, "Title", "Artist", "Album", "Year", "Length")
	fmt.Printf(format, "-----", "------", "-----", "----", "------")
	for _, t := range tracks {
		fmt.Printf(format, t.Title, t.Artist, t.Album, t.Year, t.Length)
	}
	fmt.Println(strings.Repeat("=", 63))
}

type byArtist []*Track

func (x byArtist) Len() int           { return len(x) }
func (x byArtist) Less(i, j int) bool { return x[i].Artist < x[j].Artist }
func (x byArtist) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type byYear []*Track

func (x byYear) Len() int           { return len(x) }
func (x byYear) Less(i, j int) bool { return x[i].Year < x[j].Year }
func (x byYear) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type customSort struct {
	t    []*Track
	less func(x, y *Track) bool
}

func (x customSort) Len() int           { return len(x.t) }
func (x customSort) Less(i, j int) bool { return x.less(x.t[i], x.t[j]) }
func (x customSort) Swap(i, j int)      { x.t[i], x.t[j] = x.t[j], x.t[i] }

func main() {
	printTracks(tracks)
	sort.Sort(byArtist(tracks))
	printTracks(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	printTracks(tracks)
	sort.Sort(byYear(tracks))
	printTracks(tracks)
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		if x.Length != y.Length {
			return x.Length < y.Length
		}
		return false
	}})
	printTracks(tracks)
	sort.SliceStable(tracks, func(i, j int) bool { return tracks[i].Length > tracks[j].Length })
	printTracks(tracks)
	var total time.Duration
	for _, t := range tracks {
		total += t.Length
	}
	fmt.Println(total, total.Minutes(), total/time.Duration(len(tracks)), sort.IsSorted(byYear(tracks)))
	values := []int{3, 1, 4, 1}
	fmt.Println(sort.IntsAreSorted(values))
	sort.Ints(values)
	fmt.Println(values, sort.IntsAreSorted(values))
	sort.Sort(sort.Reverse(sort.IntSlice(values)))
	fmt.Println(values)
}
