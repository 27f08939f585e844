package main

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
	"time"

	f2 "std2/flag"
)

type listVal []string

func (l *listVal) String() string     { return strings.Join(*l, ",") }
func (l *listVal) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	bad := 0
	argsets := [][]string{
		{}, {"-v"}, {"-v=false", "-n", "5", "x", "-y"}, {"--name=bob", "--", "-v"}, {"-n"}, {"-n", "abc"}, {"-n", "99999999999999999999"}, {"-undefined"}, {"-h"}, {"-help"}, {"---x"}, {"-=x"}, {"-v=maybe"}, {"-d", "1m30s", "-f", "2.5", "-u", "7"}, {"-d", "bad"}, {"-l", "a", "-l", "b", "rest", "more"}, {"-", "x"}, {"-f", "1e400"}, {"-u", "-1"},
	}
	for _, args := range argsets {
		var o1, o2 bytes.Buffer
		fs1 := flag.NewFlagSet("prog", flag.ContinueOnError)
		fs1.SetOutput(&o1)
		fs2 := f2.NewFlagSet("prog", f2.ContinueOnError)
		fs2.SetOutput(&o2)
		v1 := fs1.Bool("v", false, "verbose output")
		n1 := fs1.Int("n", 3, "number of `items` to show")
		s1 := fs1.String("name", "world", "who to greet\non two lines")
		d1 := fs1.Duration("d", time.Second, "delay")
		fl1 := fs1.Float64("f", 0, "factor")
		u1 := fs1.Uint("u", 0, "unsigned")
		var l1 listVal
		fs1.Var(&l1, "l", "list")
		e1 := fs1.String("empty", "", "empty default")
		v2 := fs2.Bool("v", false, "verbose output")
		n2 := fs2.Int("n", 3, "number of `items` to show")
		s2 := fs2.String("name", "world", "who to greet\non two lines")
		d2 := fs2.Duration("d", time.Second, "delay")
		fl2 := fs2.Float64("f", 0, "factor")
		u2 := fs2.Uint("u", 0, "unsigned")
		var l2 listVal
		fs2.Var(&l2, "l", "list")
		e2 := fs2.String("empty", "", "empty default")
		err1 := fs1.Parse(args)
		err2 := fs2.Parse(args)
		r1 := fmt.Sprint(*v1, *n1, *s1, *d1, *fl1, *u1, l1, *e1, fs1.Args(), fs1.NArg(), fs1.NFlag(), fs1.Arg(0), err1, "|", o1.String())
		r2 := fmt.Sprint(*v2, *n2, *s2, *d2, *fl2, *u2, l2, *e2, fs2.Args(), fs2.NArg(), fs2.NFlag(), fs2.Arg(0), err2, "|", o2.String())
		if r1 != r2 {
			bad++
			fmt.Printf("args %q:\n got %q\nwant %q\n", args, r2, r1)
		}
	}
	var o1, o2 bytes.Buffer
	fs1 := flag.NewFlagSet("", flag.ContinueOnError)
	fs1.SetOutput(&o1)
	fs2 := f2.NewFlagSet("", f2.ContinueOnError)
	fs2.SetOutput(&o2)
	fs1.Int("x", 7, "")
	fs2.Int("x", 7, "")
	fs1.Func("fn", "a func", func(string) error { return nil })
	fs2.Func("fn", "a func", func(string) error { return nil })
	fs1.BoolFunc("bf", "a bool func", func(string) error { return nil })
	fs2.BoolFunc("bf", "a bool func", func(string) error { return nil })
	fs1.PrintDefaults()
	fs2.PrintDefaults()
	fs1.Parse([]string{"-zz"})
	fs2.Parse([]string{"-zz"})
	if o1.String() != o2.String() {
		bad++
		fmt.Printf("defaults:\n got %q\nwant %q\n", o2.String(), o1.String())
	}
	fmt.Println("flag mismatches:", bad)
}
