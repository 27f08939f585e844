// run

// sync/atomic: functions and typed values; the sums are exact however goroutines interleave.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u atomic.Uint64
	var i32 atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt64(&n, 1)
				u.Add(2)
				i32.Add(-1)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), u.Load(), i32.Load(), flag.Load())

	var x int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 7), x, atomic.CompareAndSwapInt32(&x, 5, 9), x)
	fmt.Println(atomic.SwapInt32(&x, 1), x)
	var cas atomic.Int64
	cas.Store(10)
	fmt.Println(cas.CompareAndSwap(10, 11), cas.Swap(20), cas.Load())

	// exactly one goroutine wins the race to set the flag
	var once atomic.Bool
	var winners atomic.Int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if once.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load())

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store("config-1")
	v.Store("config-2")
	fmt.Println(v.Load().(string))

	type cfg struct{ name string }
	var p atomic.Pointer[cfg]
	fmt.Println(p.Load() == nil)
	p.Store(&cfg{"a"})
	old := p.Swap(&cfg{"b"})
	fmt.Println(old.name, p.Load().name)
}
