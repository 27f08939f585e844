// run

// The wrapper of ../mutex.go as a package main program (see tests/snippet.rs).

package main

import "fmt"
import "sync"
var (
	mu sync.Mutex // guards balance
	balance int
)
func Deposit(amount int) {
	mu.Lock()
	balance = balance + amount
	mu.Unlock()
}
func Balance() int {
	mu.Lock()
	b := balance
	mu.Unlock()
	return b
}

func main() {
Deposit(100); Deposit(50)
fmt.Println(Balance())
var wg sync.WaitGroup
for i := 0; i < 100; i++ {
	wg.Add(1)
	go func() { defer wg.Done(); Deposit(1) }()
}
wg.Wait()
fmt.Println(Balance())
}
