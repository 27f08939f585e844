// The bank of The Go Programming Language, section 9.1, told again: the balance lives in a
// single "teller" goroutine, and every other goroutine reaches it only through channels.
// Since no variable is shared, no lock is needed: the teller confines the balance.
//
// Run it with `minigo run examples/bank.go` (or `go run examples/bank.go`). The output is the
// same on every run: the deposits are made concurrently, but we wait for all of them before
// reading the balance.
package main

import (
	"fmt"
	"sync"
)

// withdrawal asks the teller to take amount out; the teller answers on ok.
type withdrawal struct {
	amount int
	ok     chan bool
}

var (
	deposits    = make(chan int)        // send an amount to deposit
	balances    = make(chan int)        // receive the current balance
	withdrawals = make(chan withdrawal) // send a withdrawal request
)

// Deposit adds amount to the balance.
func Deposit(amount int) { deposits <- amount }

// Balance reports the current balance.
func Balance() int { return <-balances }

// Withdraw takes amount out if the balance allows it and reports whether it did.
func Withdraw(amount int) bool {
	ok := make(chan bool)
	withdrawals <- withdrawal{amount, ok}
	return <-ok
}

// teller owns balance: it is the only goroutine that ever reads or writes it.
func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case w := <-withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case balances <- balance:
		}
	}
}

func main() {
	go teller()

	// Alice and Bob deposit at the same time.
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); Deposit(200) }() // Alice
	go func() { defer wg.Done(); Deposit(100) }() // Bob
	wg.Wait()
	fmt.Println("balance after Alice and Bob:", Balance())

	// A hundred customers deposit 1 each, concurrently.
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Deposit(1)
		}()
	}
	wg.Wait()
	fmt.Println("balance after 100 deposits of 1:", Balance())

	fmt.Println("withdraw 50:", Withdraw(50))
	fmt.Println("withdraw 1000:", Withdraw(1000))
	fmt.Println("final balance:", Balance())
}
