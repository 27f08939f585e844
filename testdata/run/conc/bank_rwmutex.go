// run

// The bank with a sync.RWMutex: many concurrent readers, exclusive writers (gopl 9.3).

package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.RWMutex
	balance int
)

func Deposit(amount int) {
	mu.Lock()
	balance += amount
	mu.Unlock()
}

func Balance() int {
	mu.RLock()
	defer mu.RUnlock()
	return balance
}

func main() {
	var wg sync.WaitGroup
	var readsMu sync.Mutex
	reads := 0
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				Deposit(1)
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if b := Balance(); b < 0 || b > 1000 {
					panic("impossible balance")
				}
				readsMu.Lock()
				reads++
				readsMu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", Balance(), "reads:", reads)

	// several readers may hold the lock at once
	mu.RLock()
	mu.RLock()
	fmt.Println("two readers inside; writer must wait:", !mu.TryLock())
	mu.RUnlock()
	mu.RUnlock()
	fmt.Println("now the writer can enter:", mu.TryLock())
	mu.Unlock()
}
