package main

import (
	"errors"
	"fmt"
	"time"

	c2 "std2/context"
)

type key string

func main() {
	bad := 0
	check := func(name string, got, want any) {
		if fmt.Sprint(got) != fmt.Sprint(want) {
			bad++
			fmt.Printf("%s: got %v want %v\n", name, got, want)
		}
	}
	bg := c2.Background()
	check("bg", bg, "context.Background")
	check("todo", c2.TODO(), "context.TODO")
	ctx, cancel := c2.WithCancel(bg)
	check("cancel str", ctx, "context.Background.WithCancel")
	child, ccancel := c2.WithCancel(ctx)
	defer ccancel()
	vctx := c2.WithValue(child, key("k"), "v")
	check("value", vctx.Value(key("k")), "v")
	check("value missing", vctx.Value(key("x")), nil)
	check("value str", vctx, "context.Background.WithCancel.WithCancel.WithValue(main.key, v)")
	check("err before", child.Err(), nil)
	cancel()
	<-child.Done()
	check("err after", child.Err(), c2.Canceled)
	check("cause", c2.Cause(vctx), c2.Canceled)
	check("deadline none", fmt.Sprint(child.Deadline()), fmt.Sprint(time.Time{}, false))

	tctx, tcancel := c2.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	_, ok := tctx.Deadline()
	check("deadline ok", ok, true)
	start := time.Now()
	select {
	case <-tctx.Done():
	case <-time.After(2 * time.Second):
		check("timeout fired", false, true)
	}
	check("timeout err", tctx.Err(), c2.DeadlineExceeded)
	check("timeout took", time.Since(start) >= 15*time.Millisecond, true)
	check("deadline exceeded text", c2.DeadlineExceeded.Error(), "context deadline exceeded")

	cc, ccf := c2.WithCancelCause(bg)
	myErr := errors.New("my cause")
	ccf(myErr)
	check("cause2", c2.Cause(cc), myErr)
	check("err2", cc.Err(), c2.Canceled)

	// AfterFunc.
	actx, acancel := c2.WithCancel(bg)
	ran := make(chan bool, 1)
	c2.AfterFunc(actx, func() { ran <- true })
	stop := c2.AfterFunc(actx, func() { ran <- false })
	check("stop", stop(), true)
	acancel()
	check("afterfunc ran", <-ran, true)

	// Already-canceled parent.
	pc, pcancel := c2.WithCancel(bg)
	pcancel()
	kid, kcancel := c2.WithCancel(pc)
	defer kcancel()
	check("kid of canceled", kid.Err(), c2.Canceled)

	// Timeout longer than parent deadline keeps parent's.
	p1, p1c := c2.WithTimeout(bg, time.Hour)
	defer p1c()
	p2, p2c := c2.WithTimeout(p1, 2*time.Hour)
	defer p2c()
	d1, _ := p1.Deadline()
	d2, _ := p2.Deadline()
	check("deadline inherit", d1.Equal(d2), true)

	// Without cancel.
	wc := c2.WithoutCancel(ctx)
	check("without cancel", wc.Err(), nil)
	func() {
		defer func() { check("nil key panic", recover(), "nil key") }()
		c2.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { check("uncomparable panic", recover(), "key is not comparable") }()
		c2.WithValue(bg, []int{1}, 1)
	}()
	fmt.Println("context mismatches:", bad)
}
