// errorcheck

// Calling a pointer method needs an addressable operand.

package p

type T struct{ n int }

func (t *T) Inc()    { t.n++ }
func (t T) Get() int { return t.n }

func make1() T { return T{} }

func f(m map[string]T, t T) {
	t.Inc()          // ok: &t taken implicitly
	T{}.Inc()        // ERROR "cannot call pointer method Inc on T"
	make1().Inc()    // ERROR "cannot call pointer method Inc on T"
	m["a"].Inc()     // ERROR "cannot call pointer method Inc on T"
	_ = T{}.Get()    // ok
	(&T{}).Inc()     // ok
	g := make1().Inc // ERROR "cannot call pointer method Inc on T"
	_ = g
	h := t.Inc // ok
	_ = h
}
