package main

import (
	"fmt"
	"net"

	n2 "std2/net"
)

func main() {
	bad := 0
	for _, hp := range []string{"a:1", "[::1]:80", "::1", "host", "[::1]", "[::1]x:80", "a:b:c", ":80", "[a]:b:c", "a]:1", "a[:1", "[fe80::1%eth0]:80", "[]:1"} {
		h1, p1, e1 := n2.SplitHostPort(hp)
		h2, p2, e2 := net.SplitHostPort(hp)
		if h1 != h2 || p1 != p2 || fmt.Sprint(e1) != fmt.Sprint(e2) {
			bad++
			fmt.Printf("%q: %q %q %v want %q %q %v\n", hp, h1, p1, e1, h2, p2, e2)
		}
	}
	for _, a := range []string{"127.0.0.1:80", ":8000", "[::1]:1", "localhost:http", "x:99999"} {
		r1, e1 := n2.ResolveTCPAddr("tcp", a)
		r2, e2 := net.ResolveTCPAddr("tcp", a)
		if fmt.Sprint(r1, e1) != fmt.Sprint(r2, e2) {
			bad++
			fmt.Printf("resolve %q: %v %v want %v %v\n", a, r1, e1, r2, e2)
		}
	}
	if n2.JoinHostPort("::1", "80") != net.JoinHostPort("::1", "80") {
		bad++
	}
	e1 := &n2.OpError{Op: "dial", Net: "tcp", Addr: &n2.TCPAddr{IP: n2.ParseIP("127.0.0.1"), Port: 1}, Err: fmt.Errorf("connect: connection refused")}
	e2 := &net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 1}, Err: fmt.Errorf("connect: connection refused")}
	if e1.Error() != e2.Error() {
		bad++
		fmt.Println(e1, e2)
	}
	e3 := &n2.OpError{Op: "read", Net: "tcp", Source: &n2.TCPAddr{IP: n2.ParseIP("127.0.0.1"), Port: 5}, Addr: &n2.TCPAddr{IP: n2.ParseIP("::1"), Port: 6}, Err: n2.ErrClosed}
	e4 := &net.OpError{Op: "read", Net: "tcp", Source: &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 5}, Addr: &net.TCPAddr{IP: net.ParseIP("::1"), Port: 6}, Err: net.ErrClosed}
	if e3.Error() != e4.Error() {
		bad++
		fmt.Println(e3, e4)
	}
	fmt.Println("net addr mismatches:", bad)
}
