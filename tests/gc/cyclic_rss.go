// The cyclic-garbage RSS program of tests/gc_rss.rs (not a conformance program: it
// prints its own peak RSS).
// Builds and drops cyclic structures (doubly linked lists and graphs) for the number
// of seconds given as the first argument, then prints its peak RSS (VmHWM) in MB.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type elem struct {
	prev, next *elem
	val        int
	pad        [4]int
}

type vertex struct {
	id    int
	edges []*vertex
	owner *graph
}

type graph struct {
	vs   []*vertex
	name string
}

func ring(n int) *elem {
	head := &elem{val: 0}
	head.prev, head.next = head, head
	for i := 1; i < n; i++ {
		e := &elem{val: i, prev: head.prev, next: head}
		head.prev.next = e
		head.prev = e
	}
	return head
}

func mesh(n int) *graph {
	g := &graph{name: "g" + strconv.Itoa(n)}
	for i := 0; i < n; i++ {
		g.vs = append(g.vs, &vertex{id: i, owner: g})
	}
	for i, v := range g.vs {
		for k := 1; k <= 4; k++ {
			v.edges = append(v.edges, g.vs[(i*7+k)%n])
		}
	}
	return g
}

func main() {
	secs := 3
	if len(os.Args) > 1 {
		secs, _ = strconv.Atoi(os.Args[1])
	}
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	rounds, sum := 0, 0
	for time.Now().Before(deadline) {
		r := ring(2000)
		sum += r.prev.val
		g := mesh(1000)
		sum += len(g.vs[10].edges[2].owner.vs)
		m := map[int]*vertex{}
		for _, v := range g.vs[:100] {
			m[v.id] = v
		}
		sum += len(m)
		rounds++
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "VmHWM:"), "kB")))
			fmt.Println("rounds", rounds > 0, "sum", sum > 0, "VmHWM_MB", kb/1024)
		}
	}
}
