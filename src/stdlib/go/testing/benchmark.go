// Benchmarks: each func BenchmarkXxx(b *testing.B) selected by -bench runs
// once with b.N = 1, then (unless it ran sub-benchmarks with b.Run) with b.N
// grown from the time per iteration until one run takes the -benchtime (1s by
// default; "100x" means exactly b.N = 100), and is reported as go test
// reports it: a goos/goarch/pkg/cpu header, then for each benchmark
// "BenchmarkXxx-GOMAXPROCS", padded to the longest selected name, a tab, b.N
// and the time per iteration ("216.9 ns/op"). Its log follows under
// "--- BENCH:" (or "--- FAIL:").

package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// InternalBenchmark is an internal type, used by the generated test entry.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

var (
	// benchN is the -benchtime given as "Nx" (0: a duration).
	benchN int
	// benchMaxLen is the width of the name column.
	benchMaxLen int
	// importPath is the package's import path (-test.importpath, from minigo test).
	importPath string
)

// B is a type passed to Benchmark functions to manage benchmark timing and
// to specify the number of iterations to run.
type B struct {
	common
	N       int
	timerOn bool
	elapsed time.Duration
	started time.Time
	hasSub  bool
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

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.elapsed
	if b.timerOn {
		d += time.Since(b.started)
	}
	return d
}

// ReportAllocs is accepted and ignored (minigo does not count allocations).
func (b *B) ReportAllocs() {}

// Run benchmarks f as a sub-benchmark of b called name and reports whether
// it succeeded. A benchmark that runs sub-benchmarks reports no result of its
// own.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	full := b.name + "/" + b.subName(name)
	if !matchName(benchRe, full) {
		return true
	}
	sub := &B{common: common{name: full, parent: &b.common, level: b.level + 1, bench: true}}
	return sub.launch(f)
}

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

// benchName is name with the GOMAXPROCS suffix go test adds ("-2").
func benchName(name string) string {
	if p := runtime.GOMAXPROCS(-1); p > 1 {
		return fmt.Sprintf("%s-%d", name, p)
	}
	return name
}

// runBenchmarks runs the benchmarks -bench selects; false if one failed.
func runBenchmarks(benchmarks []InternalBenchmark) bool {
	ok := true
	ext := len(benchName(""))
	var selected []InternalBenchmark
	for _, bm := range benchmarks {
		if matchName(benchRe, bm.Name) {
			selected = append(selected, bm)
			if l := len(benchName(bm.Name)) + ext + 1; l > benchMaxLen {
				benchMaxLen = l
			}
		}
	}
	if len(selected) == 0 {
		return true
	}
	fmt.Printf("goos: %s\ngoarch: %s\n", runtime.GOOS, runtime.GOARCH)
	if importPath != "" {
		fmt.Printf("pkg: %s\n", importPath)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
	for _, bm := range selected {
		b := &B{common: common{name: bm.Name, bench: true}}
		if !b.launch(bm.F) {
			ok = false
		}
	}
	return ok
}

// launch runs the benchmark with growing b.N and prints its result.
func (b *B) launch(f func(b *B)) bool {
	if chatty {
		fmt.Println(b.name)
	}
	b.start = time.Now()
	b.runN(f, 1)
	if b.hasSub {
		return !b.failed
	}
	if benchN > 0 {
		if benchN > 1 && !b.failed && !b.skipped {
			b.runN(f, benchN)
		}
	} else {
		for n := int64(1); !b.failed && !b.skipped && b.elapsed < benchTime && n < 1e9; {
			last := n
			prev := int64(b.elapsed)
			if prev <= 0 {
				prev = 1
			}
			n = int64(benchTime) * int64(b.N) / prev
			n += n / 5
			if n > 100*last {
				n = 100 * last
			}
			if n < last+1 {
				n = last + 1
			}
			if n > 1e9 {
				n = 1e9
			}
			b.runN(f, int(n))
		}
	}
	name := benchName(b.name)
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
	fmt.Printf("%-*s\t%8d\t%s\n", benchMaxLen, name, b.N, prettyNs(ns))
	if len(b.output) > 0 {
		fmt.Printf("--- BENCH: %s\n%s", name, string(b.output))
	}
	return true
}

// cpuName is the processor's model name, as go test's "cpu:" line shows it.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
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
