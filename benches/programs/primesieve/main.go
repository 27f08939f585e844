// Goroutine and channel churn: the concurrent prime sieve, a daisy chain of
// one filtering goroutine per prime found, run until 2000 primes are out.
package main

import "fmt"

// generate sends 2, 3, 4, ... on ch forever.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter passes on the values from in that prime does not divide.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		if v := <-in; v%prime != 0 {
			out <- v
		}
	}
}

func main() {
	const nPrimes = 2000
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < nPrimes; i++ {
		last = <-ch
		sum += last
		next := make(chan int)
		go filter(ch, next, last)
		ch = next
	}
	fmt.Println(nPrimes, last, sum)
}
