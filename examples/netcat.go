// Netcat client (the book's netcat3, ch. 8.4.1): run a server first (`minigo run examples/clock.go`, `reverb.go` or `chat.go`), then `minigo run examples/netcat.go`; type lines, end with Ctrl-D.
//
// Netcat is a simple read/write client for TCP servers on localhost:8000: one
// goroutine copies the connection to standard output while main copies standard
// input to the connection. At the end of input, main half-closes the connection
// (CloseWrite), so the server sees end of stream, and waits for the server's
// last words before exiting.
package main

import (
	"io"
	"log"
	"net"
	"os"
)

func main() {
	conn, err := net.Dial("tcp", "localhost:8000")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		io.Copy(os.Stdout, conn) // NOTE: ignoring errors
		log.Println("done")
		done <- struct{}{} // signal the main goroutine
	}()
	mustCopy(conn, os.Stdin)
	conn.(*net.TCPConn).CloseWrite()
	<-done // wait for background goroutine to finish
	conn.Close()
}

func mustCopy(dst io.Writer, src io.Reader) {
	if _, err := io.Copy(dst, src); err != nil {
		log.Fatal(err)
	}
}
