// Examples: a func ExampleXxx() with an "Output:" comment is run with its
// standard output captured (natively: everything written to stdout, by any
// goroutine, while the example runs) and compared, spaces trimmed at both
// ends, with the comment's text; an "Unordered output:" comment compares the
// lines in any order.

package testing

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// InternalExample is an internal type, used by the generated test entry.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// startCapture starts collecting the program's standard output.
func startCapture()

// stopCapture stops collecting and returns what was written since
// startCapture.
func stopCapture() string

// runExample runs eg and reports whether its output was as wanted.
func runExample(eg InternalExample) (ok bool) {
	if chatty {
		printRun(eg.Name)
	}
	start := time.Now()
	startCapture()
	finished := false
	defer func() {
		out := stopCapture()
		d := time.Since(start)
		err := recover()
		if !finished && err == nil {
			err = "test executed panic(nil) or runtime.Goexit"
		}
		got := strings.TrimSpace(out)
		want := strings.TrimSpace(eg.Output)
		fail := ""
		if eg.Unordered {
			if sortLines(got) != sortLines(want) && err == nil {
				fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", out, eg.Output)
			}
		} else if got != want && err == nil {
			fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
		}
		if fail != "" || err != nil {
			fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, fmtDuration(d), fail)
		} else if chatty {
			fmt.Printf("--- PASS: %s (%s)\n", eg.Name, fmtDuration(d))
		}
		if err != nil {
			panic(err)
		}
		ok = fail == ""
	}()
	eg.F()
	finished = true
	return
}

// sortLines sorts the lines of s.
func sortLines(s string) string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
