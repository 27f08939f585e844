// run

// select with a timeout and an abort channel (gopl 8.7).

package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}

	result := make(chan string, 1)
	go func() { result <- "fast answer" }()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(10 * time.Second):
		fmt.Println("too slow")
	}

	abort := make(chan struct{})
	go func() {
		time.Sleep(5 * time.Millisecond)
		close(abort)
	}()
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	select {
	case <-tick.C:
		fmt.Println("launch")
	case <-abort:
		fmt.Println("launch aborted")
	}

	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("slept at least 15ms:", time.Since(start) >= 15*time.Millisecond)
}
