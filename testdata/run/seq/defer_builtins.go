// run

// Deferred calls of builtins: their arguments are evaluated at the defer statement;
// delete, print/println (to stderr) and panic run at return, last first.

package main

import "fmt"

func cleanup(m map[string]int) {
	k := "a"
	defer delete(m, k)
	k = "b"
	m["c"] = 3
	fmt.Println("in cleanup:", len(m))
}

func report() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	x := 1
	defer panic(fmt.Sprint("deferred panic ", x))
	x = 2
	defer println("println runs first", x)
	defer print("print", "\n")
	return nil
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	cleanup(m)
	fmt.Println(m)
	fmt.Println(report())
	ch := make(chan int, 1)
	func() {
		defer close(ch)
		ch <- 7
	}()
	v, ok := <-ch
	w, ok2 := <-ch
	fmt.Println(v, ok, w, ok2)
	defer panic(fmt.Errorf("final %d", 42))
}
