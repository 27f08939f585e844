// Package testing: support for automated tests run by `minigo test`, as the Go
// package documentation describes it. minigo's own implementation, written from
// the documentation: each test runs on its own goroutine and the main goroutine
// waits for it; FailNow, Fatal and SkipNow end the test's goroutine with
// runtime.Goexit, so its deferred calls and cleanups still run, as in Go.
//
// The report follows go test's: without -v a test's log is kept and printed
// under its "--- FAIL" line only if it fails; with -v every test is announced
// ("=== RUN"), its log is printed as it is written, and a subtest's result line
// is printed under its parent's, indented by four spaces per level.
//
// T.Parallel pauses a test until its parent's function has returned; the
// paused tests then run at the same time (no -parallel limit).
//
// Not supported yet: T.Setenv, T.TempDir, T.Context, fuzzing, the
// testing.M (TestMain) hook, and the -count, -failfast, -timeout, -shuffle flags.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// InternalTest is an internal type, used by the generated test entry.
type InternalTest struct {
	Name string
	F    func(*T)
}

// The settings of one run, from the -test.* arguments (parseArgs).
var (
	chatty    bool
	short     bool
	runPat    string
	benchPat  string
	benchTime = time.Second
	runRe     []*regexpElem
	benchRe   []*regexpElem
	// The name of the test whose output was printed last in -v mode ("=== NAME").
	lastName string
)

// Short reports whether the -test.short flag is set.
func Short() bool { return short }

// Verbose reports whether the -test.v flag is set.
func Verbose() bool { return chatty }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	private()
}

// common holds what T and B share: the name, the state and the kept output.
type common struct {
	name     string
	parent   *common
	level    int    // 0 for a top-level test
	output   []byte // kept log (without -v) and subtests' result lines
	failed   bool
	skipped  bool
	finished bool
	helpers  map[string]bool
	cleanups []func()
	start    time.Time
	duration time.Duration
	subNames map[string]int
	bench    bool // a benchmark: its log is always kept for its report

	// Parallel tests (T.Parallel): the runner of this test waits on signal, sent
	// when the test ends or pauses in Parallel; barrier is closed when the test's
	// function has returned, which releases its paused parallel subtests; each of
	// those reports its end on subDone, nPar of them.
	root       bool // the parent of the top-level tests, not a test
	isParallel bool
	signal     chan bool
	barrier    chan bool
	subDone    chan bool
	nPar       int
}

// outMu serializes output and reports: parallel tests run at the same time.
var outMu sync.Mutex

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool { return c.failed }

// FailNow marks the function as having failed and stops its execution by
// calling runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

// Log formats its arguments as fmt.Println does and records the text in the
// error log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments as fmt.Printf does and records the text.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as skipped and stops its execution by calling
// runtime.Goexit.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// Helper marks the calling function as a test helper function: its callers'
// file and line are reported instead of its own.
func (c *common) Helper() {
	// Frames of this package (a promoted method's wrapper) are not the helper.
	for skip := 1; skip < 10; skip++ {
		pc, _, _, ok := runtime.Caller(skip)
		if !ok {
			return
		}
		fn := runtime.FuncForPC(pc).Name()
		if strings.HasPrefix(fn, "testing.") {
			continue
		}
		if c.helpers == nil {
			c.helpers = map[string]bool{}
		}
		c.helpers[fn] = true
		return
	}
}

// Cleanup registers a function to be called when the test and all its
// subtests complete, in last added, first called order.
func (c *common) Cleanup(f func()) {
	c.cleanups = append(c.cleanups, f)
}

func (c *common) runCleanups() {
	for len(c.cleanups) > 0 {
		n := len(c.cleanups) - 1
		f := c.cleanups[n]
		c.cleanups = c.cleanups[:n]
		f()
	}
}

// isHelper reports whether the function named fn was marked by Helper in
// this test or one of its parents.
func (c *common) isHelper(fn string) bool {
	for p := c; p != nil; p = p.parent {
		if p.helpers[fn] {
			return true
		}
	}
	return false
}

// log records s, decorated with the file and line of the test's call.
func (c *common) log(s string) {
	text := c.decorate(s)
	outMu.Lock()
	defer outMu.Unlock()
	if chatty && !c.bench {
		printChatty(c.name, text)
		return
	}
	c.output = append(c.output, text...)
}

// decorate prefixes s with "    file:line: " of the first caller outside this
// package and the helpers; lines after the first are indented by four more
// spaces, and the text ends in one newline.
func (c *common) decorate(s string) string {
	file, line := "???", 1
	for skip := 3; skip < 50; skip++ {
		pc, f, l, ok := runtime.Caller(skip)
		if !ok {
			break
		}
		fn := runtime.FuncForPC(pc).Name()
		if strings.HasPrefix(fn, "testing.") || c.isHelper(fn) {
			continue
		}
		file, line = f, l
		break
	}
	if i := strings.LastIndex(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(fmt.Sprintf("%s:%d: ", file, line))
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteString("\n")
	return b.String()
}

// printChatty prints text of test name in -v mode, announcing the test first
// if another test's output came last.
func printChatty(name, text string) {
	if lastName != name {
		fmt.Printf("=== NAME  %s\n", name)
		lastName = name
	}
	fmt.Print(text)
}

func printRun(name string) {
	outMu.Lock()
	defer outMu.Unlock()
	fmt.Printf("=== RUN   %s\n", name)
	lastName = name
}

// fmtDuration formats d as go test does: seconds with two decimals.
func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// report writes the test's result line and kept output: to stdout for a
// top-level test, else into the parent's output, indented by four spaces. A
// passing or skipped test reports only with -v.
func (c *common) report() {
	outMu.Lock()
	defer outMu.Unlock()
	status := "PASS"
	if c.failed {
		status = "FAIL"
	} else if c.skipped {
		status = "SKIP"
	}
	if !chatty && !c.failed {
		return
	}
	text := fmt.Sprintf("--- %s: %s (%s)\n", status, c.name, fmtDuration(c.duration)) + string(c.output)
	if c.parent == nil || c.parent.root {
		fmt.Print(text)
		return
	}
	c.parent.output = append(c.parent.output, indent(text)...)
}

// indent prefixes every line of text with four spaces.
func indent(text string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			b.WriteString("    ")
			b.WriteString(l)
		}
	}
	return b.String()
}

