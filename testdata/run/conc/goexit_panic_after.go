// run

// A panic that escapes a deferred call run by Goexit kills the program as a panic.

package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer func() {
			panic("panic during Goexit")
		}()
		runtime.Goexit()
	}()
	time.Sleep(10 * time.Second)
	fmt.Println("not reached")
}
