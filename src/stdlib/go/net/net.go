// Package net: a portable interface for network I/O: TCP listeners and
// connections, addresses, and their errors (with Go's texts, such as
// "dial tcp 127.0.0.1:1: connect: connection refused").
// minigo's own declaration. The sys* functions (sys.go) have no body: the VM
// implements them on non-blocking sockets and its netpoller, parking the
// goroutine while an operation would block. UDP, Unix sockets, Interfaces,
// Resolver and the HTTP-related helpers are not declared yet.
package net

import (
	"context"
	"errors"
	"io"
	"os"
	"time"
)

// Addr represents a network end point address.
type Addr interface {
	Network() string // name of the network (for example, "tcp", "udp")
	String() string  // string form of address (for example, "192.0.2.1:25", "[2001:db8::1]:80")
}

// Conn is a generic stream-oriented network connection; safe for
// concurrent use.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool   // Is the error a timeout?
	Temporary() bool // Deprecated in Go.
}

// ErrClosed is the error returned by an I/O call on a network connection
// that has already been closed.
var ErrClosed error = errNetClosing{}

type errNetClosing struct{}

func (errNetClosing) Error() string   { return "use of closed network connection" }
func (errNetClosing) Timeout() bool   { return false }
func (errNetClosing) Temporary() bool { return false }

type timeout interface {
	Timeout() bool
}

type temporary interface {
	Temporary() bool
}

// OpError is the error type usually returned by functions in net. It
// describes the operation, network type, and address of an error.
type OpError struct {
	Op     string // "read", "write", "dial", "listen", "accept", "close"
	Net    string // "tcp", "tcp4", "tcp6"
	Source Addr   // the local address, for read, write and dial
	Addr   Addr   // the remote address, or the listening one
	Err    error
}

func (e *OpError) Unwrap() error { return e.Err }

// Error returns "op net source->addr: err" (parts absent when empty).
func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	s += ": " + e.Err.Error()
	return s
}

func (e *OpError) Timeout() bool {
	if ne, ok := e.Err.(*os.SyscallError); ok {
		t, ok := ne.Err.(timeout)
		return ok && t.Timeout()
	}
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

func (e *OpError) Temporary() bool {
	if e.Op == "accept" && isConnError(e.Err) {
		return true
	}
	if ne, ok := e.Err.(*os.SyscallError); ok {
		t, ok := ne.Err.(temporary)
		return ok && t.Temporary()
	}
	t, ok := e.Err.(temporary)
	return ok && t.Temporary()
}

func isConnError(err error) bool {
	if se, ok := err.(*os.SyscallError); ok {
		if e, ok := se.Err.(errno); ok {
			return e == eCONNRESET || e == eCONNABORTED
		}
	}
	return false
}

// An AddrError reports a malformed address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError reports a network name net does not know.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// DNSError represents a name lookup error.
type DNSError struct {
	Err         string // description of the error
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool
	IsTemporary bool
	IsNotFound  bool
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	s += ": " + e.Err
	return s
}

func (e *DNSError) Timeout() bool   { return e.IsTimeout }
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// errno is a socket error number, printed as Go's syscall.Errno.
type errno int

// Errnos the Go code tests for (Linux numbering).
const (
	eCONNABORTED = 103
	eCONNRESET   = 104
	eTIMEDOUT    = 110
	eAGAIN       = 11
)

func (e errno) Error() string   { return sysErrnoString(int(e)) }
func (e errno) Timeout() bool   { return e == eAGAIN || e == eTIMEDOUT }
func (e errno) Temporary() bool { return e == eCONNRESET || e == eCONNABORTED || e.Timeout() }

func (e errno) Is(target error) bool {
	switch target {
	case os.ErrPermission:
		return e == 13 || e == 1
	case os.ErrExist:
		return e == 17
	case os.ErrNotExist:
		return e == 2
	}
	return false
}

// sysError turns a native result into the error Go reports: a timeout,
// a closed socket, or an *os.SyscallError naming the failing call.
func sysError(syscall string, e int) error {
	switch e {
	case errTimeout:
		return os.ErrDeadlineExceeded
	case errClosed:
		return ErrClosed
	}
	return os.NewSyscallError(syscall, errno(e))
}

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ""
	if len(a.IP) != 0 {
		ip = a.IP.String()
	}
	if a.Zone != "" {
		return JoinHostPort(ip+"%"+a.Zone, itoa(a.Port))
	}
	return JoinHostPort(ip, itoa(a.Port))
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	b := make([]byte, 20)
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// JoinHostPort combines host and port into "host:port" ("[host]:port" when
// host contains a colon).
func JoinHostPort(host, port string) string {
	for i := 0; i < len(host); i++ {
		if host[i] == ':' {
			return "[" + host + "]:" + port
		}
	}
	return host + ":" + port
}

// SplitHostPort splits "host:port", "host%zone:port", "[host]:port" or
// "[host%zone]:port" into host (or host%zone) and port.
func SplitHostPort(hostport string) (host, port string, err error) {
	const (
		missingPort   = "missing port in address"
		tooManyColons = "too many colons in address"
	)
	addrErr := func(addr, why string) (host, port string, err error) {
		return "", "", &AddrError{Err: why, Addr: addr}
	}
	j, k := 0, 0
	i := last(hostport, ':')
	if i < 0 {
		return addrErr(hostport, missingPort)
	}
	if hostport[0] == '[' {
		end := byteIndex(hostport, ']')
		if end < 0 {
			return addrErr(hostport, "missing ']' in address")
		}
		switch end + 1 {
		case len(hostport):
			return addrErr(hostport, missingPort)
		case i:
		default:
			if hostport[end+1] == ':' {
				return addrErr(hostport, tooManyColons)
			}
			return addrErr(hostport, missingPort)
		}
		host = hostport[1:end]
		j, k = 1, end+1
	} else {
		host = hostport[:i]
		if byteIndex(host, ':') >= 0 {
			return addrErr(hostport, tooManyColons)
		}
	}
	if byteIndex(hostport[j:], '[') >= 0 {
		return addrErr(hostport, "unexpected '[' in address")
	}
	if byteIndex(hostport[k:], ']') >= 0 {
		return addrErr(hostport, "unexpected ']' in address")
	}
	port = hostport[i+1:]
	return host, port, nil
}

func last(s string, b byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == b {
			return i
		}
	}
	return -1
}

