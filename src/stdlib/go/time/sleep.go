package time

// Sleep pauses the current goroutine (wait reason "sleep") for at least d;
// it returns at once for d <= 0.
func Sleep(d Duration)

// startTimer registers a runtime timer that fires d from now (at once if
// d <= 0) and then every period if period > 0, and returns its handle. On
// each firing the runtime either sends the current time (Now()) on c without
// blocking (dropping it if c is full), or, when f is non-nil, starts f in a
// new goroutine. As in Go 1.23, a stopped or reset timer never delivers a
// value computed for its earlier schedule: Stop and Reset empty c.
func startTimer(d Duration, period Duration, c chan Time, f func()) uintptr

// stopTimer prevents the timer from firing; it reports whether this stopped a
// pending firing (false if it had already fired or been stopped).
func stopTimer(h uintptr) bool

// resetTimer reschedules the timer d from now (then every period if > 0) and
// reports whether it had been pending.
func resetTimer(h uintptr, d Duration, period Duration) bool

// The Timer type represents a single event: after its duration the current
// time is sent on C, unless the timer was created by AfterFunc.
type Timer struct {
	C   <-chan Time
	h   uintptr
	f   func()
	own chan Time
}

// NewTimer creates a Timer that sends the current time on its channel after
// at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.h = startTimer(d, 0, c, nil)
	return t
}

// Stop prevents the Timer from firing; it reports whether the call stopped it
// (false if it had already expired or been stopped).
func (t *Timer) Stop() bool {
	if t.h == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.h)
}

// Reset changes the timer to expire after d; it reports whether the timer had
// been active.
func (t *Timer) Reset(d Duration) bool {
	if t.h == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.h, d, 0)
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel (NewTimer(d).C).
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. The returned Timer's Stop cancels the call; its Reset schedules f
// again, also after f has run.
//
// minigo: the runtime timer starts the goroutine (f is a root while the timer is
// armed); own, on which nothing is sent, keeps the runtime timer alive as long as
// the Timer is.
func AfterFunc(d Duration, f func()) *Timer {
	own := make(chan Time)
	t := &Timer{f: f, own: own}
	t.h = startTimer(d, 0, own, f)
	return t
}

// A Ticker holds a channel that delivers the current time at intervals.
type Ticker struct {
	C <-chan Time
	h uintptr
}

// NewTicker returns a Ticker sending the time on its channel every d; it
// panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.h = startTimer(d, d, c, nil)
	return t
}

// Stop turns off the ticker; no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.h == 0 {
		return
	}
	stopTimer(t.h)
}

// Reset stops the ticker and sets its period to d; the next tick comes after
// d. It panics if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.h == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.h, d, d)
}

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
