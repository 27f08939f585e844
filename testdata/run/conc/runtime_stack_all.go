// run

// runtime.Stack(buf, true): the calling goroutine's trace, then every other goroutine's
// with its state and `created by` line. Two goroutines wait in a receive; the output is
// normalized (goroutine ids, directories, call arguments and pc offsets vary between
// runs and machines) and sorted, since Go lists goroutines in no fixed order.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"
)

func waiter(ch chan int, ready chan bool) {
	ready <- true
	<-ch
}

// normalize drops what varies: goroutine ids, directories, arguments, pc offsets.
func normalize(l string) string {
	if i := strings.Index(l, " +0x"); i >= 0 {
		l = l[:i]
	}
	if strings.HasPrefix(l, "\t") {
		return "\t" + l[strings.LastIndex(l, "/")+1:]
	}
	if i := strings.Index(l, "goroutine "); i >= 0 {
		j := i + len("goroutine ")
		k := j
		for k < len(l) && l[k] >= '0' && l[k] <= '9' {
			k++
		}
		l = l[:j] + "N" + l[k:]
	}
	if strings.HasSuffix(l, ")") {
		l = l[:strings.LastIndex(l, "(")] + "(...)"
	}
	return l
}

func main() {
	ch := make(chan int)
	ready := make(chan bool)
	for i := 0; i < 2; i++ {
		go waiter(ch, ready)
		<-ready
	}
	// Let both reach their receive.
	time.Sleep(200 * time.Millisecond)
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, true)
	var blocks []string
	for _, b := range strings.Split(strings.TrimSpace(string(buf[:n])), "\n\n") {
		var lines []string
		for _, l := range strings.Split(b, "\n") {
			lines = append(lines, normalize(l))
		}
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	sort.Strings(blocks)
	for _, b := range blocks {
		fmt.Println(b)
		fmt.Println()
	}
	close(ch)
}
