package net

// The socket natives. Addresses travel as IP bytes (4 or 16; empty for
// "any") and a port. Errors are Linux errno values, plus the two below;
// operations that would block park the goroutine on the netpoller until the
// socket is ready, its deadline passes (errTimeout) or it is closed
// (errClosed).

const (
	errTimeout = -1 // the deadline passed (Go's os.ErrDeadlineExceeded)
	errClosed  = -2 // the socket was closed during the call (net.ErrClosed)
)

// sysListen creates a listening TCP socket bound to ip:port; on failure
// syscall names the call that failed ("socket", "bind", "listen").
func sysListen(network string, ip []byte, port int) (fd int, lip []byte, lport int, syscall string, errno int)

// sysAccept waits for a connection on a listening socket.
func sysAccept(fd int) (nfd int, rip []byte, rport int, errno int)

// sysLocalAddr returns the local address of a socket.
func sysLocalAddr(fd int) (ip []byte, port int, errno int)

// sysDial connects a new TCP socket to ip:port, giving up at deadline (Unix
// nanoseconds; 0 means none); it returns the local and the peer's address (as
// getpeername reports it: dialling 0.0.0.0 reaches 127.0.0.1).
func sysDial(network string, ip []byte, port int, deadline int64) (fd int, lip []byte, lport int, rip []byte, rport int, errno int)

// sysRead reads from a socket; 0 bytes with errno 0 is end of stream.
func sysRead(fd int, b []byte) (n int, errno int)

// sysWrite writes all of b unless an error occurs.
func sysWrite(fd int, b []byte) (n int, errno int)

// sysClose closes a socket, waking its blocked operations with errClosed.
func sysClose(fd int) (errno int)

// sysShutdown shuts down the read and/or write side of a connection.
func sysShutdown(fd int, read, write bool) (errno int)

// sysSetDeadline sets the read and/or write deadline of a socket (Unix
// nanoseconds; 0 clears it).
func sysSetDeadline(fd int, read, write bool, deadline int64) (errno int)

// sysErrnoString returns Go's text for an errno ("connection refused").
func sysErrnoString(errno int) string
