// run

// nil channels in select: a case on a nil channel is never chosen, which lets a loop
// switch cases off once their channel is closed.

package main

import "fmt"

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	got := merge(source(1, 3, 5, 7), source(2, 4, 6))
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), sum)

	// with a nil send channel, select takes the other ready case every time
	var off chan int
	ready := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case off <- i:
			fmt.Println("impossible")
		case ready <- i:
			fmt.Println("sent", <-ready)
		}
	}
}
