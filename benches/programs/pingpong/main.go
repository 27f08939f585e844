// Channel hand-off latency: a value bounces between two goroutines over two
// unbuffered channels, 1e6 sends in all (500k round trips).
package main

import "fmt"

func main() {
	const rounds = 500000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	fmt.Println(sum)
}
