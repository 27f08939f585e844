// Unsynchronised `balance += 1` from 8 goroutines: lost updates are fine, the sum is
// anything from 1 to 80000.
package main

import (
	"fmt"
	"sync"
)

var balance int

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				balance += 1
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance", balance)
}
