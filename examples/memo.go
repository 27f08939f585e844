// The concurrent non-blocking cache of The Go Programming Language, section 9.7 (memo4):
// Get calls a slow function once per key, however many goroutines ask for it at the
// same time. The first caller for a key installs an entry whose `ready` channel it
// closes when the value is known; later callers wait on that channel instead of
// calling the function again (duplicate suppression). The mutex is held only while
// the map is read or written, never during the slow call.
//
// Run it with `minigo run examples/memo.go`.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Func is the type of the function to memoize.
type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

// Memo caches the results of calling a Func.
type Memo struct {
	f     Func
	mu    sync.Mutex // guards cache
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (value interface{}, err error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		// This is the first request for this key: this goroutine becomes responsible
		// for computing the value and broadcasting the ready condition.
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()

		e.res.value, e.res.err = memo.f(key)

		close(e.ready) // broadcast ready condition
	} else {
		// This is a repeat request for this key.
		memo.mu.Unlock()
		<-e.ready // wait for ready condition
	}
	return e.res.value, e.res.err
}

// calls counts the real calls of the slow function.
var calls int64

// slowLength stands in for the book's httpGetBody: it "downloads" a page slowly and
// returns its size.
func slowLength(url string) (interface{}, error) {
	atomic.AddInt64(&calls, 1)
	time.Sleep(50 * time.Millisecond)
	if url == "https://broken.example" {
		return nil, fmt.Errorf("get %s: no such host", url)
	}
	return len(url) * 100, nil
}

func main() {
	urls := []string{
		"https://golang.org", "https://godoc.org", "https://play.golang.org",
		"https://gopl.io", "https://broken.example",
	}
	m := New(slowLength)
	var mu sync.Mutex
	var lines []string
	var n sync.WaitGroup
	start := time.Now()
	// Every URL is requested by four goroutines at once.
	for round := 0; round < 4; round++ {
		for _, url := range urls {
			n.Add(1)
			go func(url string) {
				defer n.Done()
				value, err := m.Get(url)
				var line string
				if err != nil {
					line = fmt.Sprintf("%s: error: %v", url, err)
				} else {
					line = fmt.Sprintf("%s: %d bytes", url, value.(int))
				}
				mu.Lock()
				lines = append(lines, line)
				mu.Unlock()
			}(url)
		}
	}
	n.Wait()
	sort.Strings(lines)
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			fmt.Println(l)
		}
	}
	fmt.Printf("%d requests, %d calls of the slow function\n", len(lines), atomic.LoadInt64(&calls))
	if time.Since(start) < 4*50*time.Millisecond {
		fmt.Println("the duplicate requests waited for the first instead of calling again")
	}
}
