// errorcheck

// iota exists only inside constant declarations.

package p

const (
	A = iota
	B
)

var v = iota // ERROR "cannot use iota outside constant declaration"

func f() int {
	x := iota // ERROR "cannot use iota outside constant declaration"
	_ = x
	const c = iota // ok: 0
	return c
}
