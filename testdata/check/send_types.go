// errorcheck

// Values sent on channels must be assignable to the element type.

package p

type msg struct{ text string }

func f(ints chan int, msgs chan msg, ptrs chan *msg, s string) {
	ints <- "x"        // ERROR "cannot use .x. \(untyped string constant\) as int value in send"
	ints <- 1.5        // ERROR "cannot use 1.5 \(untyped float constant\) as int value in send \(truncated\)"
	msgs <- &msg{}     // ERROR "cannot use &msg\{\} \(value of type \*msg\) as msg value in send"
	ptrs <- msg{}      // ERROR "cannot use msg\{\} \(value of struct type msg\) as \*msg value in send"
	msgs <- msg{s}     // ok
	var m msg = <-ptrs // ERROR "cannot use <-ptrs \(comma, ok expression of type \*msg\) as msg value in variable declaration"
	_ = m
	var n string = <-ints // ERROR "cannot use <-ints \(comma, ok expression of type int\) as string value in variable declaration"
	_ = n
	ch := make(chan<- int)
	ch <- 1 // ok
}
