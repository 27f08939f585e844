// The iterator functions of package bytes (Go 1.24). minigo's own declaration, in
// Go: each yields what its slice-returning counterpart returns.
package bytes

import "iter"

// Lines returns an iterator over the newline-terminated lines in the byte slice s.
// The lines yielded include their terminating newlines. If s is empty, the iterator
// yields no lines at all. If s does not end in a newline, the final yielded line will
// not end in a newline. Each line is a subslice of s with its capacity clipped.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			var line []byte
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1:i+1], s[i+1:]
			} else {
				line, s = s[:len(s):len(s)], nil
			}
			if !yield(line) {
				return
			}
		}
	}
}

// seqOf yields the elements of parts.
func seqOf(parts [][]byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for _, p := range parts {
			if !yield(p) {
				return
			}
		}
	}
}

// SplitSeq returns an iterator over all subslices of s separated by sep, as Split
// returns them.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return seqOf(Split(s, sep)) }

// SplitAfterSeq returns an iterator over subslices of s split after each instance of
// sep, as SplitAfter returns them.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return seqOf(SplitAfter(s, sep)) }

// FieldsSeq returns an iterator over subslices of s split around runs of whitespace
// characters, as Fields returns them.
func FieldsSeq(s []byte) iter.Seq[[]byte] { return seqOf(Fields(s)) }

// FieldsFuncSeq returns an iterator over subslices of s split around runs of Unicode
// code points satisfying f(c), as FieldsFunc returns them.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return seqOf(FieldsFunc(s, f))
}
