// run

// Buffered channels: FIFO order, len and cap, blocking when full.

package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "A"
	ch <- "B"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "C"
	ch <- "D"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch, <-ch)
	fmt.Println(len(ch))

	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)

	// a producer filling a buffer faster than the consumer drains it
	jobs := make(chan int, 5)
	done := make(chan []int)
	go func() {
		var got []int
		for j := range jobs {
			got = append(got, j)
		}
		done <- got
	}()
	for i := 0; i < 12; i++ {
		jobs <- i
	}
	close(jobs)
	fmt.Println(<-done)

	a, b := make(chan int), make(chan int)
	c := a
	fmt.Println(a == c, a == b)

	// mirroredQuery (gopl 8.4.4): the buffer lets slow responders finish and not leak
	responses := make(chan string, 3)
	for _, s := range []string{"asia", "europe", "americas"} {
		go func() { responses <- s }()
	}
	first := <-responses
	fmt.Println(first != "")
}
