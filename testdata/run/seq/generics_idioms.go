// run

// Generic idioms: Ptr/Must/Zero helpers, GroupBy, a bounded Cache[K, V], Queue[T] with
// %T of a zero T, a Matrix[T Number], generic event bus, generic error types and errors.As.

package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Integer interface{ ~int | ~int64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Zero[T any]() (z T) { return }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func First[T any](xs []T) (T, error) {
	if len(xs) == 0 {
		var zero T
		return zero, errors.New("empty")
	}
	return xs[0], nil
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SortedKeys[M ~map[K]V, K interface{ ~string | ~int }, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(xs ...T) { q.items = append(q.items, xs...) }
func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, fmt.Errorf("queue of %T is empty", zero)
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x, nil
}

type Matrix[T Number] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	n := len(m)
	r := make(Matrix[T], n)
	for i := range r {
		r[i] = make([]T, len(o[0]))
		for j := range r[i] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

type Event[T any] struct {
	Name    string
	Payload T
}

type Bus[T any] struct {
	handlers []func(Event[T])
}

func (b *Bus[T]) Subscribe(h func(Event[T])) { b.handlers = append(b.handlers, h) }
func (b *Bus[T]) Publish(name string, p T) {
	for _, h := range b.handlers {
		h(Event[T]{name, p})
	}
}

type Celsius float64

func Clamp[T Number](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func Apply[T any](xs []T, fs ...func(T) T) []T {
	out := slices.Clone(xs)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func Equal[T comparable](a, b T) bool { return a == b }

type ErrNotFound[K comparable] struct{ Key K }

func (e ErrNotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	var zero V
	return zero, ErrNotFound[K]{k}
}

func main() {
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5, 2: 0.25}))
	p := Ptr(42)
	fmt.Println(*p, Deref(p, 0), Deref[string](nil, "def"), Zero[int](), Zero[string]() == "")
	fmt.Println(Must(First([]string{"x", "y"})))
	_, err := First[int](nil)
	fmt.Println(err)
	g := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	for _, k := range []byte("abc") {
		fmt.Println(string(k), g[k])
	}
	fmt.Println(SortedKeys(map[string]bool{"z": true, "a": true, "m": false}))
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC, c.order)
	var q Queue[float64]
	q.Enqueue(1.5, 2.5)
	for {
		x, err := q.Dequeue()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(x)
	}
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m))
	fmt.Println(GCD(48, 18), GCD(int64(17), 5))
	var bus Bus[[]string]
	bus.Subscribe(func(e Event[[]string]) { fmt.Println("got", e.Name, strings.Join(e.Payload, "+")) })
	bus.Publish("words", []string{"a", "b"})
	fmt.Printf("%T\n", bus)
	fmt.Println(Clamp(Celsius(120), 0, 100), Clamp(-5, 0, 10))
	fmt.Println(Apply([]int{1, 2}, func(x int) int { return x + 1 }, func(x int) int { return x * 10 }))
	fmt.Println(Equal("a", "a"), Equal(1.5, 2))
	_, err = Lookup(map[string]int{}, "k")
	var nf ErrNotFound[string]
	fmt.Println(err, errors.As(err, &nf), nf.Key)
	fmt.Printf("%T %v\n", err, err)
}
