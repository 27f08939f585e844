// run

// The book's IntSet (ch. 6): a set of small non-negative integers as a bit vector.
package main

import (
	"bytes"
	"fmt"
)

type IntSet struct {
	words []uint64
}

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) AddAll(xs ...int) {
	for _, x := range xs {
		s.Add(x)
	}
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) IntersectWith(t *IntSet) {
	for i := range s.words {
		if i < len(t.words) {
			s.words[i] &= t.words[i]
		} else {
			s.words[i] = 0
		}
	}
}

func (s *IntSet) DifferenceWith(t *IntSet) {
	for i := range s.words {
		if i < len(t.words) {
			s.words[i] &^= t.words[i]
		}
	}
}

func (s *IntSet) SymmetricDifference(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] ^= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		n += popcount(w)
	}
	return n
}

func (s *IntSet) Remove(x int) {
	word, bit := x/64, uint(x%64)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) Clear() { s.words = nil }

func (s *IntSet) Copy() *IntSet {
	c := &IntSet{words: make([]uint64, len(s.words))}
	copy(c.words, s.words)
	return c
}

func (s *IntSet) Elems() []int {
	var out []int
	for i, w := range s.words {
		for j := 0; j < 64; j++ {
			if w&(1<<uint(j)) != 0 {
				out = append(out, 64*i+j)
			}
		}
	}
	return out
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, e := range s.Elems() {
		if i > 0 {
			buf.WriteByte(' ')
		}
		fmt.Fprintf(&buf, "%d", e)
	}
	buf.WriteByte('}')
	return buf.String()
}

func main() {
	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	fmt.Println(x.String(), x.Len())
	y.Add(9)
	y.Add(42)
	fmt.Println(y.String())
	x.UnionWith(&y)
	fmt.Println(x.String(), x.Has(9), x.Has(123))
	fmt.Println(&x)
	fmt.Println(x)
	c := x.Copy()
	c.Remove(144)
	c.Remove(1000)
	fmt.Println(c, &x, c.Len())
	var z IntSet
	z.AddAll(1, 2, 3, 42, 200)
	i := z.Copy()
	i.IntersectWith(&x)
	d := z.Copy()
	d.DifferenceWith(&x)
	sd := z.Copy()
	sd.SymmetricDifference(&x)
	fmt.Println(i, d, sd)
	z.Clear()
	fmt.Println(&z, z.Len(), x.Elems())
	fmt.Printf("%v %s %d\n", &y, &y, y.words)
}
