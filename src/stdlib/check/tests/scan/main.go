package main

import (
	"fmt"
	f2 "std2/fmt"
)

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var bo bool
	var r rune
	try := func(name string, n int, err error) { fmt.Printf("%s: n=%d err=%v a=%d b=%d s=%q f=%v u=%d bo=%v r=%q\n", name, n, err, a, b, s, f, u, bo, r); a, b, s, f, u, bo, r = 0, 0, "", 0, 0, false, 0 }
	n, err := f2.Sscan("", &a); try("empty", n, err)
	n, err = f2.Sscan("  ", &a); try("spaces", n, err)
	n, err = f2.Sscan("5", &a, &b); try("short", n, err)
	n, err = f2.Sscan("5\n\n 6 rest", &a, &b); try("nl", n, err)
	n, err = f2.Sscan("x", &a); try("bad", n, err)
	n, err = f2.Sscan("12abc", &a, &s); try("12abc", n, err)
	n, err = f2.Sscan("0x1F -0b11", &a, &b); try("prefix", n, err)
	n, err = f2.Sscan("1_000", &a); try("under", n, err)
	n, err = f2.Sscan("300", &u); try("overflow", n, err)
	n, err = f2.Sscan("99999999999999999999", &a); try("overflow2", n, err)
	n, err = f2.Sscan("3.5e2 true", &f, &bo); try("float", n, err)
	n, err = f2.Sscan("1e", &f); try("badfloat", n, err)
	n, err = f2.Sscan("T F", &bo, &bo); try("bool", n, err)
	n, err = f2.Sscan("yes", &bo); try("badbool", n, err)
	n, err = f2.Sscanln("5 6\n7", &a, &b); try("ln", n, err)
	n, err = f2.Sscanln("5\n6", &a, &b); try("ln short", n, err)
	n, err = f2.Sscanln("5 6 7", &a, &b); try("ln extra", n, err)
	n, err = f2.Sscanln("", &a); try("ln empty", n, err)
	n, err = f2.Sscanln("\n5", &a); try("ln nl first", n, err)
	n, err = f2.Sscanf("7-8", "%d-%d", &a, &b); try("f1", n, err)
	n, err = f2.Sscanf("x:  9", "x: %d", &a); try("f2", n, err)
	n, err = f2.Sscanf("name=bob age=3", "name=%s age=%d", &s, &a); try("f3", n, err)
	n, err = f2.Sscanf("abc", "%c%c", &r, &r); try("f4", n, err)
	n, err = f2.Sscanf("5", "%d %d", &a, &b); try("f5", n, err)
	n, err = f2.Sscanf("5 6", "%d", &a); try("f6 extra input", n, err)
	n, err = f2.Sscanf("5", "%d", &a, &b); try("f7 too many", n, err)
	n, err = f2.Sscanf("5", "%d %d", &a); try("f8 too few", n, err)
	n, err = f2.Sscanf("ff", "%x", &a); try("f9 hex", n, err)
	n, err = f2.Sscanf("5\n6", "%d %d", &a, &b); try("f10 nl", n, err)
	n, err = f2.Sscanf("5\n6", "%d\n%d", &a, &b); try("f11 nl", n, err)
	n, err = f2.Sscanf(`"q s" t`, "%q %s", &s, &s); try("f12 q", n, err)
	n, err = f2.Sscanf("abc", "%d", &a); try("f13", n, err)
	n, err = f2.Sscanf("12", "%1d%1d", &a, &b); try("f14 width", n, err)
	n, err = f2.Sscanf("5%", "%d%%", &a); try("f15", n, err)
	n, err = f2.Sscan("5", a); try("notptr", n, err)
	var c complex128
	n, err = f2.Sscan("(1+2i)", &c); fmt.Println(c); try("complex", n, err)
	var bs []byte
	n, err = f2.Sscan("hello", &bs); fmt.Println(string(bs)); try("bytes", n, err)
	n, err = f2.Sscan("héllo wörld", &s, &s); try("utf8", n, err)
	n, err = f2.Sscan("-5 +6", &a, &b); try("signs", n, err)
	n, err = f2.Sscan("-5", &u); try("neg uint", n, err)
	n, err = f2.Sscan("'x'", &r); try("rune v", n, err)
	n, err = f2.Sscanf("x", "%d", &s); try("bad verb", n, err)
}
