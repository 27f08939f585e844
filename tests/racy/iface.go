// Racy writes to a shared interface variable holding values of different types and
// shapes while readers switch on it, assert it and call its methods: a torn interface
// must never call one type's method on another's value.
package main

import (
	"fmt"
	"sync"
)

type named struct{ name string }

func (n named) String() string { return "named " + n.name }

type counter struct{ n, m int }

func (c *counter) String() string { return fmt.Sprint("counter ", c.n+c.m) }

type list []int

func (l list) String() string { return fmt.Sprint("list of ", len(l)) }

var v fmt.Stringer
var e any

func main() {
	values := []fmt.Stringer{
		named{"a fairly long name to be read through the wrong type"},
		&counter{1, 2},
		list{1, 2, 3, 4, 5, 6, 7, 8},
		named{""},
		list(nil),
	}
	anys := []any{1, "two", 3.0, []int{4}, named{"five"}, &counter{6, 7}, nil, struct{ a, b string }{"x", "y"}}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				v = values[(i+w)%len(values)]
				e = anys[(i*3+w)%len(anys)]
			}
		}()
	}
	var rw sync.WaitGroup
	for r := 0; r < 3; r++ {
		rw.Add(1)
		go func() {
			defer rw.Done()
			n := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				if x := v; x != nil {
					n += len(x.String())
				}
				switch y := e.(type) {
				case int:
					n += y
				case string:
					n += len(y)
				case float64:
					n += int(y)
				case []int:
					n += len(y)
				case fmt.Stringer:
					n += len(y.String())
				case nil:
					n++
				default:
					n += len(fmt.Sprint(y))
				}
				if s, ok := e.(string); ok {
					n += len(s)
				}
				_ = e == v
			}
		}()
	}
	wg.Wait()
	close(stop)
	rw.Wait()
	fmt.Println("interface readers done", v != nil)
}
