// run

// Mutex.TryLock and RWMutex.TryLock/TryRLock never block; RLocker; a writer waiting on
// an RWMutex holds off new readers.

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	fmt.Println("trylock free:", mu.TryLock())
	fmt.Println("trylock held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock again:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("tryrlock:", rw.TryRLock(), rw.TryRLock())
	fmt.Println("trylock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("trylock free:", rw.TryLock())
	fmt.Println("tryrlock with writer:", rw.TryRLock())
	rw.Unlock()

	l := rw.RLocker()
	l.Lock()
	fmt.Println("rlocker holds a read lock; trylock:", rw.TryLock())
	l.Unlock()

	// A pending writer blocks new readers.
	rw.RLock()
	writerIn := make(chan struct{})
	go func() {
		rw.Lock()
		close(writerIn)
		rw.Unlock()
	}()
	for {
		// Wait until the writer is queued: then TryRLock fails.
		if !rw.TryRLock() {
			break
		}
		rw.RUnlock()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("new reader held off by the waiting writer")
	rw.RUnlock()
	<-writerIn
	fmt.Println("writer got the lock")
}
