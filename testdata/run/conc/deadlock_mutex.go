// run

// Locking a mutex twice from one goroutine: Go's mutexes are not reentrant.

package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() {
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
