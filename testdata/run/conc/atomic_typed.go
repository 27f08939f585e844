// run

// sync/atomic: the functions and the typed values (Int32, Int64, Uint32, Uint64, Bool,
// Value) under contention from many goroutines.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var (
		i32 atomic.Int32
		i64 atomic.Int64
		u32 atomic.Uint32
		u64 atomic.Uint64
		b   atomic.Bool
		v   atomic.Value
		raw int64
		rawu uint32
		max atomic.Int64
	)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				i32.Add(1)
				i64.Add(2)
				u32.Add(3)
				u64.Add(4)
				atomic.AddInt64(&raw, -1)
				atomic.AddUint32(&rawu, 1)
				// A CAS loop keeping the maximum.
				x := int64(g*1000 + i)
				for {
					old := max.Load()
					if x <= old || max.CompareAndSwap(old, x) {
						break
					}
				}
			}
			b.Store(true)
			v.Store(fmt.Sprint("set by a goroutine"))
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), raw, atomic.LoadUint32(&rawu))
	fmt.Println(b.Load(), v.Load(), max.Load())
	fmt.Println(i32.Swap(7), i32.Load(), i32.CompareAndSwap(7, 8), i32.CompareAndSwap(7, 9), i32.Load())
	fmt.Println(b.Swap(false), b.Load(), b.CompareAndSwap(false, true), b.Load())
	var p int64 = 5
	fmt.Println(atomic.SwapInt64(&p, 6), atomic.CompareAndSwapInt64(&p, 6, 10), atomic.LoadInt64(&p))
	atomic.StoreInt64(&p, 42)
	fmt.Println(p)
	var empty atomic.Value
	fmt.Println(empty.Load() == nil)
	fmt.Println(v.Swap("swapped"), v.Load(), v.CompareAndSwap("swapped", "cas"), v.Load())
}
