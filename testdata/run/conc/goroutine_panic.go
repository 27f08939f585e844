// run

// An unrecovered panic in any goroutine ends the whole program with exit status 2.

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main starts a worker")
	go func() {
		var m map[int]int
		m[1] = 2
	}()
	time.Sleep(10 * time.Second)
	fmt.Println("not reached")
}
