// select: one goroutine polls three buffered channels, each fed by its own producer,
// with a default case (taken whenever no channel holds a value; it yields)
// until all three are closed.
package main

import (
	"fmt"
	"runtime"
)

func produce(ch chan<- int, n, step int) {
	for i := 0; i < n; i++ {
		ch <- i * step
	}
	close(ch)
}

func main() {
	const n = 1000000
	a, b, c := make(chan int, 64), make(chan int, 64), make(chan int, 64)
	go produce(a, n, 1)
	go produce(b, n, 2)
	go produce(c, n, 3)
	var sums, counts [3]int
	idle := 0 // how often default ran: varies from run to run, so not printed
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sums[0] += v
			counts[0]++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sums[1] += v
			counts[1]++
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sums[2] += v
			counts[2]++
		default:
			idle++
			runtime.Gosched() // let a producer run, even with GOMAXPROCS=1
		}
	}
	_ = idle
	fmt.Println(counts, sums)
}
