// The iterator functions of package strings (Go 1.24). minigo's own declaration, in
// Go: each yields what its slice-returning counterpart returns.
package strings

import "iter"

// Lines returns an iterator over the newline-terminated lines in the string s. The
// lines yielded include their terminating newlines. If s is empty, the iterator
// yields no lines at all. If s does not end in a newline, the final yielded line will
// not end in a newline.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

// seqOf yields the elements of parts.
func seqOf(parts []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range parts {
			if !yield(p) {
				return
			}
		}
	}
}

// SplitSeq returns an iterator over all substrings of s separated by sep, as Split
// returns them.
func SplitSeq(s, sep string) iter.Seq[string] { return seqOf(Split(s, sep)) }

// SplitAfterSeq returns an iterator over substrings of s split after each instance of
// sep, as SplitAfter returns them.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return seqOf(SplitAfter(s, sep)) }

// FieldsSeq returns an iterator over substrings of s split around runs of whitespace
// characters, as Fields returns them.
func FieldsSeq(s string) iter.Seq[string] { return seqOf(Fields(s)) }

// FieldsFuncSeq returns an iterator over substrings of s split around runs of Unicode
// code points satisfying f(c), as FieldsFunc returns them.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return seqOf(FieldsFunc(s, f))
}
