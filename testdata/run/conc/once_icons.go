// run

// Lazy initialisation with sync.Once (the book's icons example, 9.5): many goroutines
// ask for icons concurrently; loadIcons runs exactly once and everyone sees its result.
// A panicking function still counts as done.

package main

import (
	"fmt"
	"sort"
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
		"spades.png":   "♠",
		"hearts.png":   "♥",
		"diamonds.png": "♦",
		"clubs.png":    "♣",
	}
}

// Icon is concurrency-safe.
func Icon(name string) string {
	loadIconsOnce.Do(loadIcons)
	return icons[name]
}

func main() {
	names := []string{"spades.png", "hearts.png", "diamonds.png", "clubs.png"}
	var wg sync.WaitGroup
	results := make([]string, 40)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = names[i%4] + "=" + Icon(names[i%4])
		}()
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results[0], results[10], results[20], results[30])
	fmt.Println("loads:", loads)

	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("first call panics") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
