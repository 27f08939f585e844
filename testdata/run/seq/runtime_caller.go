// run

// runtime.Caller, FuncForPC(pc).Name() and FileLine, runtime.Stack of the calling
// goroutine, runtime.Version's form, GOOS/GOARCH/Compiler: from functions, methods,
// closures, deferred calls run at return (the closing brace's line) and a goroutine.
// Paths are printed without their directory (Go reports them absolute) and Stack's pc
// offsets (`+0x1f`) are dropped: minigo prints none.

package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type T struct{}

func (T) M() { where("value method") }

func (*T) P() {
	where("pointer method")
}

func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

func where(what string) {
	pc, file, line, ok := runtime.Caller(1)
	f := runtime.FuncForPC(pc)
	ff, fl := f.FileLine(pc)
	fmt.Println(what+":", f.Name(), base(file), line, ok, ff == file, fl == line)
}

func twoUp() {
	_, file, line, ok := runtime.Caller(2)
	fmt.Println("two up:", base(file), line, ok)
}

func calls2() {
	twoUp()
}

func deferred() int {
	defer where("deferred")
	x := 1
	if x > 0 {
		return x
	}
	return 0
}

func stack() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	var out []string
	for _, l := range strings.Split(string(buf[:n]), "\n") {
		if i := strings.Index(l, " +0x"); i >= 0 {
			l = l[:i]
		}
		if strings.HasPrefix(l, "\t") {
			l = "\t" + base(l)
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

//go:noinline
func level2() string { return stack() }

func main() {
	v := runtime.Version()
	fmt.Println(strings.HasPrefix(v, "go1."), runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.NumCPU() > 0)

	pc, file, line, ok := runtime.Caller(0)
	fmt.Println(pc != 0, base(file), line, ok, runtime.FuncForPC(pc).Name())
	where("main")
	T{}.M()
	(&T{}).P()
	func() {
		where("closure")
	}()
	calls2()
	fmt.Println(deferred())
	_, _, _, ok = runtime.Caller(1000)
	fmt.Println("far:", ok)
	var nilf *runtime.Func
	fmt.Println(runtime.FuncForPC(0) == nil, nilf.Name() == "")

	fmt.Println(level2())
	small := make([]byte, 10)
	fmt.Println(runtime.Stack(small, false), string(small))

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		where("goroutine")
		s := stack()
		// The goroutine's id differs between runs of Go; the rest does not.
		fmt.Println(s[strings.Index(s, "["):])
	}()
	wg.Wait()
}