func byteIndex(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

var services = map[string]int{
	"ftp": 21, "ssh": 22, "telnet": 23, "smtp": 25, "domain": 53,
	"http": 80, "pop3": 110, "imap": 143, "https": 443,
}

// parsePort parses a decimal port or a well-known service name.
func parsePort(network, service string) (int, error) {
	if service == "" {
		return 0, nil
	}
	n := 0
	for i := 0; i < len(service); i++ {
		c := service[i]
		if c < '0' || c > '9' {
			if p, ok := services[service]; ok {
				return p, nil
			}
			return 0, &DNSError{Err: "unknown port", Name: network + "/" + service, IsNotFound: true}
		}
		n = n*10 + int(c-'0')
		if n > 0xFFFF {
			return 0, &AddrError{Err: "invalid port", Addr: service}
		}
	}
	return n, nil
}

// lookupHost resolves a host name through the system (/etc/hosts and DNS);
// ok is false if it has no address.
func lookupHost(host string) (addrs []string, ok bool)

// LookupHost looks up the given host and returns its addresses.
func LookupHost(host string) (addrs []string, err error) {
	if ip := ParseIP(host); ip != nil {
		return []string{host}, nil
	}
	addrs, ok := lookupHost(host)
	if !ok {
		return nil, &DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return addrs, nil
}

// ResolveTCPAddr returns the address of a TCP end point "host:port".
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "":
		network = "tcp"
	default:
		return nil, UnknownNetworkError(network)
	}
	host, port, err := SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	p, err := parsePort(network, port)
	if err != nil {
		return nil, err
	}
	if host == "" {
		return &TCPAddr{Port: p}, nil
	}
	zone := ""
	if i := last(host, '%'); i >= 0 {
		host, zone = host[:i], host[i+1:]
	}
	if ip := ParseIP(host); ip != nil {
		return &TCPAddr{IP: ip, Port: p, Zone: zone}, nil
	}
	addrs, err := LookupHost(host)
	if err != nil {
		return nil, err
	}
	for _, a := range addrs {
		ip := ParseIP(a)
		if ip == nil {
			continue
		}
		if network == "tcp6" && ip.To4() != nil || network == "tcp4" && ip.To4() == nil {
			continue
		}
		return &TCPAddr{IP: ip, Port: p}, nil
	}
	return nil, &AddrError{Err: "no suitable address found", Addr: host}
}

