// run

// time.Timer, time.Ticker, time.AfterFunc and Duration printing, with deterministic output.

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500*time.Millisecond, 90*time.Second, 2*time.Hour+3*time.Minute, 1234*time.Microsecond, time.Duration(42), time.Duration(0))
	d := 3*time.Second + 250*time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.String(), time.Duration(1e9).Minutes() > 0)

	ticker := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped a pending timer:", t.Stop())
	fmt.Println("stopping again:", t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("timer fired after Reset")
	fmt.Println("stop after firing:", t.Stop())

	// Go 1.23 semantics: after Stop, no stale value is left in the channel
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	t2.Stop()
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}

	done := make(chan string)
	time.AfterFunc(time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)

	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("cancelled AfterFunc:", af.Stop())

	start := time.Now()
	<-time.After(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("waited >= 10ms:", el >= 10*time.Millisecond, "< 5s:", el < 5*time.Second)
	deadline := time.Now().Add(time.Hour)
	fmt.Println("until > 59m:", time.Until(deadline) > 59*time.Minute)

	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("time.Tick delivered twice")
}
