// run

// The concurrent non-blocking cache with duplicate suppression, mutex version (gopl 9.7, memo4).
// Each key's function runs exactly once however many goroutines ask for it at the same time.

package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	value any
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

type Func func(key string) (any, error)

type Memo struct {
	f     Func
	mu    sync.Mutex // guards cache
	cache map[string]*entry
}

func New(f Func) *Memo { return &Memo{f: f, cache: make(map[string]*entry)} }

func (memo *Memo) Get(key string) (any, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		// first request for this key: this goroutine computes the value and broadcasts it
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready // wait for the first goroutine
	}
	return e.res.value, e.res.err
}

var calls atomic.Int32

func slowLen(key string) (any, error) {
	calls.Add(1)
	time.Sleep(5 * time.Millisecond)
	if key == "" {
		return nil, fmt.Errorf("empty key")
	}
	return len(key), nil
}

func main() {
	m := New(slowLen)
	keys := []string{"alpha", "beta", "gamma", "alpha", "beta", "alpha", "", "delta", "gamma", ""}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for round := 0; round < 3; round++ {
		for _, k := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				v, err := m.Get(k)
				mu.Lock()
				lines = append(lines, fmt.Sprintf("%q -> %v %v", k, v, err))
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("calls of f:", calls.Load())
}
