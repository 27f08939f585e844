// Package iter: the iterator function types. minigo's own declaration, in Go.
// Pull and Pull2 run the iterator on a goroutine of its own (Go runs it as a
// coroutine on the caller's goroutine): values and panics reach the caller the same
// way, but a goroutine dump shows the extra goroutine.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// pullMsg is one step of a pulled iterator: a value, or the end (with the panic
// value of the iterator, if it panicked).
type pullMsg[K, V any] struct {
	k        K
	v        V
	ok       bool
	panicked bool
	p        any
}

// pull2 runs seq on a new goroutine that hands each pair over when asked.
func pull2[K, V any](seq func(yield func(K, V) bool)) (func() (K, V, bool), func()) {
	ask := make(chan bool)
	out := make(chan pullMsg[K, V])
	started, done := false, false
	run := func() {
		var end pullMsg[K, V]
		defer func() {
			if p := recover(); p != nil {
				end.panicked, end.p = true, p
			}
			out <- end
		}()
		if !<-ask {
			return
		}
		seq(func(k K, v V) bool {
			out <- pullMsg[K, V]{k: k, v: v, ok: true}
			return <-ask
		})
	}
	step := func(more bool) pullMsg[K, V] {
		if !started {
			started = true
			go run()
		}
		ask <- more
		m := <-out
		if !m.ok {
			done = true
			if m.panicked {
				panic(m.p)
			}
		}
		return m
	}
	next := func() (K, V, bool) {
		var k K
		var v V
		if done {
			return k, v, false
		}
		m := step(true)
		return m.k, m.v, m.ok
	}
	stop := func() {
		if done {
			return
		}
		if !started {
			done = true
			return
		}
		for m := step(false); m.ok; m = step(false) {
		}
	}
	return next, stop
}

// Pull converts the “push-style” iterator sequence seq into a “pull-style” iterator
// accessed by the two functions next and stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	n, s := pull2(func(yield func(struct{}, V) bool) {
		seq(func(v V) bool { return yield(struct{}{}, v) })
	})
	return func() (V, bool) {
		_, v, ok := n()
		return v, ok
	}, s
}

// Pull2 converts the “push-style” iterator sequence seq into a “pull-style”
// iterator accessed by the two functions next and stop.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	return pull2(seq)
}
