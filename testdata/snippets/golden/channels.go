// run

// The wrapper of ../channels.go as a package main program (see tests/snippet.rs).

package main

func main() {
	x := 1
	ch := make(chan int) // unbuffered; ch has type 'chan int'
	ch = make(chan int, 3) // buffered, capacity 3
	ch <- x  // a send statement
	x = <-ch // a receive expression in an assignment statement
	<-ch     // a receive statement; result is discarded
	close(ch)
}
