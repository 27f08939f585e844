// Lazy initialization with sync.Once, as in The Go Programming Language, section 9.5:
// the icons map is built by the first goroutine that needs it, exactly once, and every
// other goroutine waits for that to finish before reading it. Without the Once (or a
// mutex), goroutines could see a partly filled map.
//
// Run it with `minigo run examples/once.go`.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Image string

var (
	loadIconsOnce sync.Once
	icons         map[string]Image
	loads         int // how many times loadIcons ran
)

func loadIcon(name string) Image {
	return Image(strings.ToUpper(name[:1]) + name[1:] + ".png")
}

func loadIcons() {
	loads++
	icons = map[string]Image{
		"spades":   loadIcon("spades"),
		"hearts":   loadIcon("hearts"),
		"diamonds": loadIcon("diamonds"),
		"clubs":    loadIcon("clubs"),
	}
}

// Icon is concurrency-safe.
func Icon(name string) Image {
	loadIconsOnce.Do(loadIcons)
	return icons[name]
}

func main() {
	names := []string{"spades", "hearts", "diamonds", "clubs"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string]Image{}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			img := Icon(name)
			mu.Lock()
			got[name] = img
			mu.Unlock()
		}(names[i%len(names)])
	}
	wg.Wait()
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s -> %s\n", k, got[k])
	}
	fmt.Println("loadIcons ran", loads, "time(s) for 20 goroutines")
}
