// run

// recover stops a panic in a deferred call; runtime errors are runtime.Error values.

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func classify(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case runtime.Error:
			msg = "runtime error: " + v.Error()
		case error:
			msg = "error: " + v.Error()
		case string:
			msg = "string: " + v
		default:
			msg = fmt.Sprintf("other %T: %v", v, v)
		}
	}()
	f()
	return "unreachable?"
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { panic("boom") }))
	fmt.Println(classify(func() { panic(errors.New("bad thing")) }))
	fmt.Println(classify(func() { panic(42) }))
	fmt.Println(classify(func() {
		var s []int
		_ = s[3]
	}))
	fmt.Println(classify(func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println(classify(func() {
		var p *struct{ x int }
		p.x = 1
	}))
	fmt.Println(classify(func() {
		var i any = "str"
		_ = i.(int)
	}))
	fmt.Println(classify(func() {
		s := []int{1, 2, 3}
		k := 5
		_ = s[1:k]
	}))
	fmt.Println(recover()) // not in a deferred call: nil

	func() {
		defer func() {
			fmt.Println("second recover:", recover())
		}()
		defer func() {
			fmt.Println("first recover:", recover())
			panic("again")
		}()
		panic("once")
	}()
	fmt.Println("main continues")
}
