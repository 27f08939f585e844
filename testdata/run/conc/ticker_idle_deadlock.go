// run

// Go 1.23: a Ticker (or Timer) whose channel no goroutine waits on keeps nobody alive,
// so a program whose goroutines are all blocked elsewhere is deadlocked even while the
// ticker is running; a goroutine waiting on the channel (alone or in a select) is not.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	<-t.C
	fmt.Println("one tick")
	timer := time.NewTimer(time.Hour)
	_ = timer
	done := make(chan bool)
	go func() {
		select {
		case <-t.C:
			fmt.Println("tick in select")
		}
		done <- true
	}()
	<-done
	fmt.Println("now nobody waits on t.C")
	var never chan int
	<-never
}
