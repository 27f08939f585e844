// run

// The broadcaster of gopl's chat server (8.10) without the network: clients join, every
// message reaches every client present, clients leave. Ordering is made deterministic by
// acknowledgements.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type client chan<- string

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string)
	acked    = make(chan struct{})
)

func broadcaster() {
	clients := make(map[client]bool)
	for {
		select {
		case msg := <-messages:
			for cli := range clients {
				cli <- msg // clients' channels are buffered
			}
			acked <- struct{}{}
		case cli := <-entering:
			clients[cli] = true
			acked <- struct{}{}
		case cli := <-leaving:
			delete(clients, cli)
			close(cli)
			acked <- struct{}{}
		}
	}
}

func send(ch any, v any) {
	switch c := ch.(type) {
	case chan client:
		c <- v.(client)
	case chan string:
		c <- v.(string)
	}
	<-acked
}

func main() {
	go broadcaster()
	names := []string{"ann", "bob", "cat"}
	inboxes := map[string]chan string{}
	for _, n := range names {
		inboxes[n] = make(chan string, 10)
	}
	send(entering, client(inboxes["ann"]))
	send(entering, client(inboxes["bob"]))
	send(messages, "ann: hi")
	send(entering, client(inboxes["cat"]))
	send(messages, "bob: welcome cat")
	send(leaving, client(inboxes["ann"]))
	send(messages, "cat: bye ann")
	for _, n := range names {
		if n != "ann" {
			send(leaving, client(inboxes[n]))
		}
	}
	var report []string
	for _, n := range names {
		var got []string
		for m := range inboxes[n] {
			got = append(got, m)
		}
		report = append(report, n+" <- "+strings.Join(got, " | "))
	}
	sort.Strings(report)
	for _, r := range report {
		fmt.Println(r)
	}
}