// conn is the implementation of Conn shared by TCPConn.
type conn struct {
	fd     int
	net    string
	laddr  Addr
	raddr  Addr
	closed bool
}

func (c *conn) ok() bool { return c != nil && c.fd >= 0 }

// Read implements Conn: io.EOF at the end of the stream.
func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, os.ErrInvalid
	}
	if c.closed {
		return 0, &OpError{Op: "read", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(c.fd, b)
	if e != 0 {
		return n, &OpError{Op: "read", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: sysError("read", e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write implements Conn.
func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, os.ErrInvalid
	}
	if c.closed {
		return 0, &OpError{Op: "write", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: ErrClosed}
	}
	n, e := sysWrite(c.fd, b)
	if e != 0 {
		return n, &OpError{Op: "write", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: sysError("write", e)}
	}
	return n, nil
}

// Close closes the connection; blocked reads and writes return errors.
func (c *conn) Close() error {
	if !c.ok() {
		return os.ErrInvalid
	}
	if c.closed {
		return &OpError{Op: "close", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: ErrClosed}
	}
	c.closed = true
	if e := sysClose(c.fd); e != 0 {
		return &OpError{Op: "close", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: sysError("close", e)}
	}
	return nil
}

// LocalAddr returns the local network address.
func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.laddr
}

// RemoteAddr returns the remote network address.
func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.raddr
}

func deadlineNanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func (c *conn) setDeadline(op string, read, write bool, t time.Time) error {
	if !c.ok() {
		return os.ErrInvalid
	}
	if e := sysSetDeadline(c.fd, read, write, deadlineNanos(t)); e != 0 {
		return &OpError{Op: op, Net: c.net, Source: c.laddr, Addr: c.raddr, Err: sysError(op, e)}
	}
	return nil
}

// SetDeadline sets the read and write deadlines (the zero time: none).
func (c *conn) SetDeadline(t time.Time) error { return c.setDeadline("set", true, true, t) }

// SetReadDeadline sets the deadline for future Read calls.
func (c *conn) SetReadDeadline(t time.Time) error { return c.setDeadline("set", true, false, t) }

// SetWriteDeadline sets the deadline for future Write calls.
func (c *conn) SetWriteDeadline(t time.Time) error { return c.setDeadline("set", false, true, t) }

// TCPConn is an implementation of the Conn interface for TCP connections.
type TCPConn struct {
	conn
}

// CloseWrite shuts down the writing side of the connection (the peer reads EOF).
func (c *TCPConn) CloseWrite() error {
	if !c.ok() {
		return os.ErrInvalid
	}
	if e := sysShutdown(c.fd, false, true); e != 0 {
		return &OpError{Op: "close", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: sysError("shutdown", e)}
	}
	return nil
}

// CloseRead shuts down the reading side of the connection.
func (c *TCPConn) CloseRead() error {
	if !c.ok() {
		return os.ErrInvalid
	}
	if e := sysShutdown(c.fd, true, false); e != 0 {
		return &OpError{Op: "close", Net: c.net, Source: c.laddr, Addr: c.raddr, Err: sysError("shutdown", e)}
	}
	return nil
}

// SetKeepAlive sets whether the OS sends keep-alive messages (accepted, no effect).
func (c *TCPConn) SetKeepAlive(keepalive bool) error { return nil }

// SetKeepAlivePeriod sets the keep-alive period (accepted, no effect).
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error { return nil }

// SetNoDelay controls Nagle's algorithm (accepted, no effect).
func (c *TCPConn) SetNoDelay(noDelay bool) error { return nil }

// SetLinger sets the behavior of Close on unsent data (accepted, no effect).
func (c *TCPConn) SetLinger(sec int) error { return nil }

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd     int
	net    string
	laddr  *TCPAddr
	closed bool
}

// Accept waits for and returns the next connection to the listener.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// AcceptTCP accepts the next incoming call and returns the new connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if l == nil || l.fd < 0 {
		return nil, os.ErrInvalid
	}
	if l.closed {
		return nil, &OpError{Op: "accept", Net: l.net, Addr: l.laddr, Err: ErrClosed}
	}
	fd, rip, rport, e := sysAccept(l.fd)
	if e != 0 {
		return nil, &OpError{Op: "accept", Net: l.net, Addr: l.laddr, Err: sysError("accept", e)}
	}
	lip, lport, e := sysLocalAddr(fd)
	if e != 0 {
		sysClose(fd)
		return nil, &OpError{Op: "accept", Net: l.net, Addr: l.laddr, Err: sysError("getsockname", e)}
	}
	return &TCPConn{conn{fd: fd, net: l.net, laddr: &TCPAddr{IP: IP(lip), Port: lport}, raddr: &TCPAddr{IP: IP(rip), Port: rport}}}, nil
}

