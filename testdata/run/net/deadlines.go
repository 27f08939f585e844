// run

// Deadlines on connections and listeners, and Close waking a blocked Read:
// Go's "i/o timeout" and "use of closed network connection" texts, with the
// addresses replaced by names so the output does not depend on ports.

package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

var names = map[string]string{}

func show(what string, err error) {
	s := "<nil>"
	if err != nil {
		s = err.Error()
		for addr, name := range names {
			s = strings.ReplaceAll(s, addr, name)
		}
	}
	fmt.Printf("%s: %s\n", what, s)
}

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	names[l.Addr().String()] = "SERVER"

	// An Accept with a deadline and nobody dialling.
	tl := l.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = l.Accept()
	show("accept", err)
	fmt.Println("timeout:", err.(net.Error).Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	tl.SetDeadline(time.Time{})

	server := make(chan net.Conn)
	go func() {
		c, err := l.Accept()
		if err != nil {
			fmt.Println(err)
			return
		}
		server <- c
	}()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	s := <-server
	names[c.LocalAddr().String()] = "CLIENT"

	// The server never writes: a read deadline expires.
	start := time.Now()
	c.SetReadDeadline(start.Add(30 * time.Millisecond))
	buf := make([]byte, 16)
	n, err := c.Read(buf)
	show("read", err)
	fmt.Println(n, "waited enough:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println("timeout:", err.(net.Error).Timeout(), errors.Is(err, os.ErrDeadlineExceeded))

	// Once passed, a deadline fails every read at once, even with data waiting.
	s.Write([]byte("ping"))
	time.Sleep(10 * time.Millisecond)
	_, err = c.Read(buf)
	show("read again", err)

	// Extending the deadline makes the connection usable again.
	c.SetReadDeadline(time.Now().Add(time.Hour))
	n, err = c.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)

	// A deadline set while a Read is blocked wakes it.
	done := make(chan error)
	go func() {
		_, err := c.Read(buf)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	c.SetReadDeadline(time.Now())
	show("read woken by SetReadDeadline", <-done)

	// Clearing the deadline, then closing the connection wakes a blocked Read.
	c.SetReadDeadline(time.Time{})
	go func() {
		_, err := c.Read(buf)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	c.Close()
	err = <-done
	show("read woken by Close", err)
	fmt.Println("is ErrClosed:", errors.Is(err, net.ErrClosed))

	// The server's side sees the end of the stream.
	n, err = s.Read(buf)
	fmt.Println(n, err)

	// A write deadline in the past fails at once.
	s.SetWriteDeadline(time.Now().Add(-time.Second))
	_, err = s.Write([]byte("x"))
	show("write", err)
	s.Close()
	l.Close()
}
