// Echo server (the book's reverb2, ch. 8.3): run `minigo run examples/reverb.go`, then `minigo run examples/netcat.go` and shout a few lines.
//
// Reverb echoes each line it receives three times, louder to softer, with a
// delay; each shout gets its own goroutine, so echoes of quick shouts overlap
// as in a canyon. When the client half-closes, the last echoes still arrive.
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"strings"
	"sync"
	"time"
)

func echo(c net.Conn, shout string, delay time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Fprintln(c, "\t", strings.ToUpper(shout))
	time.Sleep(delay)
	fmt.Fprintln(c, "\t", shout)
	time.Sleep(delay)
	fmt.Fprintln(c, "\t", strings.ToLower(shout))
}

func handleConn(c net.Conn) {
	var wg sync.WaitGroup // number of echoes still running
	input := bufio.NewScanner(c)
	for input.Scan() {
		wg.Add(1)
		go echo(c, input.Text(), 1*time.Second, &wg)
	}
	// NOTE: ignoring potential errors from input.Err()
	wg.Wait() // the client closed its side: finish the echoes (exercise 8.4), then hang up
	c.Close()
}

func main() {
	l, err := net.Listen("tcp", "localhost:8000")
	if err != nil {
		log.Fatal(err)
	}
	log.Print("reverb: listening on ", l.Addr())
	for {
		conn, err := l.Accept()
		if err != nil {
			log.Print(err) // e.g., connection aborted
			continue
		}
		go handleConn(conn)
	}
}
