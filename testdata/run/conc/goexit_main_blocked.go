// run

// runtime.Goexit in main while another goroutine is blocked for ever: Go reports the
// ordinary deadlock, not the Goexit one.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("waiting")
		<-c
	}()
	runtime.Goexit()
}
