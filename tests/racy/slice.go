// Racy writes to a shared slice while readers index, slice, append to and range over
// it: a torn slice header must never reach out of its array.
package main

import (
	"fmt"
	"sync"
)

var sl []int

func main() {
	short := make([]int, 1)
	long := make([]int, 1000)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			if i%2 == 0 {
				sl = short
			} else {
				sl = long[500:]
			}
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			sl = nil
			sl = long[:3:3]
		}
	}()
	var rw sync.WaitGroup
	for r := 0; r < 3; r++ {
		rw.Add(1)
		go func() {
			defer rw.Done()
			n := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				x := sl
				if len(x) > 0 {
					x[len(x)-1]++
					n += x[0] + len(x[len(x)/2:cap(x)])
				}
				for i := range x {
					n += x[i]
				}
				y := append(x, 1)
				n += len(y)
				copy(x, y)
			}
		}()
	}
	wg.Wait()
	close(stop)
	rw.Wait()
	fmt.Println("slice readers done", len(sl) >= 0)
}
