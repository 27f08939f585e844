// run

// The concurrent non-blocking cache, monitor-goroutine version (gopl 9.7, memo5): a server
// goroutine owns the map; clients send requests carrying a reply channel.

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Func func(key int) (int, error)

type result struct {
	value int
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type request struct {
	key      int
	response chan<- result
}

type Memo struct{ requests chan request }

func New(f Func) *Memo {
	memo := &Memo{requests: make(chan request)}
	go memo.server(f)
	return memo
}

func (memo *Memo) Get(key int) (int, error) {
	response := make(chan result)
	memo.requests <- request{key, response}
	res := <-response
	return res.value, res.err
}

func (memo *Memo) Close() { close(memo.requests) }

func (memo *Memo) server(f Func) {
	cache := make(map[int]*entry)
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

func (e *entry) call(f Func, key int) {
	e.res.value, e.res.err = f(key)
	close(e.ready)
}

func (e *entry) deliver(response chan<- result) {
	<-e.ready
	response <- e.res
}

func main() {
	var mu sync.Mutex
	calls := map[int]int{}
	square := func(k int) (int, error) {
		mu.Lock()
		calls[k]++
		mu.Unlock()
		time.Sleep(2 * time.Millisecond)
		if k < 0 {
			return 0, fmt.Errorf("negative key %d", k)
		}
		return k * k, nil
	}
	m := New(square)
	var wg sync.WaitGroup
	results := make([]string, 0)
	for i := 0; i < 40; i++ {
		k := i%7 - 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := m.Get(k)
			mu.Lock()
			results = append(results, fmt.Sprint(k, v, err))
			mu.Unlock()
		}()
	}
	wg.Wait()
	m.Close()
	sort.Strings(results)
	fmt.Println(len(results), results[0], results[len(results)-1])
	fmt.Println("calls per key:", calls)
}
