// Benchmarks: a func BenchmarkXxx(b *testing.B) selected by -bench is run
// with b.N = 1, then with growing b.N until one run takes the -benchtime
// (1s by default), and reported as go test does:
// "BenchmarkXxx-GOMAXPROCS  <N>  <ns/op> ns/op".

package testing

import (
	"fmt"
	"runtime"
	"time"
)

// InternalBenchmark is an internal type, used by the generated test entry.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// B is a type passed to Benchmark functions to manage benchmark timing and
// to specify the number of iterations to run.
type B struct {
	common
	N       int
	timerOn bool
	elapsed time.Duration
	started time.Time
}

// StartTimer starts timing a test (the timer is on when a benchmark starts).
func (b *B) StartTimer() {
	if !b.timerOn {
		b.started = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test.
func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.started)
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed benchmark time.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.started = time.Now()
	}
	b.elapsed = 0
}

// ReportAllocs is accepted and ignored (minigo does not count allocations).
func (b *B) ReportAllocs() {}

// runN runs the benchmark once with b.N = n on its own goroutine.
func (b *B) runN(f func(b *B), n int) {
	b.N = n
	b.elapsed = 0
	b.timerOn = false
	done := make(chan bool)
	go func() {
		defer func() {
			b.StopTimer()
			done <- true
		}()
		b.StartTimer()
		f(b)
	}()
	<-done
}

// runBenchmark runs bm with growing b.N and prints its result line.
func runBenchmark(bm InternalBenchmark) bool {
	name := bm.Name
	if p := runtime.GOMAXPROCS(-1); p > 1 {
		name = fmt.Sprintf("%s-%d", name, p)
	}
	b := &B{common: common{name: bm.Name}}
	b.start = time.Now()
	n := 1
	b.runN(bm.F, n)
	for !b.failed && !b.skipped && b.elapsed < benchTime && n < 1e9 {
		last := n
		per := int64(b.elapsed) / int64(n)
		if per < 1 {
			per = 1
		}
		goal := int64(benchTime) / per
		goal += goal / 5
		if goal > int64(last)*100 {
			goal = int64(last) * 100
		}
		if goal <= int64(last) {
			goal = int64(last) + 1
		}
		n = roundUp(int(goal))
		b.runN(bm.F, n)
	}
	b.duration = time.Since(b.start)
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", name, string(b.output))
		return false
	}
	if b.skipped {
		if chatty {
			fmt.Printf("--- SKIP: %s\n%s", name, string(b.output))
		}
		return true
	}
	ns := float64(b.elapsed.Nanoseconds()) / float64(b.N)
	fmt.Printf("%s\t%8d\t%s\n", name, b.N, prettyNs(ns))
	if len(b.output) > 0 {
		fmt.Printf("--- BENCH: %s\n%s", name, string(b.output))
	}
	return true
}

// roundUp rounds n up to 1, 2, 3, 5 or 10 times a power of ten.
func roundUp(n int) int {
	base := 1
	for base*10 <= n {
		base *= 10
	}
	for _, m := range []int{1, 2, 3, 5, 10} {
		if m*base >= n {
			return m * base
		}
	}
	return 10 * base
}

// prettyNs formats ns/op with the precision go test uses for its size.
func prettyNs(x float64) string {
	switch {
	case x == 0 || x >= 999.95:
		return fmt.Sprintf("%10.0f ns/op", x)
	case x >= 99.995:
		return fmt.Sprintf("%12.1f ns/op", x)
	case x >= 9.9995:
		return fmt.Sprintf("%13.2f ns/op", x)
	case x >= 0.99995:
		return fmt.Sprintf("%14.3f ns/op", x)
	}
	return fmt.Sprintf("%15.4f ns/op", x)
}
