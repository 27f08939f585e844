// run

// A goroutine spinning in a tight loop must not starve the others, even with one processor.

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop atomic.Bool
	spins := 0
	go func() {
		for !stop.Load() {
			spins++ // a busy loop with no function calls
		}
	}()
	runtime.Gosched()
	done := make(chan int)
	go func() {
		s := 0
		for i := 1; i <= 1000; i++ {
			s += i
		}
		done <- s
	}()
	fmt.Println("sum:", <-done)
	stop.Store(true)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1, "GOMAXPROCS:", runtime.GOMAXPROCS(0))
}
