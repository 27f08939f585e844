// run

// Generics: constraints with methods and unions, ~[]E core-type inference, generic
// linked list and tree with methods, generic interfaces, conversions and arithmetic on
// type parameters, instances in type switches and %T.

package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// Constraints with methods and unions.
type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

func MaxOf[T Ordered](xs ...T) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty")
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, nil
}

// Generic linked list with an iterator method.
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) String() string {
	s := "["
	l.Each(func(v T) { s += fmt.Sprint(v) + " " })
	return s + "]"
}

// Generic map helpers.
func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

type Names []string

// Conversions and arithmetic on type parameters.
func Scale[T ~int | ~float64](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func ToFloat[T ~int | ~int32 | ~float32](x T) float64 { return float64(x) }

type Number interface{ ~int | ~float64 }

func Avg[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

// Generic type with interface satisfaction.
type Box[T any] struct{ v T }

func (b Box[T]) Get() T          { return b.v }
func (b Box[T]) String() string  { return fmt.Sprintf("Box(%v)", b.v) }
func NewBox[T any](v T) *Box[T] { return &Box[T]{v} }

type Getter[T any] interface{ Get() T }

func Use[T any](g Getter[T]) T { return g.Get() }

type Tree[T Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	fmt.Println(Join([]Celsius{1.5, 20, -3}, ", "))
	xs := []string{"pear", "apple", "fig"}
	SortSlice(xs)
	fmt.Println(xs)
	m, err := MaxOf(3, 9, 2)
	fmt.Println(m, err)
	_, err = MaxOf[float64]()
	fmt.Println(err)
	var l List[int]
	for i := 0; i < 4; i++ {
		l.Push(i * i)
	}
	fmt.Println(l.String(), l.size)
	fmt.Println(&l)
	ks := Keys(map[string]int{"b": 2, "a": 1, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Index(Names{"x", "y", "z"}, "z"), Index([]int{1, 2}, 5))
	fmt.Println(Scale([]float64{1, 2.5}, 2), Scale([]int{1, 2}, 3))
	fmt.Println(ToFloat(int32(7)), ToFloat(Celsius2(1.25)))
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]float64{1, 2, 4}))
	b := NewBox("hi")
	fmt.Println(b, b.Get(), Use[string](b), Use[int](Box[int]{42}))
	fmt.Printf("%T %T %v\n", b, Box[[]int]{}, Box[map[string]int]{map[string]int{"k": 1}})
	var g Getter[float64] = Box[float64]{2.5}
	fmt.Printf("%T %v\n", g, g.Get())
	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	var any1 any = Box[int]{1}
	switch v := any1.(type) {
	case Box[string]:
		fmt.Println("string box", v)
	case Box[int]:
		fmt.Println("int box", v.Get())
	}
}

type Celsius2 float32
