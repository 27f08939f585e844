// run
// args: -n 4 -v -name=gopher -period 1m30s -tag a -temp 212F -tag b -- -notaflag rest

// The flag package on real command-line arguments: Int, Bool, String, Duration, Var
// with a user Value, Parse stopping at "--", Args, NArg, Arg, NFlag, Visit, Lookup,
// and PrintDefaults' usage text (written to stdout here).
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// tagsFlag collects a repeated flag.
type tagsFlag []string

func (t *tagsFlag) String() string     { return strings.Join(*t, ",") }
func (t *tagsFlag) Set(s string) error { *t = append(*t, s); return nil }

// celsius is a flag.Value with a non-trivial default, as in the book's tempflag.
type celsius float64

type celsiusFlag struct{ c *celsius }

func (f celsiusFlag) String() string {
	if f.c == nil {
		return "0°C"
	}
	return fmt.Sprintf("%g°C", float64(*f.c))
}

func (f celsiusFlag) Set(s string) error {
	i := strings.IndexAny(s, "CF°")
	if i < 0 {
		return fmt.Errorf("invalid temperature %q", s)
	}
	v, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		return err
	}
	switch unit := s[i:]; unit {
	case "C", "°C":
		*f.c = celsius(v)
		return nil
	case "F", "°F":
		*f.c = celsius((v - 32) * 5 / 9)
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func main() {
	n := flag.Int("n", 1, "number of `repetitions`")
	verbose := flag.Bool("v", false, "verbose output")
	name := flag.String("name", "world", "whom to greet")
	period := flag.Duration("period", 2*time.Second, "sleep period")
	var tags tagsFlag
	flag.Var(&tags, "tag", "a tag (repeatable)")
	temp := celsius(20)
	flag.Var(celsiusFlag{&temp}, "temp", "the temperature")
	flag.Parse()

	fmt.Println(*n, *verbose, *name, *period, tags, temp)
	fmt.Println("NArg:", flag.NArg(), "Args:", flag.Args(), "Arg(0):", flag.Arg(0), "Arg(5):", flag.Arg(5))
	fmt.Println("NFlag:", flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Printf("set -%s=%v\n", f.Name, f.Value) })
	if f := flag.Lookup("period"); f != nil {
		fmt.Println("period default:", f.DefValue)
	}
	fmt.Println(flag.Lookup("nope") == nil)
	for i := 0; i < *n; i++ {
		fmt.Printf("hello, %s\n", *name)
	}

	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()

	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	x := fs.Int("x", 0, "an int")
	ok := fs.Bool("ok", true, "a bool")
	fmt.Println(fs.Parse([]string{"-x=7", "-ok=false", "tail"}), *x, *ok, fs.Args())
	fmt.Println(fs.Parse([]string{"-x", "notanumber"}))
	fmt.Println(fs.Parse([]string{"-y"}))
	fmt.Println(fs.Parse([]string{"-h"}) == flag.ErrHelp)
	fmt.Println(fs.Parse([]string{"-x"}))
}
