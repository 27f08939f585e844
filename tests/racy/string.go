// Racy writes to a shared string while readers index and slice it: a torn string must
// never read out of bounds.
package main

import (
	"fmt"
	"sync"
)

var s string

var values = []string{
	"x",
	"a much longer string, long enough to read past the end of the short one if torn",
	"",
	"medium length string",
}

func main() {
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				s = values[(i+w)%len(values)]
			}
		}()
	}
	var rw sync.WaitGroup
	total := make([]int, 3)
	for r := 0; r < 3; r++ {
		rw.Add(1)
		go func() {
			defer rw.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				x := s
				n := 0
				for i := 0; i < len(x); i++ {
					n += int(x[i])
				}
				if len(x) > 0 {
					n += int(x[len(x)-1]) + len(x[len(x)/2:])
				}
				n += len(x + "!")
				for _, c := range x {
					n += int(c)
				}
				total[r] += n & 1
			}
		}()
	}
	wg.Wait()
	close(stop)
	rw.Wait()
	fmt.Println("string readers done", len(s) >= 0)
}
