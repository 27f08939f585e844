// run

// select with default: non-blocking sends and receives.

package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			fmt.Println("received", v)
		default:
			fmt.Println("empty")
		}
	}
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	// the alternating pattern of gopl 8.7: a buffer of one flips between full and empty
	alt := make(chan int, 1)
	for i := 0; i < 10; i++ {
		select {
		case x := <-alt:
			fmt.Print(x, " ")
		case alt <- i:
		}
	}
	fmt.Println()
}
