// run

// m[k] op= v and m[k]++ with one lookup: the operand is evaluated before the entry is
// read (a call that changes or deletes the entry), every operator and value kind
// (sized integers wrap, float32, complex, strings, struct keys), a division by zero
// panics before the key is inserted and a negative shift after, nil maps, unhashable
// keys, nested maps.

package main

import "fmt"

type key struct {
	a string
	b int
}

func main() {
	m := map[string]int{}
	f := func() int { m["a"] = 10; return 1 }
	m["a"] += f()
	fmt.Println(m)
	g := func() int { delete(m, "a"); return 5 }
	m["a"] += g()
	fmt.Println(m)
	m["b"]++
	m["b"]++
	m["c"]--
	m["d"] -= 7
	m["d"] *= 3
	m["e"] |= 6
	m["e"] &^= 2
	m["e"] <<= 3
	m["e"] >>= 1
	m["e"] ^= 1
	fmt.Println(m)
	s := map[key]string{}
	s[key{"x", 1}] += "hello"
	s[key{"x", 1}] += ", world"
	fmt.Println(s)
	b := map[int]int8{}
	b[1] += 127
	b[1]++
	fmt.Println(b)
	fl := map[string]float64{}
	fl["pi"] += 3.14
	fl["pi"]++
	fl["pi"] /= 2
	fmt.Println(fl)
	f32 := map[int]float32{}
	f32[0] += 0.1
	f32[0] += 0.2
	fmt.Println(f32)
	c := map[int]complex128{}
	c[0] += 1i
	c[0]++
	fmt.Println(c)
	u := map[int]uint8{}
	u[0]--
	fmt.Println(u)
	arr := map[int][2]int{}
	v := arr[3]
	v[1] = 5
	arr[3] = v
	fmt.Println(arr)

	zero := 0
	func() {
		defer func() { fmt.Println(recover(), len(m), m["new"]) }()
		_, ok := m["new"]
		m["new"] /= zero
		fmt.Println(ok)
	}()
	func() {
		defer func() { fmt.Println(recover(), len(m)) }()
		m["new2"] %= zero
	}()
	func() {
		defer func() { fmt.Println(recover(), len(m)) }()
		n := -1
		m["new3"] <<= n
	}()
	m["new4"] /= 2
	fmt.Println(len(m), m["new4"])
	var nm map[string]int
	func() {
		defer func() { fmt.Println(recover()) }()
		nm["x"]++
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		nm["x"] += f()
	}()
	ifm := map[any]int{}
	func() {
		defer func() { fmt.Println(recover()) }()
		ifm[[]int{1}]++
	}()
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	fmt.Println(counts)
	mm := map[string]map[string]int{"x": {}}
	mm["x"]["y"] += 2
	mm["x"]["y"]++
	fmt.Println(mm)
	ps := map[int]*int{}
	ps[1] = new(int)
	*ps[1] += 4
	fmt.Println(*ps[1])
}
