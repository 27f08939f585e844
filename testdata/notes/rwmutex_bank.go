// run

// notes-en.md, section 8: the sync.RWMutex code block, verbatim, with a Deposit that takes
// the writer's lock and a main function that uses both.

package main

import (
	"fmt"
	"sync"
)

var mu sync.RWMutex
var balance int
func Balance() int {
	mu.RLock() // readers lock
	defer mu.RUnlock()
	return balance
}

func Deposit(amount int) {
	mu.Lock()
	defer mu.Unlock()
	balance += amount
}

func main() {
	Deposit(100)
	Deposit(50)
	fmt.Println(Balance())

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); Deposit(2) }()
		go func() { defer wg.Done(); _ = Balance() }()
	}
	wg.Wait()
	fmt.Println(Balance())
}
