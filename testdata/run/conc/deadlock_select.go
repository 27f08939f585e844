// run

// A select whose channels nobody else uses, while another goroutine waits for a read
// lock that a writer holds and a third sends on a nil channel: every goroutine is asleep.

package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.RWMutex
	balance int
}

func main() {
	requests := make(chan int)
	replies := make(chan string, 1)
	replies <- "full"
	var acct account
	acct.mu.Lock()
	go func() {
		acct.mu.RLock()
		fmt.Println("not reached", acct.balance)
	}()
	var nilc chan int
	go func() { nilc <- 1 }()
	fmt.Println("selecting")
	select {
	case v := <-requests:
		fmt.Println(v)
	case replies <- "more":
	}
}
