// run

// time.AfterFunc's Timer after the function ran: Reset schedules it again (and
// reports false: the timer had expired), Stop cancels a pending call, and a
// stopped AfterFunc leaves no goroutine behind.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	calls := make(chan int, 10)
	n := 0
	t := time.AfterFunc(time.Millisecond, func() {
		n++
		calls <- n
	})
	fmt.Println("call", <-calls)
	fmt.Println("reset after the call:", t.Reset(time.Millisecond))
	fmt.Println("call", <-calls)
	fmt.Println("reset again:", t.Reset(time.Hour))
	fmt.Println("stop before the call:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	time.Sleep(20 * time.Millisecond)
	select {
	case c := <-calls:
		fmt.Println("unexpected call", c)
	default:
		fmt.Println("no third call")
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())

	// Dropping the Timer does not cancel the call.
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	runtime.GC()
	fmt.Println("dropped timer fired:", <-done)
}
