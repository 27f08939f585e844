// run

// sync.Map used concurrently; results are printed in sorted order.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				m.Store(fmt.Sprintf("k%02d", g*10+i), g*10+i)
			}
		}()
	}
	wg.Wait()
	v, ok := m.Load("k15")
	fmt.Println(v, ok)
	_, ok = m.Load("nope")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("k15", -1)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 99)
	fmt.Println(actual, loaded)
	m.Delete("k00")
	old, loaded := m.LoadAndDelete("k01")
	fmt.Println(old, loaded)
	prev, swapped := m.Swap("k02", 200)
	fmt.Println(prev, swapped)
	fmt.Println(m.CompareAndSwap("k02", 200, 201), m.CompareAndDelete("k03", 0))
	var keys []string
	sum := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		sum += v.(int)
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:3], sum)
}
