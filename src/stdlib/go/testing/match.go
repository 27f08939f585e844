// The -run and -bench patterns: a small regular-expression matcher for
// minigo (there is no regexp package yet), with the syntax the book and
// common use need: literals, escapes, '.', character classes [a-z] [^x],
// \d \w \s, groups ( ) and (?: ), alternation '|', the repetitions * + ?
// and the anchors ^ $. As with go test, a pattern is split at each '/' outside
// brackets and parentheses; element i must match (unanchored) the i-th
// element of a test's name, and names deeper than the pattern match.
// Anything else (counted repetition {n}, flags, Unicode classes) is refused
// with a minigo "unsupported" message.

package testing

import (
	"fmt"
	"os"
	"strings"
)

// regexpElem is one compiled element of a pattern.
type regexpElem struct {
	re *reNode
}

const (
	reLit = iota
	reAny
	reClass
	reBegin
	reEnd
	reCat
	reAlt
	reStar
	rePlus
	reQuest
)

type reNode struct {
	op    int
	r     rune
	ranges []rune // reClass: pairs lo, hi
	neg   bool
	subs  []*reNode
}

// compileFlag compiles the pattern of flag name, or exits as Go's testing
// does on a bad pattern.
func compileFlag(name, pat string) []*regexpElem {
	var out []*regexpElem
	for i, e := range splitPattern(pat) {
		p := &reParser{src: []rune(e), whole: e}
		n, msg := p.parse()
		if msg != "" {
			if strings.HasPrefix(msg, "minigo: ") {
				fmt.Fprintln(os.Stderr, msg)
			} else {
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of %s (%q): error parsing regexp: %s\n", i, name, e, msg)
			}
			os.Exit(1)
		}
		out = append(out, &regexpElem{re: n})
	}
	return out
}

// splitPattern splits pat at each '/' outside brackets and parentheses.
func splitPattern(pat string) []string {
	var out []string
	depth, cs := 0, 0
	inClass := false
	for i := 0; i < len(pat); i++ {
		switch pat[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '(':
			if !inClass {
				depth++
			}
		case ')':
			if !inClass {
				depth--
			}
		case '/':
			if !inClass && depth == 0 {
				out = append(out, pat[cs:i])
				cs = i + 1
			}
		}
	}
	return append(out, pat[cs:])
}

// matchName reports whether the test name full (elements separated by '/')
// is selected by pattern elems; no pattern selects everything.
func matchName(elems []*regexpElem, full string) bool {
	parts := strings.Split(full, "/")
	for i, p := range parts {
		if i >= len(elems) {
			break
		}
		if !elems[i].re.search([]rune(p)) {
			return false
		}
	}
	return true
}

type reParser struct {
	src   []rune
	pos   int
	whole string
}

func (p *reParser) parse() (*reNode, string) {
	n, msg := p.alt()
	if msg != "" {
		return nil, msg
	}
	if p.pos < len(p.src) {
		return nil, fmt.Sprintf("unexpected ): `%s`", p.whole)
	}
	return n, ""
}

func (p *reParser) alt() (*reNode, string) {
	var subs []*reNode
	for {
		n, msg := p.cat()
		if msg != "" {
			return nil, msg
		}
		subs = append(subs, n)
		if p.pos < len(p.src) && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(subs) == 1 {
		return subs[0], ""
	}
	return &reNode{op: reAlt, subs: subs}, ""
}

func (p *reParser) cat() (*reNode, string) {
	n := &reNode{op: reCat}
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '|' || c == ')' {
			break
		}
		if c == '*' || c == '+' || c == '?' {
			if len(n.subs) == 0 {
				return nil, fmt.Sprintf("missing argument to repetition operator: `%c`", c)
			}
			last := n.subs[len(n.subs)-1]
			if last.op == reStar || last.op == rePlus || last.op == reQuest {
				return nil, fmt.Sprintf("invalid nested repetition operator: `%s`", string(p.src[p.pos-1:p.pos+1]))
			}
			p.pos++
			op := reStar
			if c == '+' {
				op = rePlus
			} else if c == '?' {
				op = reQuest
			}
			if p.pos < len(p.src) && p.src[p.pos] == '?' {
				p.pos++ // non-greedy: the same set of matches for a yes/no search
			}
			n.subs[len(n.subs)-1] = &reNode{op: op, subs: []*reNode{last}}
			continue
		}
		a, msg := p.atom()
		if msg != "" {
			return nil, msg
		}
		n.subs = append(n.subs, a)
	}
	return n, ""
}

