// run

// runtime.Goexit in main: the other goroutines run to the end, main's deferred calls
// run, and then Go reports that no goroutine is left.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("worker finished")
	}()
	defer fmt.Println("main's deferred call ran")
	defer close(done)
	runtime.Goexit()
	fmt.Println("not reached")
}
