// run

// Generics: a Set[T] type, type switches on type-parameter values, constraints with
// methods and type sets, embedded generic types, generic channel pipelines in
// goroutines, partial explicit instantiation, generic results, method values.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Set[T] over a map with comparable keys.
type Set[T comparable] map[T]bool

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = true }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

// Describe uses a type switch on the type parameter's value.
func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + strings.ToUpper(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

// A constraint with both a method and a type set.
type StringableInt interface {
	~int
	String() string
}

func Names[T StringableInt](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, fmt.Sprintf("%s(%d)", x.String(), int(x)))
	}
	return out
}

// Embedding a generic type.
type Base[T any] struct{ ID T }

func (b Base[T]) Ident() T { return b.ID }

type User struct {
	Base[string]
	Name string
}

// Generic functions over channels, run in goroutines.
func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

// Explicit partial instantiation: To given, From inferred.
func Convert[To, From ~int | ~float64](x From) To { return To(x) }

// Recursion and a generic result type.
type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func Find[T comparable](xs []T, x T) Opt[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func Fib[T ~int | ~int64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

type Number interface{ ~int | ~float64 }

// Generic struct with a function field and a method value.
type Acc[T Number] struct {
	total T
	op    func(T, T) T
}

func (a *Acc[T]) Feed(x T) { a.total = a.op(a.total, x) }

func main() {
	s := NewSet(1, 2, 3)
	u := s.Union(NewSet(3, 4))
	keys := make([]int, 0)
	for k := range u {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, u.Has(4), u.Has(9), u.Len())
	fmt.Printf("%T\n", u)

	fmt.Println(Describe(42), Describe("go"), Describe(Color(1)), Describe(2.5))
	fmt.Println(Names([]Color{0, 1}))

	usr := User{Base[string]{"u-1"}, "ann"}
	fmt.Println(usr.Ident(), usr.ID, usr)
	fmt.Printf("%+v\n", usr)

	total := 0
	for v := range Merge(Generate(1, 2, 3), Generate(10, 20)) {
		total += v
	}
	fmt.Println("total", total)

	fmt.Println(Convert[float64](3), Convert[int](2.9))
	fmt.Println(Find([]string{"a", "b"}, "b").OrElse(-1), Find([]string{"a"}, "z").OrElse(-1))
	fmt.Println(Fib(20), Fib(int64(10)))

	a := &Acc[float64]{op: func(x, y float64) float64 { return x + y }}
	feed := a.Feed
	for _, x := range []float64{1.5, 2.5} {
		feed(x)
	}
	fmt.Println(a.total)
	var f func(int) Opt[int] = Some[int]
	fmt.Printf("%v %T\n", f(7), f(7))
	fmt.Printf("%T %T\n", Set[string]{}, Opt[[]string]{})
}
