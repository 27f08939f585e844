// run

// The bank with a monitor ("teller") goroutine confining the balance (gopl 9.1).

package main

import (
	"fmt"
	"sync"
)

var deposits = make(chan int)
var balances = make(chan int)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }

func teller() {
	var balance int // confined to the teller goroutine
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case balances <- balance:
		}
	}
}

func main() {
	go teller()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("balance:", Balance())
	Deposit(-50)
	fmt.Println("balance:", Balance())
}
