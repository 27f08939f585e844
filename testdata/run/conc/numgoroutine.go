// run

// runtime.NumGoroutine counts live goroutines: it grows with blocked goroutines and
// falls back to 1 once they have all returned; Gosched lets others run.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 50; i++ {
		go func() {
			started <- struct{}{}
			<-release
		}()
	}
	for i := 0; i < 50; i++ {
		<-started
	}
	fmt.Println("with 50 blocked:", runtime.NumGoroutine())
	close(release)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after release:", runtime.NumGoroutine())
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("GOMAXPROCS set:", prev > 0, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
}
