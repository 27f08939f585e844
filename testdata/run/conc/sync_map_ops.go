// run

// sync.Map under concurrent use: LoadOrStore keeps the first value, Swap, the
// CompareAnd* operations, LoadAndDelete, Range (sorted here), Clear.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	winners := make(chan int, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, loaded := m.LoadOrStore("first", i); !loaded {
				winners <- i
			}
			m.Store(i%10, i)
		}()
	}
	wg.Wait()
	close(winners)
	n := 0
	for range winners {
		n++
	}
	fmt.Println("LoadOrStore winners:", n)
	v, _ := m.Load("first")
	w, _ := <-winners
	_ = w
	fmt.Println("first is an int:", v.(int) >= 0)

	m.Clear()
	m.Store("a", 1)
	old, loaded := m.Swap("a", 2)
	fmt.Println("swap:", old, loaded)
	old, loaded = m.Swap("b", 3)
	fmt.Println("swap new:", old, loaded)
	fmt.Println("cas wrong:", m.CompareAndSwap("a", 1, 10), "cas right:", m.CompareAndSwap("a", 2, 20))
	fmt.Println("cad wrong:", m.CompareAndDelete("b", 4), "cad right:", m.CompareAndDelete("b", 3))
	val, ok := m.LoadAndDelete("a")
	fmt.Println("load and delete:", val, ok)
	val, ok = m.LoadAndDelete("a")
	fmt.Println("again:", val, ok)

	for i := 0; i < 5; i++ {
		m.Store(fmt.Sprint("k", i), i*i)
	}
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return count < 2
	})
	fmt.Println("range stopped after", count)
}
