// Package sync: mutual exclusion locks, wait groups, once, condition
// variables, a concurrent map and a pool.
// minigo's own declaration. Lock, Unlock, Add, Wait and the notify-list
// functions have no body: the VM implements them on the scheduler's park/ready,
// so a blocked goroutine never holds a worker thread. The rest is Go.
// The generic OnceValue and OnceValues are not declared yet.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked. A Mutex
// must not be copied after first use. The fields are the VM's: state holds the
// locked bit and the waiter count, sema identifies the wait queue.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, parking the goroutine (wait reason "sync.Mutex.Lock") until
// the mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m without blocking and reports whether it did.
func (m *Mutex) TryLock() bool

// Unlock unlocks m, waking one waiter. Unlocking an unlocked mutex is a fatal
// error: "fatal error: sync: unlock of unlocked mutex" (not recoverable).
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock: any number of readers
// or one writer. A blocked Lock call excludes new readers. The zero value is
// unlocked. The fields are the VM's.
type RWMutex struct {
	w           Mutex  // held by a writer, and by writers waiting for readers
	writerSem   uint32 // writers wait here for readers to finish
	readerSem   uint32 // readers wait here for a writer to finish
	readerCount int32  // pending readers (negative while a writer waits)
	readerWait  int32  // departing readers a writer still waits for
}

// RLock locks rw for reading (wait reason "sync.RWMutex.RLock").
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading without blocking.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes one RLock. Without a read lock held it is a fatal error:
// "fatal error: sync: RUnlock of unlocked RWMutex".
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing (wait reason "sync.RWMutex.Lock").
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing without blocking.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. Without the write lock held it is a fatal
// error: "fatal error: sync: Unlock of unlocked RWMutex".
func (rw *RWMutex) Unlock()

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish. The fields are
// the VM's: the counter and the number of waiters, and the wait queue.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta (possibly negative) to the counter; at zero, all goroutines
// blocked in Wait are released. A negative counter panics with
// "sync: negative WaitGroup counter".
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks (wait reason "sync.WaitGroup.Wait") until the counter is zero.
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
