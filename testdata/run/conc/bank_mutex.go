// run

// The bank guarded by a sync.Mutex, with a Withdraw that must be atomic (gopl 9.2).

package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex // guards balance
	balance int
)

func Deposit(amount int) {
	mu.Lock()
	defer mu.Unlock()
	deposit(amount)
}

func Balance() int {
	mu.Lock()
	defer mu.Unlock()
	return balance
}

func Withdraw(amount int) bool {
	mu.Lock()
	defer mu.Unlock()
	deposit(-amount)
	if balance < 0 {
		deposit(amount)
		return false
	}
	return true
}

// deposit requires mu to be held.
func deposit(amount int) { balance += amount }

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); Deposit(10) }()
		go func() { defer wg.Done(); Deposit(5) }()
	}
	wg.Wait()
	fmt.Println("balance:", Balance())

	var okMu sync.Mutex
	ok, failed := 0, 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := Withdraw(10)
			okMu.Lock()
			if r {
				ok++
			} else {
				failed++
			}
			okMu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("withdrawals ok:", ok, "failed:", failed, "balance:", Balance())
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