func (p *reParser) atom() (*reNode, string) {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '.':
		return &reNode{op: reAny}, ""
	case '^':
		return &reNode{op: reBegin}, ""
	case '$':
		return &reNode{op: reEnd}, ""
	case '(':
		if p.pos < len(p.src) && p.src[p.pos] == '?' {
			if p.pos+1 < len(p.src) && p.src[p.pos+1] == ':' {
				p.pos += 2
			} else {
				return nil, fmt.Sprintf("minigo: unsupported: regexp flags or named groups in pattern %q", p.whole)
			}
		}
		n, msg := p.alt()
		if msg != "" {
			return nil, msg
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			return nil, fmt.Sprintf("missing closing ): `%s`", p.whole)
		}
		p.pos++
		return n, ""
	case '[':
		return p.class()
	case '{':
		return nil, fmt.Sprintf("minigo: unsupported: counted repetition {n,m} in pattern %q", p.whole)
	case '\\':
		return p.escape(false)
	}
	return &reNode{op: reLit, r: c}, ""
}

// escape parses what follows a backslash (inClass: inside [ ]).
func (p *reParser) escape(inClass bool) (*reNode, string) {
	if p.pos >= len(p.src) {
		return nil, "trailing backslash at end of expression: ``"
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'd', 'D':
		return &reNode{op: reClass, ranges: []rune{'0', '9'}, neg: c == 'D'}, ""
	case 'w', 'W':
		return &reNode{op: reClass, ranges: []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}, neg: c == 'W'}, ""
	case 's', 'S':
		return &reNode{op: reClass, ranges: []rune{'\t', '\n', '\f', '\r', ' ', ' '}, neg: c == 'S'}, ""
	case 'n':
		return &reNode{op: reLit, r: '\n'}, ""
	case 't':
		return &reNode{op: reLit, r: '\t'}, ""
	}
	if c < 0x80 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return nil, fmt.Sprintf("minigo: unsupported: escape \\%c in pattern %q", c, p.whole)
	}
	return &reNode{op: reLit, r: c}, ""
}

func (p *reParser) class() (*reNode, string) {
	n := &reNode{op: reClass}
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		n.neg = true
		p.pos++
	}
	first := true
	for {
		if p.pos >= len(p.src) {
			return nil, fmt.Sprintf("missing closing ]: `%s`", string(p.src[strings.LastIndex(p.whole, "["):]))
		}
		c := p.src[p.pos]
		if c == ']' && !first {
			p.pos++
			return n, ""
		}
		first = false
		p.pos++
		if c == '\\' {
			e, msg := p.escape(true)
			if msg != "" {
				return nil, msg
			}
			if e.op == reClass {
				if e.neg {
					return nil, fmt.Sprintf("minigo: unsupported: negated class escape in [ ] in pattern %q", p.whole)
				}
				n.ranges = append(n.ranges, e.ranges...)
				continue
			}
			c = e.r
		}
		lo, hi := c, c
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			hi = p.src[p.pos+1]
			p.pos += 2
			if hi < lo {
				return nil, fmt.Sprintf("invalid character class range: `%c-%c`", lo, hi)
			}
		}
		n.ranges = append(n.ranges, lo, hi)
	}
}

// search reports whether n matches somewhere in s.
func (n *reNode) search(s []rune) bool {
	for i := 0; i <= len(s); i++ {
		if n.match(s, i, func(int) bool { return true }) {
			return true
		}
	}
	return false
}

// match reports whether n matches s from i with k accepting where it ends.
func (n *reNode) match(s []rune, i int, k func(int) bool) bool {
	switch n.op {
	case reLit:
		return i < len(s) && s[i] == n.r && k(i+1)
	case reAny:
		return i < len(s) && s[i] != '\n' && k(i+1)
	case reClass:
		if i >= len(s) {
			return false
		}
		in := false
		for j := 0; j+1 < len(n.ranges); j += 2 {
			if n.ranges[j] <= s[i] && s[i] <= n.ranges[j+1] {
				in = true
				break
			}
		}
		return in != n.neg && k(i+1)
	case reBegin:
		return i == 0 && k(i)
	case reEnd:
		return i == len(s) && k(i)
	case reCat:
		return matchSeq(n.subs, s, i, k)
	case reAlt:
		for _, sub := range n.subs {
			if sub.match(s, i, k) {
				return true
			}
		}
		return false
	case reStar:
		return n.subs[0].match(s, i, func(j int) bool { return j > i && n.match(s, j, k) }) || k(i)
	case rePlus:
		star := &reNode{op: reStar, subs: n.subs}
		return n.subs[0].match(s, i, func(j int) bool { return star.match(s, j, k) })
	case reQuest:
		return n.subs[0].match(s, i, k) || k(i)
	}
	return false
}

func matchSeq(subs []*reNode, s []rune, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return subs[0].match(s, i, func(j int) bool { return matchSeq(subs[1:], s, j, k) })
}
