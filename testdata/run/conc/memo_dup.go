// run

// The concurrent non-blocking memo cache with duplicate suppression (the book's 9.7,
// memo4 with a mutex and memo5 with a monitor goroutine): each key's function runs once
// however many goroutines ask for it at once, and all of them get its result.

package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

// Memo4: a mutex guards the map; the entry's ready channel is the broadcast.
type Memo4 struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New4(f Func) *Memo4 { return &Memo4{f: f, cache: make(map[string]*entry)} }

func (memo *Memo4) Get(key string) (interface{}, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

// Memo5: a monitor goroutine owns the map.
type request struct {
	key      string
	response chan<- result
}

type Memo5 struct{ requests chan request }

func New5(f Func) *Memo5 {
	memo := &Memo5{requests: make(chan request)}
	go memo.server(f)
	return memo
}

func (memo *Memo5) Get(key string) (interface{}, error) {
	response := make(chan result)
	memo.requests <- request{key, response}
	res := <-response
	return res.value, res.err
}

func (memo *Memo5) Close() { close(memo.requests) }

func (memo *Memo5) server(f Func) {
	cache := make(map[string]*entry)
	for req := range memo.requests {
		e := cache[req.key]
		if e == nil {
			e = &entry{ready: make(chan struct{})}
			cache[req.key] = e
			go e.call(f, req.key)
		}
		go e.deliver(req.response)
	}
}

func (e *entry) call(f Func, key string) {
	e.res.value, e.res.err = f(key)
	close(e.ready)
}

func (e *entry) deliver(response chan<- result) {
	<-e.ready
	response <- e.res
}

func main() {
	var calls sync.Map
	var total atomic.Int32
	slowLen := func(key string) (interface{}, error) {
		total.Add(1)
		n, _ := calls.LoadOrStore(key, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
		time.Sleep(2 * time.Millisecond)
		if key == "bad" {
			return nil, fmt.Errorf("no such key %q", key)
		}
		return len(key), nil
	}
	keys := []string{"alpha", "be", "gamma", "bad", "alpha", "be", "alpha", "bad"}
	for _, name := range []string{"memo4", "memo5"} {
		total.Store(0)
		calls = sync.Map{}
		var get func(string) (interface{}, error)
		var closer func()
		if name == "memo4" {
			get = New4(slowLen).Get
		} else {
			m := New5(slowLen)
			get, closer = m.Get, m.Close
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		var lines []string
		for round := 0; round < 3; round++ {
			for _, k := range keys {
				wg.Add(1)
				go func() {
					defer wg.Done()
					v, err := get(k)
					mu.Lock()
					lines = append(lines, fmt.Sprintf("%s: %v %v", k, v, err))
					mu.Unlock()
				}()
			}
		}
		wg.Wait()
		if closer != nil {
			closer()
		}
		sort.Strings(lines)
		fmt.Println(name, len(lines), "results; first:", lines[0], "; last:", lines[len(lines)-1])
		var per []string
		calls.Range(func(k, v any) bool {
			per = append(per, fmt.Sprint(k, "=", v.(*atomic.Int32).Load()))
			return true
		})
		sort.Strings(per)
		fmt.Println(name, "calls:", total.Load(), per)
	}
}
