// run

// context: WithCancel cancels every worker; WithTimeout ends a slow operation with
// DeadlineExceeded; values flow down; cancelling a parent cancels its children.

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(5 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("stopped workers:", n, ctx.Err())

	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Hour):
		fmt.Println("no timeout")
	}

	parent, pcancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "gopher"))
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	fmt.Println("value:", child.Value(key("user")), child.Value(key("none")))
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
}
