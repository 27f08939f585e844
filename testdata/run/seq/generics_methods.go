// run

// Generic types at run time: method values and expressions of instances, pointer-receiver
// instances in interfaces, %#v, instances as map keys and channel elements, type
// assertions to instances, defined types with type parameters over other types.

package main

import (
	"fmt"
	"strconv"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T)      { l.items = append(l.items, v) }
func (l List[T]) Len() int        { return len(l.items) }
func (l *List[T]) String() string { return "List" + strconv.Itoa(len(l.items)) }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Ints []int

type Wrapper[T any] Ints

func main() {
	var l List[string]
	push := (*List[string]).Push
	push(&l, "a")
	lenf := List[string].Len
	fmt.Println(lenf(l))
	var s fmt.Stringer = &l
	fmt.Println(s, s.String())
	fmt.Printf("%#v\n", Pair[string, int]{"a", 1})
	fmt.Printf("%v %+v\n", &Pair[string, []int]{"b", []int{1}}, Pair[int, bool]{})
	w := Wrapper[float64](Ints{1, 2})
	fmt.Printf("%T %v\n", w, w)
	m := map[Pair[string, int]]bool{{"x", 1}: true}
	fmt.Println(m[Pair[string, int]{"x", 1}], m[Pair[string, int]{"x", 2}])
	ch := make(chan Pair[int, int], 1)
	ch <- Pair[int, int]{1, 2}
	fmt.Println(<-ch)
	var a any = Pair[int, int]{3, 4}
	if p, ok := a.(Pair[int, int]); ok {
		fmt.Println("pair", p.K+p.V)
	}
	_, ok := a.(Pair[int, string])
	fmt.Println(ok)
}
