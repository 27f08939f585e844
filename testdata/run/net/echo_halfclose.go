// run

// An echo server (the book's reverb, without the delays) and a client that
// sends its lines, half-closes its side with CloseWrite, and reads the echoes
// until the server, seeing end of input, closes.

package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"strings"
)

func echo(c net.Conn, shout string) {
	fmt.Fprintln(c, "\t", strings.ToUpper(shout))
	fmt.Fprintln(c, "\t", shout)
	fmt.Fprintln(c, "\t", strings.ToLower(shout))
}

func handleConn(c net.Conn, done chan<- int) {
	input := bufio.NewScanner(c)
	lines := 0
	for input.Scan() {
		echo(c, input.Text())
		lines++
	}
	// NOTE: ignoring potential errors from input.Err()
	c.Close()
	done <- lines
}

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan int)
	go func() {
		conn, err := l.Accept()
		if err != nil {
			log.Print(err)
			return
		}
		handleConn(conn, done)
	}()

	conn, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	tcp := conn.(*net.TCPConn)
	for _, s := range []string{"Hello?", "Is anybody there?", "Yoo-hoo!"} {
		fmt.Fprintln(tcp, s)
	}
	if err := tcp.CloseWrite(); err != nil {
		log.Fatal(err)
	}
	reply, err := io.ReadAll(tcp)
	fmt.Print(string(reply))
	fmt.Println("read error:", err)
	fmt.Println("server saw", <-done, "lines")

	// The server closed its end: reads now see end of stream.
	n, err := tcp.Read(make([]byte, 10))
	fmt.Println(n, err)
	tcp.Close()
	// Our end is closed: Go's error names the connection and ErrClosed.
	_, err = tcp.Read(make([]byte, 10))
	fmt.Println(strings.Contains(err.Error(), "use of closed network connection"))
	fmt.Println(tcp.Close() != nil)
	l.Close()
}
