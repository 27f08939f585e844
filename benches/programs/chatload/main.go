// The book's chat server (ch. 8) under load: N clients (default 100) join, then each
// sends M messages (default 100) at once; every client must receive every message of
// every sender, in each sender's order. Prints a checksum line; exits 1 if a message
// is lost. Usage: chatload [N M]
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
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
	ch <- "You are " + who // sent once entered: the client then sees every later message

	for input.Scan() {
		messages <- who + ": " + input.Text()
	}
	leaving <- ch
	messages <- who + " has left"
	conn.Close()
}

func clientWriter(conn net.Conn, ch <-chan string) {
	for msg := range ch {
		fmt.Fprintln(conn, msg) // NOTE: ignoring network errors
	}
}

// runClient joins as name, signals joined, waits for start, sends m messages, and
// reads until it has every sender's m messages in order; it returns how many it got.
func runClient(addr, name string, n, m int, joined *sync.WaitGroup, start <-chan bool) (int, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	fmt.Fprintln(conn, name)
	input := bufio.NewScanner(conn)
	for input.Scan() {
		if input.Text() == "You are "+name {
			break
		}
	}
	joined.Done()
	<-start
	go func() {
		w := bufio.NewWriter(conn)
		for k := 0; k < m; k++ {
			fmt.Fprintf(w, "%d\n", k)
		}
		w.Flush()
	}()
	next := make(map[string]int) // the next message number expected from each sender
	got := 0
	for got < n*m && input.Scan() {
		line := input.Text()
		i := strings.Index(line, ": ")
		if i < 0 {
			continue // arrivals and departures
		}
		who, k := line[:i], line[i+2:]
		if strconv.Itoa(next[who]) != k {
			return got, fmt.Errorf("%s: from %s got %s, want %d", name, who, k, next[who])
		}
		next[who]++
		got++
	}
	return got, input.Err()
}

func main() {
	n, m := 100, 100
	if len(os.Args) == 3 {
		n, _ = strconv.Atoi(os.Args[1])
		m, _ = strconv.Atoi(os.Args[2])
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go broadcaster()
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				return
			}
			go handleConn(conn)
		}
	}()
	addr := listener.Addr().String()

	var joined, done sync.WaitGroup
	start := make(chan bool)
	results := make([]int, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		joined.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			results[i], errs[i] = runClient(addr, "c"+strconv.Itoa(i), n, m, &joined, start)
		}(i)
	}
	joined.Wait()
	close(start)
	done.Wait()
	total := 0
	for i, r := range results {
		if errs[i] != nil {
			fmt.Println("client", i, "error:", errs[i])
		}
		total += r
	}
	fmt.Printf("clients %d, messages %d, delivered %d of %d\n", n, n*m, total, n*n*m)
	if total != n*n*m {
		os.Exit(1)
	}
}
