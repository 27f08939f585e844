// run

// A clock-like server sends N numbered lines to each client, one every few
// milliseconds, then hangs up; the client copies the stream to stdout, as the
// book's netcat1 does with clock1.

package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"time"
)

func handleConn(c net.Conn, n int) {
	defer c.Close()
	for i := 1; i <= n; i++ {
		_, err := io.WriteString(c, fmt.Sprintf("tick %d\n", i))
		if err != nil {
			return // e.g., client disconnected
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				return
			}
			go handleConn(conn, 5)
		}
	}()

	for client := 1; client <= 2; client++ {
		conn, err := net.Dial("tcp", listener.Addr().String())
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("client %d:\n", client)
		n, err := io.Copy(os.Stdout, conn)
		fmt.Println("copied", n, "bytes, err", err)
		conn.Close()
	}
	listener.Close()
}
