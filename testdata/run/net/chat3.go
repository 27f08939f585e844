// run

// The book's chat server (broadcaster, per-client writer goroutines) with three
// clients in the same process. Each client first sends its name. The output is
// deterministic by construction: main waits until every client has received
// what a step must deliver before it takes the next step, and prints each
// client's lines in the order that client received them; the server greets a
// client only once the broadcaster has it (see handleConn).

package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
)

type client chan<- string // an outgoing message channel

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string) // all incoming client messages
)

func broadcaster() {
	clients := make(map[client]bool) // all connected clients
	for {
		select {
		case msg := <-messages:
			// Broadcast incoming message to all
			// clients' outgoing message channels.
			for cli := range clients {
				cli <- msg
			}
		case cli := <-entering:
			clients[cli] = true
		case cli := <-leaving:
			delete(clients, cli)
			close(cli)
		}
	}
}

func handleConn(conn net.Conn) {
	ch := make(chan string) // outgoing client messages
	go clientWriter(conn, ch)

	input := bufio.NewScanner(conn)
	if !input.Scan() {
		conn.Close()
		return
	}
	who := input.Text()
	messages <- who + " has arrived"
	entering <- ch
	// Unlike the book, greet only once entered: a client that has its greeting then
	// gets every later broadcast (else a slow handler could miss one).
	ch <- "You are " + who

	for input.Scan() {
		messages <- who + ": " + input.Text()
	}
	// NOTE: ignoring potential errors from input.Err()

	leaving <- ch
	messages <- who + " has left"
	conn.Close()
}

func clientWriter(conn net.Conn, ch <-chan string) {
	for msg := range ch {
		fmt.Fprintln(conn, msg) // NOTE: ignoring network errors
	}
}

// A chat client: its connection and the lines it has received.
type user struct {
	name  string
	conn  *net.TCPConn
	lines chan string
}

func join(addr, name string) *user {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	u := &user{name, conn.(*net.TCPConn), make(chan string, 100)}
	go func() {
		input := bufio.NewScanner(conn)
		for input.Scan() {
			u.lines <- input.Text()
		}
		close(u.lines)
	}()
	fmt.Fprintln(conn, name)
	return u
}

// expect prints the next n lines u receives.
func (u *user) expect(n int) {
	for i := 0; i < n; i++ {
		fmt.Printf("%s got %q\n", u.name, <-u.lines)
	}
}

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go broadcaster()
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				return // the listener was closed
			}
			go handleConn(conn)
		}
	}()
	addr := listener.Addr().String()

	alice := join(addr, "alice")
	alice.expect(1)
	bob := join(addr, "bob")
	bob.expect(1)
	alice.expect(1)
	carol := join(addr, "carol")
	carol.expect(1)
	alice.expect(1)
	bob.expect(1)

	fmt.Fprintln(alice.conn, "hi, all")
	for _, u := range []*user{alice, bob, carol} {
		u.expect(1)
	}
	fmt.Fprintln(bob.conn, "hello, alice")
	for _, u := range []*user{alice, bob, carol} {
		u.expect(1)
	}

	carol.conn.CloseWrite()
	alice.expect(1)
	bob.expect(1)
	_, ok := <-carol.lines
	fmt.Println("carol's connection closed:", !ok)

	bob.conn.Close()
	alice.expect(1)
	alice.conn.Close()
	listener.Close()
}
