// run

// Lazy initialization with sync.Once (gopl 9.5), and OnceFunc / OnceValue.

package main

import (
	"fmt"
	"sync"
)

var (
	loadIconsOnce sync.Once
	icons         map[string]string
	loads         int
)

func loadIcons() {
	loads++
	icons = map[string]string{
		"spades":   "♠",
		"hearts":   "♥",
		"diamonds": "♦",
		"clubs":    "♣",
	}
}

// Icon is concurrency-safe.
func Icon(name string) string {
	loadIconsOnce.Do(loadIcons)
	return icons[name]
}

func main() {
	var wg sync.WaitGroup
	got := make([]string, 8)
	names := []string{"spades", "hearts", "diamonds", "clubs"}
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Icon(names[i%4])
		}()
	}
	wg.Wait()
	fmt.Println(got, "loads:", loads)

	count := 0
	f := sync.OnceFunc(func() { count++ })
	for i := 0; i < 5; i++ {
		f()
	}
	fmt.Println("OnceFunc ran", count, "time(s)")

	computed := 0
	v := sync.OnceValue(func() int { computed++; return 42 })
	fmt.Println(v(), v(), "computed", computed)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("only the first Do runs, i =", i) })
	}
}
