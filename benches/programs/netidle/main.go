// A CPU-bound goroutine beside K goroutines (default 1000) blocked reading idle
// connections, plus the K server-side readers: the work must take about as long as
// with no connections at all, since a goroutine waiting on the network parks on the
// netpoller and never holds a worker thread. Then every reader is woken by one byte.
// Stdout: a checksum line; stderr: the timings in ms. Usage: netidle [K WORK]
package main

import (
	"fmt"
	"log"
	"net"
	"os"
	"strconv"
	"sync"
	"time"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i % 7
	}
	return s
}

func timed(n int) (int, time.Duration) {
	start := time.Now()
	s := work(n)
	return s, time.Since(start)
}

func main() {
	k, n := 1000, 3000000
	if len(os.Args) == 3 {
		k, _ = strconv.Atoi(os.Args[1])
		n, _ = strconv.Atoi(os.Args[2])
	}
	sum, base1 := timed(n)

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	var ready, woke sync.WaitGroup
	ready.Add(2 * k)
	woke.Add(2 * k)
	read := func(c net.Conn) {
		b := make([]byte, 1)
		ready.Done()
		if n, err := c.Read(b); n != 1 || err != nil {
			log.Fatal("read: ", n, err)
		}
		woke.Done()
	}
	servers := make(chan net.Conn, k)
	go func() {
		for i := 0; i < k; i++ {
			c, err := l.Accept()
			if err != nil {
				log.Fatal(err)
			}
			servers <- c
			go read(c)
		}
	}()
	clients := make([]net.Conn, k)
	for i := range clients {
		c, err := net.Dial("tcp", l.Addr().String())
		if err != nil {
			log.Fatal(err)
		}
		clients[i] = c
		go read(c)
	}
	ready.Wait()
	time.Sleep(50 * time.Millisecond) // let the last readers park

	sum2, loaded := timed(n)
	sum3, base2 := timed(n)

	// Wake every reader: each side writes one byte to the other.
	for _, c := range clients {
		c.Write([]byte{1})
	}
	for i := 0; i < k; i++ {
		(<-servers).Write([]byte{1})
	}
	woke.Wait()
	fmt.Printf("readers %d woke, checksums equal %v\n", 2*k, sum == sum2 && sum2 == sum3)
	fmt.Fprintf(os.Stderr, "baseline_ms %d %d loaded_ms %d\n",
		base1.Milliseconds(), base2.Milliseconds(), loaded.Milliseconds())
}
