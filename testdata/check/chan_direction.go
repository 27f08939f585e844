// errorcheck

// Misuse of directional channels.

package p

func f(recv <-chan int, send chan<- int) {
	recv <- 1             // ERROR "invalid operation: cannot send to receive-only channel <-chan int recv \(variable of type <-chan int\)"
	_ = <-send            // ERROR "invalid operation: cannot receive from send-only channel chan<- int send \(variable of type chan<- int\)"
	close(recv)           // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)"
	close(send)           // ok
	for v := range send { // ERROR "cannot range over send \(variable of type chan<- int\): receive from send-only channel chan<- int"
		_ = v
	}
	var c chan int = recv // ERROR "cannot use recv \(variable of type <-chan int\) as chan int value in variable declaration"
	_ = c
	select {
	case <-send: // ERROR "invalid operation: cannot receive from send-only channel chan<- int send \(variable of type chan<- int\)"
	case recv <- 2: // ERROR "invalid operation: cannot send to receive-only channel <-chan int recv \(variable of type <-chan int\)"
	}
	var n int
	n <- 1  // ERROR "invalid operation: cannot send to non-channel int n \(variable of type int\)"
	_ = <-n // ERROR "invalid operation: cannot receive from non-channel int n \(variable of type int\)"
}
