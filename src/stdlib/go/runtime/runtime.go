// Package runtime: operations that interact with minigo's runtime: the
// scheduler, the garbage collector, goroutine stacks, runtime errors.
// minigo's own declaration; functions without a body are implemented by the VM.
package runtime

// The target the program runs on (minigo reports Go's amd64 sizes).
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the toolchain that built the running program.
const Compiler = "gc"

// Version returns the Go version minigo implements: "go1.27", the language
// version (real Go reports its toolchain's release, such as "go1.27.3").
func Version() string

// GOMAXPROCS sets the number of worker threads that run goroutines
// simultaneously and returns the previous setting; n < 1 only queries it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it after running its deferred
// calls; no other goroutine is affected. Goexit in the main goroutine ends
// it without ending the program; when every other goroutine has exited too,
// the program crashes ("fatal error: no goroutines (main called
// runtime.Goexit) - deadlock!").
func Goexit()

// GC runs a garbage collection and blocks until it is complete.
func GC()

// KeepAlive marks its argument as reachable until this point.
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer of obj (a pointer to an object allocated by
// new, a composite literal or make); minigo accepts the call and may never
// run the finalizer.
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the goroutine to its thread (a no-op in minigo).
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread (a no-op in minigo).
func UnlockOSThread() {}

// NumCgoCall returns the number of cgo calls made (always 0).
func NumCgoCall() int64 { return 0 }

// Caller reports the file and line of a call on the calling goroutine's
// stack: skip 0 is the caller of Caller. pc identifies the function. Unlike
// Go, minigo has no runtime frames (runtime.main, runtime.goexit,
// runtime.gopanic): ok is false for them.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the program counters of the calling goroutine's
// stack, skipping skip frames, and returns how many it wrote. Not implemented
// (minigo: unsupported): Go's list ends in runtime frames minigo does not have.
func Callers(skip int, pc []uintptr) int

// Func describes a function of the running program.
type Func struct {
	pc uintptr
}

// FuncForPC returns the Func of the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	if pc == 0 {
		return nil
	}
	return &Func{pc: pc}
}

// funcName returns the qualified name of the function containing pc
// ("main.main", "main.(*T).M").
func funcName(pc uintptr) string

// funcFileLine returns the file and line of pc.
func funcFileLine(pc uintptr) (file string, line int)

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f.pc)
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.pc }

// FileLine returns the file name and line number of pc in the function.
func (f *Func) FileLine(pc uintptr) (file string, line int) { return funcFileLine(pc) }

// Stack formats a stack trace of the calling goroutine (and all others if
// all is set) into buf, as a panic prints it, and returns the bytes written.
func Stack(buf []byte, all bool) int {
	if all {
		return stackAll(buf)
	}
	return stack(buf)
}

// stack formats the calling goroutine's trace (the caller of Stack first).
func stack(buf []byte) int

// stackAll formats every goroutine's trace, the calling one first.
func stackAll(buf []byte) int

// MemStats records statistics about the memory allocator (the fields minigo
// keeps; the others stay zero).
type MemStats struct {
	Alloc         uint64 // bytes of allocated heap objects
	TotalAlloc    uint64 // cumulative bytes allocated
	Sys           uint64 // bytes obtained from the OS
	Lookups       uint64
	Mallocs       uint64 // cumulative count of heap objects allocated
	Frees         uint64 // cumulative count of heap objects freed
	HeapAlloc     uint64 // bytes of allocated heap objects (same as Alloc)
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64 // number of allocated heap objects
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64 // heap size at which the next collection starts
	LastGC        uint64 // end of the last collection, Unix nanoseconds
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32 // completed collections
	NumForcedGC   uint32 // collections forced by runtime.GC
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats)

// The Error interface identifies a run-time error.
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes runtime errors.
	RuntimeError()
}

// errorString is the value of the runtime's panics (index out of range,
// nil dereference, division by zero, ...): the VM panics with
// errorString("index out of range [5] with length 3").
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion; the VM builds it
// with Go's text ("interface conversion: interface {} is string, not int").
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}
