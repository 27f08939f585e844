// run

// Unlocking an unlocked mutex is a fatal error, not a recoverable panic.

package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recover cannot help:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
