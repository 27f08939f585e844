package main

import (
	"fmt"
	"path"
	"path/filepath"

	p2 "std2/path"
	fp2 "std2/path/filepath"
)

func main() {
	bad := 0
	ps := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/../c/./d/", "a//b", "../../x", "/../x", "a/../..", "abc.def/ghi", "x.tar.gz", ".hidden", "a/b.c/", "///a///", "a/./b/..", "/a/..", "..a/b..", "a/b/c/../../.."}
	for _, p := range ps {
		d1, f1 := p2.Split(p)
		d2, f2 := path.Split(p)
		if p2.Clean(p) != path.Clean(p) || p2.Base(p) != path.Base(p) || p2.Dir(p) != path.Dir(p) || p2.Ext(p) != path.Ext(p) || p2.IsAbs(p) != path.IsAbs(p) || d1 != d2 || f1 != f2 {
			bad++
			fmt.Printf("%q: %q %q %q %q vs %q %q %q %q\n", p, p2.Clean(p), p2.Base(p), p2.Dir(p), p2.Ext(p), path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p))
		}
		for _, q := range ps {
			if p2.Join(p, q) != path.Join(p, q) {
				bad++
				fmt.Printf("Join(%q,%q) = %q want %q\n", p, q, p2.Join(p, q), path.Join(p, q))
			}
			r1, e1 := fp2.Rel(p, q)
			r2, e2 := filepath.Rel(p, q)
			if r1 != r2 || fmt.Sprint(e1) != fmt.Sprint(e2) {
				bad++
				fmt.Printf("Rel(%q,%q) = %q %v want %q %v\n", p, q, r1, e1, r2, e2)
			}
		}
	}
	pats := []string{"*", "a*", "*c", "a*c", "a?c", "[abc]", "[^abc]", "[a-c]x", "[]a]", "[a-]", "\\*", "a\\", "[", "[a", "*/b", "a/*", "a*b*c", "[\\]]", "*.go", "?", "[!a]", "[a-z][0-9]", "ab[c"}
	names := []string{"", "a", "abc", "ac", "xc", "a/c", "b", "]", "*", "ax", "-", "main.go", "a/b", "x/b", "aXbYc", "c5"}
	for _, pat := range pats {
		for _, n := range names {
			m1, e1 := p2.Match(pat, n)
			m2, e2 := path.Match(pat, n)
			if m1 != m2 || (e1 == nil) != (e2 == nil) {
				bad++
				fmt.Printf("Match(%q,%q) = %v %v want %v %v\n", pat, n, m1, e1, m2, e2)
			}
		}
	}
	if fmt.Sprint(fp2.SplitList("a:b::c")) != fmt.Sprint(filepath.SplitList("a:b::c")) || len(fp2.SplitList("")) != 0 {
		bad++
	}
	fmt.Println("path mismatches:", bad)
}
