// Package path: manipulating slash-separated paths.
// minigo's own declaration, all in Go.
package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical
// processing: multiple slashes become one, "." elements go, ".." elements
// remove the element before them (and vanish at the root), and the result
// is "." if it would be empty.
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var elems []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		e := path[i:j]
		switch e {
		case "", ".":
		case "..":
			if len(elems) > 0 && elems[len(elems)-1] != ".." {
				elems = elems[:len(elems)-1]
			} else if !rooted {
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, e)
		}
		i = j + 1
	}
	var b []byte
	if rooted {
		b = append(b, '/')
	}
	for k, e := range elems {
		if k > 0 {
			b = append(b, '/')
		}
		b = append(b, e...)
	}
	if len(b) == 0 {
		return "."
	}
	return string(b)
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its final slash: dir ends in the slash (or is
// empty), file is the rest.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result; it
// returns "" if all elements are empty.
func Join(elem ...string) string {
	var b []byte
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, '/')
		}
		b = append(b, e...)
	}
	if len(b) == 0 {
		return ""
	}
	return Clean(string(b))
}

// Ext returns the file name extension: the suffix from the final dot of the
// final element, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, ignoring trailing slashes: "." for
// an empty path, "/" for a path of slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, cleaned ("." if none).
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' matches any
// run of non-slash characters, '?' one non-slash character, '[...]' a class
// ('^' negates, 'a-z' ranges), '\\' escapes. The only error is
// ErrBadPattern, for a malformed pattern.
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return match(pattern, name), nil
}

// validPattern reports whether every escape and class in pattern is complete.
func validPattern(p string) bool {
	for i := 0; i < len(p); {
		switch p[i] {
		case '\\':
			if i+1 >= len(p) {
				return false
			}
			_, w := utf8.DecodeRuneInString(p[i+1:])
			i += 1 + w
		case '[':
			n, ok := classLen(p[i:])
			if !ok {
				return false
			}
			i += n
		default:
			i++
		}
	}
	return true
}

// classLen returns the length of the class at the start of p ("[...]").
func classLen(p string) (int, bool) {
	i := 1
	if i < len(p) && p[i] == '^' {
		i++
	}
	first := true
	for {
		if i >= len(p) {
			return 0, false
		}
		if p[i] == ']' && !first {
			return i + 1, true
		}
		first = false
		lo, n, ok := classChar(p[i:])
		if !ok {
			return 0, false
		}
		i += n
		if i < len(p) && p[i] == '-' {
			hi, n2, ok := classChar(p[i+1:])
			if !ok || hi < lo {
				return 0, false
			}
			i += 1 + n2
		}
	}
}

// classChar reads one (possibly escaped) character of a class.
func classChar(p string) (r rune, n int, ok bool) {
	if len(p) == 0 || p[0] == '-' || p[0] == ']' {
		return 0, 0, false
	}
	if p[0] == '\\' {
		if len(p) < 2 {
			return 0, 0, false
		}
		r, w := utf8.DecodeRuneInString(p[1:])
		return r, 1 + w, true
	}
	r, w := utf8.DecodeRuneInString(p)
	return r, w, true
}

// match matches a valid pattern against name.
func match(p, name string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if len(p) == 0 {
				// A trailing star matches the rest unless it has a slash.
				for i := 0; i < len(name); i++ {
					if name[i] == '/' {
						return false
					}
				}
				return true
			}
			for i := 0; i <= len(name); i++ {
				if match(p, name[i:]) {
					return true
				}
				if i < len(name) && name[i] == '/' {
					return false
				}
			}
			return false
		case '?':
			if len(name) == 0 || name[0] == '/' {
				return false
			}
			_, w := utf8.DecodeRuneInString(name)
			p, name = p[1:], name[w:]
		case '[':
			if len(name) == 0 || name[0] == '/' {
				return false
			}
			r, w := utf8.DecodeRuneInString(name)
			n, _ := classLen(p)
			if !classMatch(p[:n], r) {
				return false
			}
			p, name = p[n:], name[w:]
		case '\\':
			c, w := utf8.DecodeRuneInString(p[1:])
			r, w2 := utf8.DecodeRuneInString(name)
			if len(name) == 0 || r != c {
				return false
			}
			p, name = p[1+w:], name[w2:]
		default:
			if len(name) == 0 || name[0] != p[0] {
				return false
			}
			p, name = p[1:], name[1:]
		}
	}
	return len(name) == 0
}

// classMatch reports whether r is in the (valid) class.
func classMatch(class string, r rune) bool {
	i := 1
	negated := false
	if class[i] == '^' {
		negated = true
		i++
	}
	in := false
	for first := true; first || class[i] != ']'; first = false {
		lo, n, _ := classChar(class[i:])
		i += n
		hi := lo
		if class[i] == '-' {
			var n2 int
			hi, n2, _ = classChar(class[i+1:])
			i += 1 + n2
		}
		if lo <= r && r <= hi {
			in = true
		}
	}
	return in != negated
}
