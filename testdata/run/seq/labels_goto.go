// run

// Labeled break and continue across nested loops, switch and select; goto loops.

package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	ch := make(chan int, 10)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			fmt.Print("got ", v, " ")
		}
	}
	fmt.Println()

	n := 0
again:
	n++
	if n < 5 {
		goto again
	}
	fmt.Println("n =", n)

	i := 0
	goto check
body:
	fmt.Print("i=", i, " ")
	i++
check:
	if i < 3 {
		goto body
	}
	fmt.Println()
}
