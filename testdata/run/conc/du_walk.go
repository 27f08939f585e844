// run

// Concurrent directory traversal (gopl 8.8) over an in-memory file tree: one goroutine per
// directory, a semaphore, a WaitGroup closing the sizes channel, and a select loop.

package main

import (
	"fmt"
	"sync"
)

type entry struct {
	name string
	size int64
	kids []*entry // non-nil for directories
}

func dir(name string, kids ...*entry) *entry { return &entry{name: name, kids: append([]*entry{}, kids...)} }
func file(name string, size int64) *entry   { return &entry{name: name, size: size} }

var sema = make(chan struct{}, 4)

func walk(d *entry, n *sync.WaitGroup, sizes chan<- int64) {
	defer n.Done()
	for _, e := range entries(d) {
		if e.kids != nil {
			n.Add(1)
			go walk(e, n, sizes)
		} else {
			sizes <- e.size
		}
	}
}

func entries(d *entry) []*entry {
	sema <- struct{}{}
	defer func() { <-sema }()
	return d.kids
}

func main() {
	root := dir("/",
		file("a", 100),
		dir("usr",
			file("b", 2000),
			dir("lib", file("c", 30000), file("d", 4)),
			dir("empty")),
		dir("home", dir("gopher", file("e", 5), file("f", 60), dir("deep", dir("deeper", file("g", 700000))))))
	sizes := make(chan int64)
	var n sync.WaitGroup
	n.Add(1)
	go walk(root, &n, sizes)
	go func() {
		n.Wait()
		close(sizes)
	}()
	var nfiles, nbytes int64
	tick := make(chan struct{}) // never ticks: progress output is off
loop:
	for {
		select {
		case size, ok := <-sizes:
			if !ok {
				break loop
			}
			nfiles++
			nbytes += size
		case <-tick:
			fmt.Println("progress")
		}
	}
	fmt.Printf("%d files  %d bytes\n", nfiles, nbytes)
}
