// The pipeline of The Go Programming Language, section 8.4.2: three goroutines joined
// by two channels. The counter sends 0, 1, 2, ...; the squarer squares each value; the
// printer (main) prints them. Each stage closes its output when its input is done, so
// `range` ends the loops, and unidirectional channel types say who sends and who
// receives.
//
// Run it with `minigo run examples/pipeline.go`.
package main

import "fmt"

func counter(out chan<- int) {
	for x := 0; x < 10; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
}

func main() {
	naturals := make(chan int)
	squares := make(chan int)
	go counter(naturals)
	go squarer(squares, naturals)
	printer(squares)
}
