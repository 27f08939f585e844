// errorcheck

// Struct declarations: duplicate fields, tags (fine), embedded pointers.

package p

type Tagged struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty" xml:"age"`
}

type Dup struct {
	A int
	A string // ERROR "A redeclared"
}

type Emb struct {
	*Tagged
	Tagged // ERROR "Tagged redeclared"
}

func f() {
	t := Tagged{Name: "x"}
	_ = t.Name
	_ = t.name // ERROR "t.name undefined \(type Tagged has no field or method name, but does have field Name\)"
}