// T is a type passed to Test functions to manage test state and support
// formatted test logs.
type T struct {
	common
}

// Run runs f as a subtest of t called name, on its own goroutine, and blocks
// until f returns or calls FailNow or SkipNow. It reports whether f
// succeeded (or was not run because -run did not select it).
func (t *T) Run(name string, f func(t *T)) bool {
	full := t.name + "/" + t.subName(name)
	if !matchName(runRe, full) {
		return true
	}
	sub := &T{common: common{name: full, parent: &t.common, level: t.level + 1}}
	if chatty {
		printRun(full)
	}
	runT(sub, f)
	return !sub.failed
}

// Parallel signals that this test is to be run in parallel with (and only
// with) other parallel tests: it pauses until its parent's function has
// returned (for a top-level test: until every top-level test has run).
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.isParallel = true
	t.parent.nPar++
	t.duration += time.Since(t.start)
	if chatty {
		outMu.Lock()
		fmt.Printf("=== PAUSE %s\n", t.name)
		lastName = t.name
		outMu.Unlock()
	}
	t.signal <- true
	<-t.parent.barrier
	if chatty {
		outMu.Lock()
		fmt.Printf("=== CONT  %s\n", t.name)
		lastName = t.name
		outMu.Unlock()
	}
	t.start = time.Now()
}

// subName rewrites a subtest's name as Go does (spaces become underscores,
// unprintable characters are quoted) and makes it unique among its siblings.
func (c *common) subName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r == ' ':
			b.WriteByte('_')
		case r < ' ' || r == 0x7f:
			q := fmt.Sprintf("%q", r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	s := b.String()
	if c.subNames == nil {
		c.subNames = map[string]int{}
	}
	n, seen := c.subNames[s]
	c.subNames[s] = n + 1
	if seen {
		s = fmt.Sprintf("%s#%02d", s, n)
	} else if s == "" {
		s = "#00"
	}
	return s
}

// runT runs f(t) on a new goroutine and waits for it to end.
func runT(t *T, f func(*T)) {
	t.signal = make(chan bool, 1)
	t.barrier = make(chan bool)
	t.subDone = make(chan bool)
	go tRunner(t, f)
	<-t.signal
}

func tRunner(t *T, f func(*T)) {
	t.start = time.Now()
	defer func() {
		err := recover()
		t.duration += time.Since(t.start)
		waitParallel(&t.common)
		t.runCleanups()
		if err != nil {
			t.Fail()
			t.report()
			for p := t.parent; p != nil && !p.root; p = p.parent {
				p.duration = time.Since(p.start)
				p.report()
			}
			panic(err)
		}
		t.finished = true
		t.report()
		if t.isParallel {
			t.parent.subDone <- true
		} else {
			t.signal <- true
		}
	}()
	f(t)
}

// waitParallel releases c's paused parallel subtests and waits for them.
func waitParallel(c *common) {
	close(c.barrier)
	for i := 0; i < c.nPar; i++ {
		<-c.subDone
	}
}

// Main is an internal function, part of the implementation of the minigo
// test command: it runs the selected tests, examples and benchmarks and
// exits with status 1 if any failed. matchString is not used (minigo's -run
// uses its own matcher, match.go).
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	parseArgs()
	ran := false
	root := &common{root: true, barrier: make(chan bool), subDone: make(chan bool)}
	for _, test := range tests {
		if !matchName(runRe, test.Name) {
			continue
		}
		ran = true
		t := &T{common: common{name: test.Name, parent: root}}
		if chatty {
			printRun(test.Name)
		}
		runT(t, test.F)
	}
	waitParallel(root)
	ok := !root.failed
	for _, eg := range examples {
		if !matchName(runRe, eg.Name) {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	if !ran && benchPat == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if benchPat != "" {
		if !runBenchmarks(benchmarks) {
			ok = false
		}
	}
	if !ok {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
}

// parseArgs reads the -test.* arguments minigo test passes.
func parseArgs() {
	for _, a := range os.Args[1:] {
		name, val, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch name {
		case "test.v":
			chatty = val == "true"
		case "test.short":
			short = val == "true"
		case "test.run":
			runPat = val
			runRe = compileFlag("-test.run", val)
		case "test.bench":
			benchPat = val
			benchRe = compileFlag("-test.bench", val)
		case "test.benchtime":
			if n, err := strconv.Atoi(strings.TrimSuffix(val, "x")); err == nil && strings.HasSuffix(val, "x") && n > 0 {
				benchN = n
				continue
			}
			d, err := time.ParseDuration(val)
			if err != nil {
				fmt.Fprintf(os.Stderr, "invalid value %q for flag -test.benchtime: %v\n", val, err)
				os.Exit(2)
			}
			benchTime = d
		case "test.importpath":
			importPath = val
		}
	}
}
