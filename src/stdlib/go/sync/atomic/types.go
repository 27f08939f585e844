package atomic

// A Bool is an atomic boolean; the zero value is false.
type Bool struct {
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Load atomically loads and returns the value.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store atomically stores val.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap atomically stores new and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// An Int32 is an atomic int32; the zero value is zero.
type Int32 struct {
	v int32
}

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32)         { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) (new int32)        { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32)         { return AndInt32(&x.v, mask) }
func (x *Int32) Or(mask int32) (old int32)          { return OrInt32(&x.v, mask) }

// An Int64 is an atomic int64; the zero value is zero.
type Int64 struct {
	v int64
}

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64)         { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) (new int64)        { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64)         { return AndInt64(&x.v, mask) }
func (x *Int64) Or(mask int64) (old int64)          { return OrInt64(&x.v, mask) }

// A Uint32 is an atomic uint32; the zero value is zero.
type Uint32 struct {
	v uint32
}

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32)        { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) (new uint32)       { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32)        { return AndUint32(&x.v, mask) }
func (x *Uint32) Or(mask uint32) (old uint32)         { return OrUint32(&x.v, mask) }

// A Uint64 is an atomic uint64; the zero value is zero.
type Uint64 struct {
	v uint64
}

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64)        { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) (new uint64)       { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64)        { return AndUint64(&x.v, mask) }
func (x *Uint64) Or(mask uint64) (old uint64)         { return OrUint64(&x.v, mask) }

// A Uintptr is an atomic uintptr; the zero value is zero.
type Uintptr struct {
	v uintptr
}

func (x *Uintptr) Load() uintptr                        { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)                    { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr)       { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&x.v, old, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr)      { return AddUintptr(&x.v, delta) }
func (x *Uintptr) And(mask uintptr) (old uintptr)       { return AndUintptr(&x.v, mask) }
func (x *Uintptr) Or(mask uintptr) (old uintptr)        { return OrUintptr(&x.v, mask) }

// A Value holds a value of one consistent dynamic type, loaded and stored
// atomically. The zero value's Load returns nil.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if none.
func (v *Value) Load() (val any)

// Store sets the value. It panics with "sync/atomic: store of nil value into
// Value" for nil and "sync/atomic: store of inconsistently typed value into
// Value" when val's type differs from the first stored value's.
func (v *Value) Store(val any)

// Swap stores new and returns the previous value (nil if none); it panics as
// Store does ("sync/atomic: swap of nil value into Value", "sync/atomic: swap
// of inconsistently typed value into Value").
func (v *Value) Swap(new any) (old any)

// CompareAndSwap stores new if the current value equals old. It panics with
// "sync/atomic: compare and swap of nil value into Value", "sync/atomic:
// compare and swap of inconsistently typed values into Value", or when old is
// of a non-comparable type.
func (v *Value) CompareAndSwap(old, new any) (swapped bool)

// A Pointer is an atomic pointer of type *T; the zero value is a nil *T.
// (Go's holds an unsafe.Pointer; minigo's keeps the *T in a Value, whose
// natives load and store it atomically.)
type Pointer[T any] struct {
	v Value
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	p, _ := x.v.Load().(*T)
	return p
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { x.v.Store(val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	p, _ := x.v.Swap(new).(*T)
	return p
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if old == nil && x.v.CompareAndSwap(nil, new) {
		return true
	}
	return x.v.CompareAndSwap(old, new)
}
