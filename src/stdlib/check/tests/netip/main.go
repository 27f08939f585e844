package main

import (
	"fmt"
	"net"

	n2 "std2/net"
)

func main() {
	bad := 0
	ins := []string{"127.0.0.1", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "::", "::1", "fe80::1", "2001:db8::ff00:42:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.168.1.1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "1::8", "1:0:0:2:0:0:0:3", "1:0:0:0:2:0:0:3", ":::", "1:2:3:4:5:6:7:8:9", "::1.2.3.4", "1::2::3", "abcd", "", "x", "12345::", "1:2:3:4:5:6:1.2.3.4", "0:0:1:0:0:0:0:0", "::ffff:0:0"}
	for _, s := range ins {
		a := n2.ParseIP(s)
		b := net.ParseIP(s)
		if fmt.Sprint([]byte(a)) != fmt.Sprint([]byte(b)) || a.String() != b.String() {
			bad++
			fmt.Printf("%q: %v %q want %v %q\n", s, []byte(a), a.String(), []byte(b), b.String())
		}
		if b != nil && (n2.IP(b).IsLoopback() != b.IsLoopback() || n2.IP(b).IsUnspecified() != b.IsUnspecified()) {
			bad++
		}
	}
	if n2.IP([]byte{1, 2}).String() != net.IP([]byte{1, 2}).String() {
		bad++
	}
	fmt.Println("net ip mismatches:", bad)
}
