// run

// Each goroutine recovers its own panics; a recover in main cannot catch a goroutine's.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, func() { panic("one") })
	safeGo(&wg, errs, func() {
		var s []int
		_ = s[2]
	})
	safeGo(&wg, errs, func() {})
	safeGo(&wg, errs, func() { panic(fmt.Errorf("err %d", 3)) })
	wg.Wait()
	close(errs)
	var all []string
	for e := range errs {
		all = append(all, e)
	}
	sort.Strings(all)
	for _, e := range all {
		fmt.Println(e)
	}
}
