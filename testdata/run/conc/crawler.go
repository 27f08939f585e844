// run

// The concurrent web crawler of gopl 8.6 over an in-memory web: a worklist channel, a counting
// semaphore limiting concurrent fetches, and duplicate suppression in main.

package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

var web = map[string][]string{
	"/":         {"/a", "/b", "/c"},
	"/a":        {"/", "/a/1", "/a/2"},
	"/b":        {"/b/1", "/c"},
	"/c":        {"/", "/c/1", "/c/2", "/c/3"},
	"/a/1":      {"/a/2"},
	"/a/2":      {},
	"/b/1":      {"/b/1/deep"},
	"/b/1/deep": {"/"},
	"/c/1":      {},
	"/c/2":      {"/c/1"},
	"/c/3":      {"/missing"},
}

var tokens = make(chan struct{}, 3)

func crawl(url string) []string {
	tokens <- struct{}{} // acquire
	defer func() { <-tokens }()
	time.Sleep(time.Millisecond) // a slow fetch
	return web[url]
}

func main() {
	worklist := make(chan []string)
	n := 1 // number of pending sends to worklist
	go func() { worklist <- []string{"/"} }()
	seen := make(map[string]bool)
	for ; n > 0; n-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				n++
				go func(link string) {
					worklist <- crawl(link)
				}(link)
			}
		}
	}
	var urls []string
	for u := range seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	fmt.Println(len(urls), "pages")
	fmt.Println(strings.Join(urls, " "))
}
