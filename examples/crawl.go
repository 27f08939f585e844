// The web crawler of The Go Programming Language, section 8.6, over a fake web that
// lives in the program (there is no internet here): a counting semaphore (a buffered
// channel of 3 tokens) limits the number of concurrent "fetches", a worklist channel
// carries the links found, and `n` counts the sends still pending so main knows when
// the crawl is over. The -depth flag bounds how far from the start pages it goes.
//
// Run it with `minigo run examples/crawl.go -depth 3 https://golang.org`.
package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// web is the fake internet: each page and the links on it.
var web = map[string][]string{
	"https://golang.org":             {"https://golang.org/doc", "https://golang.org/pkg", "https://go.dev/blog"},
	"https://golang.org/doc":         {"https://golang.org", "https://golang.org/doc/effective_go", "https://golang.org/ref/spec"},
	"https://golang.org/pkg":         {"https://golang.org/pkg/fmt", "https://golang.org/pkg/os", "https://golang.org/pkg/net"},
	"https://golang.org/pkg/fmt":     {"https://golang.org/pkg"},
	"https://golang.org/pkg/os":      {"https://golang.org/pkg", "https://golang.org/pkg/io"},
	"https://golang.org/pkg/net":     {"https://golang.org/pkg", "https://golang.org/pkg/net/http"},
	"https://golang.org/pkg/io":      {"https://golang.org/pkg/os"},
	"https://go.dev/blog":            {"https://go.dev/blog/pipelines", "https://golang.org"},
	"https://go.dev/blog/pipelines":  {"https://go.dev/blog"},
	"https://golang.org/ref/spec":    {},
	"https://gopl.io":                {"https://golang.org", "https://gopl.io/errata"},
	"https://golang.org/pkg/net/http": {"https://golang.org/pkg/net"},
}

// tokens is a counting semaphore: at most 3 fetches at a time.
var tokens = make(chan struct{}, 3)

var (
	mu       sync.Mutex
	inFlight int // fetches running now
	maxSeen  int // the most fetches ever running at once
)

// fetch pretends to download url and returns its links.
func fetch(url string) ([]string, error) {
	mu.Lock()
	inFlight++
	if inFlight > maxSeen {
		maxSeen = inFlight
	}
	mu.Unlock()
	defer func() {
		mu.Lock()
		inFlight--
		mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond) // the network
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("getting %s: 404 Not Found", url)
	}
	return links, nil
}

func crawl(url string) []string {
	fmt.Println(url)
	tokens <- struct{}{} // acquire a token
	list, err := fetch(url)
	<-tokens // release the token
	if err != nil {
		fmt.Println("  error:", err)
	}
	return list
}

// page is a link and its distance from a start page.
type page struct {
	url   string
	depth int
}

func main() {
	depth := flag.Int("depth", 3, "how many links away from the start pages to go")
	flag.Parse()
	starts := flag.Args()
	if len(starts) == 0 {
		starts = []string{"https://gopl.io"}
	}

	worklist := make(chan []page)
	var n int // number of pending sends to worklist

	n++
	go func() {
		var ps []page
		for _, s := range starts {
			ps = append(ps, page{s, 0})
		}
		worklist <- ps
	}()

	seen := make(map[string]bool)
	for ; n > 0; n-- {
		list := <-worklist
		for _, p := range list {
			if seen[p.url] || p.depth > *depth {
				continue
			}
			seen[p.url] = true
			n++
			go func(p page) {
				var next []page
				for _, link := range crawl(p.url) {
					next = append(next, page{link, p.depth + 1})
				}
				worklist <- next
			}(p)
		}
	}

	var all []string
	for url := range seen {
		all = append(all, url)
	}
	sort.Strings(all)
	fmt.Printf("\ncrawled %d pages (at most %d fetches at once):\n", len(all), maxSeen)
	fmt.Println("  " + strings.Join(all, "\n  "))
}
