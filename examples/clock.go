// Clock server (the book's clock2, ch. 8.2): run `minigo run examples/clock.go`, then in other terminals `minigo run examples/netcat.go` (or `nc localhost 8000`).
//
// Clock is a TCP server that periodically writes the time to each client; each
// connection is handled by its own goroutine, so several clients are served at
// once. A goroutine blocked writing to (or waiting on) a connection parks on the
// netpoller: it holds no worker thread.
package main

import (
	"io"
	"log"
	"net"
	"time"
)

func main() {
	listener, err := net.Listen("tcp", "localhost:8000")
	if err != nil {
		log.Fatal(err)
	}
	log.Print("clock: listening on ", listener.Addr())
	for {
		conn, err := listener.Accept()
		if err != nil {
			log.Print(err) // e.g., connection aborted
			continue
		}
		go handleConn(conn) // handle connections concurrently
	}
}

func handleConn(c net.Conn) {
	defer c.Close()
	for {
		_, err := io.WriteString(c, time.Now().Format("15:04:05\n"))
		if err != nil {
			return // e.g., client disconnected
		}
		time.Sleep(1 * time.Second)
	}
}
