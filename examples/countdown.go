// The rocket launch countdown of The Go Programming Language, section 8.7: a select
// multiplexes a ticker and an abort channel fed by a goroutine that reads one byte from
// the standard input. Press Return (or close stdin) before the countdown ends to abort.
//
// Run it with `minigo run examples/countdown.go` (or `-n 3` for a shorter count;
// `echo | minigo run examples/countdown.go` aborts at once).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 10, "seconds to count down")
	flag.Parse()

	abort := make(chan struct{})
	go func() {
		os.Stdin.Read(make([]byte, 1)) // read a single byte
		abort <- struct{}{}
	}()

	fmt.Println("Commencing countdown.  Press return to abort.")
	tick := time.NewTicker(1 * time.Second)
	defer tick.Stop()
	for countdown := *n; countdown > 0; countdown-- {
		fmt.Println(countdown)
		select {
		case <-tick.C:
			// Do nothing.
		case <-abort:
			fmt.Println("Launch aborted!")
			return
		}
	}
	launch()
}

func launch() {
	fmt.Println("Lift off!")
}
