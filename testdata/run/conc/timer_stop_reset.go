// run

// time.Timer with Go 1.23 semantics: Stop and Reset report whether the timer was
// active, and after Stop or Reset no stale value is ever received from C.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond) // it has fired, but nobody received
	fmt.Println("stop after fire:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value after Stop")
	}

	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset after fire:", t.Reset(5*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("fired after reset, waited:", time.Since(start) > 0)

	t = time.NewTimer(time.Hour)
	fmt.Println("reset active:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired once")
	select {
	case <-t.C:
		fmt.Println("fired twice")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no second value")
	}
	fmt.Println("len, cap of C:", len(t.C), cap(t.C))

	// A stopped timer's goroutine-free channel can be waited on with a timeout.
	t2 := time.NewTimer(time.Hour)
	t2.Stop()
	select {
	case <-t2.C:
		fmt.Println("stopped timer fired")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("stopped timer stays silent")
	}
}
