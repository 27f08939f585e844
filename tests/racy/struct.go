// Racy writes to a map-free struct with string and slice fields, copied whole by
// readers: fields from different writes may mix, memory may not be corrupted.
package main

import (
	"fmt"
	"sync"
)

type point struct {
	x, y int
	name string
	tags []string
	next *point
}

var shared point

func main() {
	a := point{1, 2, "a", []string{"one"}, nil}
	b := point{3, 4, "a longer name for b", []string{"two", "three", "four"}, &a}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				if (i+w)%2 == 0 {
					shared = a
				} else {
					shared = b
				}
				shared.x++
			}
		}()
	}
	var rw sync.WaitGroup
	for r := 0; r < 3; r++ {
		rw.Add(1)
		go func() {
			defer rw.Done()
			n := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				p := shared
				n += p.x + p.y + len(p.name) + len(p.tags)
				for _, t := range p.tags {
					n += len(t)
				}
				if len(p.name) > 0 {
					n += int(p.name[len(p.name)-1])
				}
				if p.next != nil {
					n += p.next.x + len(p.next.tags)
				}
				_ = fmt.Sprint(p.x, p.name, p.tags)
			}
		}()
	}
	wg.Wait()
	close(stop)
	rw.Wait()
	fmt.Println("struct readers done", shared.y > 0)
}