// Close stops listening; blocked Accepts return errors.
func (l *TCPListener) Close() error {
	if l == nil || l.fd < 0 {
		return os.ErrInvalid
	}
	if l.closed {
		return &OpError{Op: "close", Net: l.net, Addr: l.laddr, Err: ErrClosed}
	}
	l.closed = true
	if e := sysClose(l.fd); e != 0 {
		return &OpError{Op: "close", Net: l.net, Addr: l.laddr, Err: sysError("close", e)}
	}
	return nil
}

// Addr returns the listener's network address.
func (l *TCPListener) Addr() Addr { return l.laddr }

// SetDeadline sets the deadline for Accept (the zero time: none).
func (l *TCPListener) SetDeadline(t time.Time) error {
	if e := sysSetDeadline(l.fd, true, false, deadlineNanos(t)); e != 0 {
		return &OpError{Op: "set", Net: l.net, Addr: l.laddr, Err: sysError("set", e)}
	}
	return nil
}

// Listen announces on the local network address ("tcp", "tcp4" or "tcp6";
// "host:port", an empty host meaning all addresses, port 0 an ephemeral one).
func Listen(network, address string) (Listener, error) {
	l, err := listenTCP(network, address)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// ListenTCP acts like Listen for TCP networks.
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Addr: laddr, Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &TCPAddr{}
	}
	fd, lip, lport, syscall, e := sysListen(network, []byte(laddr.IP), laddr.Port)
	if e != 0 {
		return nil, &OpError{Op: "listen", Net: network, Addr: laddr, Err: sysError(syscall, e)}
	}
	return &TCPListener{fd: fd, net: network, laddr: &TCPAddr{IP: IP(lip), Port: lport}}, nil
}

func listenTCP(network, address string) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Err: UnknownNetworkError(network)}
	}
	laddr, err := ResolveTCPAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	return ListenTCP(network, laddr)
}

// A Dialer contains options for connecting to an address.
type Dialer struct {
	Timeout   time.Duration // maximum time for the dial to complete (0: none)
	Deadline  time.Time     // absolute deadline (zero: none)
	LocalAddr Addr          // ignored by minigo
	KeepAlive time.Duration // ignored by minigo
}

// Dial connects to the address on the named network ("tcp", "tcp4", "tcp6").
func Dial(network, address string) (Conn, error) {
	var d Dialer
	return d.Dial(network, address)
}

// DialTimeout acts like Dial but takes a timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	d := Dialer{Timeout: timeout}
	return d.Dial(network, address)
}

// Dial connects to the address on the named network.
func (d *Dialer) Dial(network, address string) (Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

// DialContext connects to the address on the named network, giving up when
// ctx is done.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (Conn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Err: UnknownNetworkError(network)}
	}
	deadline := d.Deadline
	if d.Timeout != 0 {
		if t := time.Now().Add(d.Timeout); deadline.IsZero() || t.Before(deadline) {
			deadline = t
		}
	}
	if t, ok := ctx.Deadline(); ok && (deadline.IsZero() || t.Before(deadline)) {
		deadline = t
	}
	raddr, err := ResolveTCPAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	if len(raddr.IP) == 0 {
		raddr = &TCPAddr{IP: IPv4(127, 0, 0, 1), Port: raddr.Port}
	}
	c, err := dialTCP(network, raddr, deadline)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// DialTCP acts like Dial for TCP networks.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: laddr, Addr: raddr, Err: UnknownNetworkError(network)}
	}
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr, Err: errors.New("missing address")}
	}
	return dialTCP(network, raddr, time.Time{})
}

func dialTCP(network string, raddr *TCPAddr, deadline time.Time) (*TCPConn, error) {
	fd, lip, lport, rip, rport, e := sysDial(network, []byte(raddr.IP), raddr.Port, deadlineNanos(deadline))
	if e != 0 {
		return nil, &OpError{Op: "dial", Net: network, Addr: raddr, Err: sysError("connect", e)}
	}
	return &TCPConn{conn{fd: fd, net: network, laddr: &TCPAddr{IP: IP(lip), Port: lport}, raddr: &TCPAddr{IP: IP(rip), Port: rport}}}, nil
}
