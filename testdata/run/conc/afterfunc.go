// run

// time.AfterFunc runs its function in its own goroutine after the delay; Stop before
// then prevents the call, Reset re-arms it.

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	var order []string
	record := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}
	time.AfterFunc(5*time.Millisecond, func() {
		record("fired")
		wg.Done()
	})
	record("scheduled")
	wg.Wait()
	fmt.Println(order)

	stopped := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop before firing:", stopped.Stop())

	done := make(chan string)
	t := time.AfterFunc(time.Hour, func() { done <- "re-armed call" })
	fmt.Println("reset active:", t.Reset(time.Millisecond))
	fmt.Println(<-done)
	fmt.Println("stop after firing:", t.Stop())

	// Many at once, each in its own goroutine.
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		time.AfterFunc(time.Duration(i)*time.Millisecond, func() { results <- i })
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum:", sum)
}
