// run

// Interfaces and embedding: interface embedding, promoted methods satisfying
// interfaces, shadowed promotions, nil pointers inside non-nil interfaces, type
// switches with several types per case, and comparable interface values.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Logger struct {
	*Buffer
	prefix string
}

func (l Logger) Write(s string) { l.Buffer.Write(l.prefix + s) }

type Animal interface{ Sound() string }
type Base struct{ Name string }

func (b Base) Sound() string    { return b.Name + " makes a sound" }
func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return d.Name + " barks" }

type Puppy struct{ Dog }

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

func mayFail(fail bool) error {
	var p *myErr
	if fail {
		p = &myErr{}
	}
	return p // never a nil interface
}

func classify(xs ...any) {
	for _, x := range xs {
		switch v := x.(type) {
		case nil:
			fmt.Print("nil")
		case int, int64:
			fmt.Printf("int-ish %v", v)
		case string:
			fmt.Printf("string %q len %d", v, len(v))
		case error:
			fmt.Print("error ", v)
		case fmt.Stringer:
			fmt.Print("stringer ", v.String())
		case []int:
			fmt.Print("slice ", len(v))
		case func() int:
			fmt.Print("func ", v())
		default:
			fmt.Printf("other %T", v)
		}
		fmt.Print("; ")
	}
	fmt.Println()
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r Reader = rw
	_, isW := r.(Writer)
	fmt.Println(isW)

	l := Logger{&Buffer{}, "log: "}
	l.Write("hello")
	var w Writer = l
	w.Write("world")
	fmt.Println(l.Read(), "|", l.Read())

	animals := []Animal{Base{"thing"}, Dog{Base{"rex"}, "lab"}, Puppy{Dog{Base{"bit"}, "pug"}}}
	for _, a := range animals {
		fmt.Printf("%-22s %T\n", a.Sound(), a)
	}
	p := Puppy{Dog{Base{"tiny"}, "chi"}}
	fmt.Println(p.Describe(), p.Base.Sound(), p.Dog.Sound(), p.Name, p.Breed)

	e1, e2 := mayFail(false), mayFail(true)
	fmt.Println(e1 == nil, e2 == nil, e1 != nil && e2 != nil)
	var e3 error
	fmt.Println(e3 == nil, fmt.Sprint(e2))

	classify(nil, 42, int64(7), "héllo", e2, celsius(21.5), []int{1, 2}, func() int { return 9 }, 3.5, struct{}{})

	var a, b any = Dog{Base{"x"}, "y"}, Dog{Base{"x"}, "y"}
	fmt.Println(a == b, a != Dog{}, any(1) == any(1.0), any(int32(1)) == any(int64(1)))
	m := map[any]string{1: "int", "1": "string", 1.0: "float", Base{"k"}: "struct", [2]int{1, 2}: "array"}
	fmt.Println(m[1], m["1"], m[1.0], m[Base{"k"}], m[[2]int{1, 2}], len(m))

	var sr io.Reader = strings.NewReader("abc")
	if s, ok := sr.(io.Seeker); ok {
		pos, _ := s.Seek(1, io.SeekStart)
		rest, _ := io.ReadAll(sr)
		fmt.Println(pos, string(rest))
	}
	_, ok := sr.(io.Writer)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	var an Animal = Base{"z"}
	_ = an.(Dog)
}
