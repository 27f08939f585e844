package sync

// notifyList is a ticket-based wait queue: a waiter takes a ticket with
// notifyListAdd before unlocking, then parks in notifyListWait until that
// ticket is notified (so a notify between the two is not lost). The VM owns
// the queue; wait and notify count tickets handed out and notified.
type notifyList struct {
	wait   uint32
	notify uint32
	queue  uintptr
}

// notifyListAdd takes the next ticket.
func notifyListAdd(l *notifyList) uint32

// notifyListWait parks (wait reason "sync.Cond.Wait") until ticket t has been
// notified; it returns at once if it already was.
func notifyListWait(l *notifyList, t uint32)

// notifyListNotifyOne notifies the oldest unnotified ticket.
func notifyListNotifyOne(l *notifyList)

// notifyListNotifyAll notifies every ticket handed out.
func notifyListNotifyAll(l *notifyList)

// Cond is a condition variable: a rendezvous point for goroutines waiting for
// or announcing an event. L is held while the condition is checked or changed.
type Cond struct {
	L Locker

	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine; when woken by Signal
// or Broadcast it locks c.L again before returning.
func (c *Cond) Wait() {
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() { notifyListNotifyOne(&c.notify) }

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() { notifyListNotifyAll(&c.notify) }
