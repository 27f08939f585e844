// run

// time.Ticker and time.Tick: ticks arrive in order, Stop ends them, Reset changes the
// period; a slow receiver drops ticks instead of queueing them.

package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(2 * time.Millisecond)
	var last time.Time
	ordered := true
	for i := 0; i < 5; i++ {
		t := <-tk.C
		if !last.IsZero() && !t.After(last) {
			ordered = false
		}
		last = t
	}
	fmt.Println("five ticks in order:", ordered)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	fmt.Println("ticking again after Reset")
	tk.Stop()

	// A slow receiver: the channel holds at most one tick.
	slow := time.NewTicker(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("buffered ticks:", len(slow.C) <= 1)
	slow.Stop()

	c := time.Tick(time.Millisecond)
	n := 0
	for range c {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("time.Tick gave", n)
}
