// run

// sync.Cond: Signal wakes one waiter at a time, Broadcast wakes them all; waiters
// re-check their condition in a loop with the lock held.

package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	open  bool
}

func main() {
	q := &queue{open: true}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	got := make([][]int, 4)
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && q.open {
					q.cond.Wait()
				}
				if len(q.items) == 0 && !q.open {
					q.mu.Unlock()
					return
				}
				x := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				got[c] = append(got[c], x)
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.open = false
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	sort.Ints(all)
	sum := 0
	for _, x := range all {
		sum += x
	}
	fmt.Println("consumed", len(all), "items, sum", sum, "first", all[0], "last", all[len(all)-1])

	// Broadcast releases every waiter at once.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	start := false
	var ready sync.WaitGroup
	var done sync.WaitGroup
	for i := 0; i < 10; i++ {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			mu.Lock()
			ready.Done()
			for !start {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	ready.Wait()
	mu.Lock()
	start = true
	c.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("all 10 released")
}
