// errorcheck

// Interface declarations: duplicate methods, embedding non-interfaces.

package p

type Reader interface {
	Read() string
	Read() string // ERROR "duplicate method Read"
}

type Writer interface{ Write(s string) }

type RW interface {
	Reader
	Writer
}

type Bad interface {
	int // ok here: but such an interface is only a constraint
}

var _ Bad // ERROR "cannot use type Bad outside a type constraint: interface contains type constraints"

func f(rw RW, w Writer) {
	rw.Read()
	rw.Write("x")
	w.Read()          // ERROR "w.Read undefined \(type Writer has no field or method Read\)"
	var _ Writer = rw // ok
	var _ RW = w      // ERROR "cannot use w \(variable of interface type Writer\) as RW value in variable declaration: Writer does not implement RW \(missing method Read\)"
}
