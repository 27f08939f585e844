// run

// Closing a channel: receivers drain the buffer, then get the zero value and false.

package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch))

	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"one", "two", "three"} {
			words <- w
		}
	}()
	for w := range words {
		fmt.Print(w, " ")
	}
	fmt.Println()

	done := make(chan struct{})
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-done // all three wait for the broadcast
			results <- i
		}()
	}
	close(done)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)

	type pair struct {
		s string
		n int
	}
	pc := make(chan pair, 1)
	close(pc)
	p, ok := <-pc
	fmt.Printf("%+v %v\n", p, ok)
	sc := make(chan []int)
	close(sc)
	s, ok := <-sc
	fmt.Println(s == nil, ok)
}
