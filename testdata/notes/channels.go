// run

// notes-en.md, section 7 "channels": the first code block, verbatim, in a main function.
// As written, the fragment's last receive (`<-ch`) has no sender left: the one value sent was
// already received into x, so Go stops the program with its deadlock error. The lines before
// the fragment show the value that will be sent.

package main

import "fmt"

func main() {
	x := 42
	fmt.Println("x before the fragment:", x)
	ch := make(chan int) // unbuffered; ch has type 'chan int'
	ch = make(chan int, 3) // buffered, capacity 3
	ch <- x  // a send statement
	x = <-ch // a receive expression in an assignment statement
	<-ch     // a receive statement; result is discarded
	close(ch)
	fmt.Println("not reached:", x)
}
