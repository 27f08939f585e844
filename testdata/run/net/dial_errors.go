// run

// The errors of dialling and listening, with Go's texts: a refused connection,
// a port already in use, malformed addresses, unknown networks, and operations
// on a closed listener. Ephemeral ports are replaced by PORT so the output does
// not depend on them.

package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
)

func show(what string, err error, port string) {
	s := "<nil>"
	if err != nil {
		s = err.Error()
		if port != "" {
			s = strings.ReplaceAll(s, port, "PORT")
		}
	}
	fmt.Printf("%s: %s\n", what, s)
}

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	show("dial port 1", err, "")
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("op:", op.Op, "net:", op.Net, "addr:", op.Addr, "source nil:", op.Source == nil)
		var se *os.SyscallError
		fmt.Println("syscall error:", errors.As(err, &se), se.Syscall)
	}
	ne, ok := err.(net.Error)
	fmt.Println("net.Error:", ok, "timeout:", ne.Timeout())

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	addr := l.Addr().String()
	_, port, _ := net.SplitHostPort(addr)
	fmt.Println("network:", l.Addr().Network())

	_, err = net.Listen("tcp", addr)
	show("listen again", err, port)

	l.Close()
	_, err = l.Accept()
	show("accept after close", err, port)
	fmt.Println("is ErrClosed:", errors.Is(err, net.ErrClosed))
	show("close twice", l.Close(), port)

	_, err = net.Dial("tcp", addr)
	show("dial closed port", err, port)

	_, err = net.Dial("tcp", "127.0.0.1")
	show("no port", err, "")
	_, err = net.Dial("tcp", "127.0.0.1:http2")
	show("bad service", err, "")
	_, err = net.Dial("tcp", "127.0.0.1:99999")
	show("bad port", err, "")
	_, err = net.Dial("foo", "127.0.0.1:1")
	show("unknown network", err, "")
	_, err = net.Listen("foo", ":0")
	show("listen unknown network", err, "")
	_, err = net.Listen("tcp", "[::1")
	show("missing ]", err, "")

	host, port, err := net.SplitHostPort("[::1]:80")
	fmt.Println(host, port, err)
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "443"))
}
