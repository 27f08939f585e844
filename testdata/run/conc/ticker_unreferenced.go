// run

// Tickers that the program dropped without stopping them are collected (Go
// 1.23): they keep nothing alive and no longer count as pending work, so when
// main then blocks forever the runtime reports the deadlock.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func startTickers() {
	for i := 0; i < 100; i++ {
		time.NewTicker(time.Millisecond)
	}
	t := time.NewTicker(time.Millisecond)
	<-t.C
	fmt.Println("tick")
}

func main() {
	// In a goroutine that has ended, so that no stale register of main's still
	// holds a ticker.
	done := make(chan bool)
	go func() {
		startTickers()
		done <- true
	}()
	<-done
	time.Sleep(5 * time.Millisecond)
	runtime.GC()
	time.Sleep(5 * time.Millisecond)
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
